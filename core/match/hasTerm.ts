/**
 * Story cues in a text: a term is a word start ("encrypt" finds "encrypted") or a phrase. Each group of terms is
 * compiled once into one pattern, so a sentence is read once per group however many terms it has.
 */
const compiled = new WeakMap<readonly string[], RegExp>();

function patternOf(group: readonly string[]): RegExp {
  let pattern = compiled.get(group);
  if (!pattern) {
    const terms = group.map((t) => t.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})`, 'u');
    compiled.set(group, pattern);
  }
  return pattern;
}

/** Whether the lower-cased text holds a term of the group. */
export function hasTerm(lower: string, group: readonly string[]): boolean {
  return patternOf(group).test(lower);
}

/** Whether the lower-cased text holds a term of every group. */
export function hasEveryGroup(lower: string, groups: readonly (readonly string[])[]): boolean {
  return groups.every((group) => hasTerm(lower, group));
}
