/**
 * Candidate targets for one page sentence, straight from the inverted index. Terms are taken rarest first
 * and lookup stops once a fixed budget of postings has been read, so a sentence costs about the same on a
 * corpus of 10k passages as on one of 100k: common words cannot flood the accumulator. On a large corpus even a
 * sentence's rarest terms have long lists, and one or two of them (a word the page changed, a pair it split) may
 * not be in the passage it copies: however the budget runs, a sentence walks its MIN_LISTS rarest lists when each
 * holds at most LIST_SHARE of the corpus (over 400k targets), so that passage still shares most of the lists walked. An index read for one
 * page keeps what was found for each of its sentences (see MatchIndex.candidates): the reader finds them to know
 * which targets to read, and the matcher then takes them from there rather than finding them again.
 */
import { termWeight, type MatchIndex } from './matchIndex';
import { indexTerms } from '../text/terms';

export interface Candidate {
  target: number;
  /** summed weight of the index terms the sentence shares with the target */
  shared: number;
}

/** a sentence reads this many postings, and beyond it only the lists MIN_LISTS asks for */
export const POSTINGS_BUDGET = 2000;
/**
 * the rarest lists a sentence walks whatever the budget, each if it holds at most LIST_SHARE of the corpus's targets.
 * On the bench's planted corpus of a million passages (three seeds), six lists of at most 0.5% find every planted
 * sentence, as eight of at most 1% do, walking half as many postings; four lists miss one sentence of 59.
 */
const MIN_LISTS = 6;
const LIST_SHARE = 0.005;
const MAX_CANDIDATES = 8;
/** share of the sentence's (looked-up) term weight a target must hold to be scored at all */
const MIN_SHARE = 0.15;

export function findCandidates(index: MatchIndex, words: readonly string[]): Candidate[] {
  if (!index.candidates) return lookUpCandidates(index, words);
  const key = words.join(' ');
  let found = index.candidates.get(key);
  if (!found) index.candidates.set(key, (found = lookUpCandidates(index, words)));
  return found;
}

/**
 * Each target's shared weight, summed in a scratch array indexed by target number (a Map costs several times as
 * much per posting, and most of a cold read's lookups walk a few hundred thousand), with the targets in the order
 * they were first found: the same sums, added in the same order, as a Map would hold. A weight is never 0 (see
 * termWeight), so 0 marks a target not found yet; the entries found are set back to 0 after each sentence.
 */
let scratch = new Float64Array(0);

function lookUpCandidates(index: MatchIndex, words: readonly string[]): Candidate[] {
  const walked = walkedTerms(index, words);
  const lists = walked.map(({ term }) => index.postings.get(term)!);
  let top = -1;
  for (const list of lists) if (list.length && list[list.length - 1]! > top) top = list[list.length - 1]!; // ascending lists
  if (top >= scratch.length) scratch = new Float64Array(Math.max(top + 1, scratch.length * 2));
  const sums = scratch;
  const found: number[] = [];
  let lookedUp = 0;
  walked.forEach(({ weight }, i) => {
    lookedUp += weight;
    const list = lists[i]!;
    // indexed, as a cold worker runs it before it is optimized
    for (let at = 0; at < list.length; at++) {
      const id = list[at]!;
      const sum = sums[id]!;
      if (sum === 0) found.push(id);
      sums[id] = sum + weight;
    }
  });
  const out = closest(found, sums, lookedUp * MIN_SHARE);
  for (const id of found) sums[id] = 0;
  return out;
}

/**
 * The sentence's terms whose posting lists the lookup walks, with their weights: rarest first, while the budget
 * lasts, and the first MIN_LISTS of them that hold at most LIST_SHARE of the corpus. Only the lists' lengths are read,
 * so a reader can tell which lists it must decode before it does.
 */
export function walkedTerms(index: MatchIndex, words: readonly string[]): Array<{ term: string; weight: number }> {
  const lists: Array<{ term: string; length: number }> = [];
  for (const term of indexTerms(words)) {
    const list = index.postings.get(term);
    if (list) lists.push({ term, length: list.length });
  }
  lists.sort((a, b) => a.length - b.length);
  const walked: Array<{ term: string; weight: number }> = [];
  const longest = forcedLength(index.targetCount ?? index.targets.length);
  let budget = POSTINGS_BUDGET;
  for (const { term, length } of lists) {
    if (length > budget && (walked.length >= MIN_LISTS || length > longest)) break;
    budget -= length;
    walked.push({ term, weight: termWeight(index, term) });
  }
  return walked;
}

/**
 * The longest list MIN_LISTS walks in a corpus of `targetCount` targets: none up to 400k targets, where the rarest
 * lists are short enough for the budget to walk several (it alone finds every planted sentence at 100k passages).
 */
function forcedLength(targetCount: number): number {
  const length = Math.floor(targetCount * LIST_SHARE);
  return length > POSTINGS_BUDGET ? length : 0;
}

/**
 * The MAX_CANDIDATES targets that share the most weight (at least `min`), most first, and of those that share as
 * much, the first found: a stable sort's order, kept in one pass without sorting (or copying) every target found.
 */
function closest(found: readonly number[], sums: Float64Array, min: number): Candidate[] {
  const out: Candidate[] = [];
  for (const target of found) {
    const weight = sums[target]!;
    if (weight < min || (out.length === MAX_CANDIDATES && weight <= out[MAX_CANDIDATES - 1]!.shared)) continue;
    let at = out.length;
    while (at > 0 && out[at - 1]!.shared < weight) at--;
    out.splice(at, 0, { target, shared: weight });
    if (out.length > MAX_CANDIDATES) out.pop();
  }
  return out;
}
