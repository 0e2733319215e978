/**
 * Story cues in a text: a term is a word start ("encrypt" finds "encrypted") or a phrase.
 */
import { hasWordStart } from '../text/wordEdges';

const lowered = new WeakMap<readonly string[], readonly string[]>();

function termsOf(group: readonly string[]): readonly string[] {
  let terms = lowered.get(group);
  if (!terms) {
    terms = group.map((t) => t.toLowerCase());
    lowered.set(group, terms);
  }
  return terms;
}

/** Whether the lower-cased text holds a term of the group. */
export function hasTerm(lower: string, group: readonly string[]): boolean {
  return termsOf(group).some((term) => hasWordStart(lower, term));
}

/** Whether the lower-cased text holds a term of every group. */
export function hasEveryGroup(lower: string, groups: readonly (readonly string[])[]): boolean {
  return groups.every((group) => hasTerm(lower, group));
}
