/**
 * How close a page sentence is to each of its candidate targets: word coverage weighted by rarity in both
 * directions (the sentence may be part of a long corpus sentence, or quote it inside a longer one), blended
 * with fuse.js's approximate, typo-tolerant character matching. fuse.js runs only on the candidates that
 * share enough words to matter, never on the corpus: it is the expensive part. It compares one 32-character
 * piece of the sentence, taken where the sentence's words meet the target's rather than at its opening, which
 * is often attribution ("British press reports suggest…") that no corpus sentence shares. A near copy (nearly all
 * of its words shared both ways) not close on that piece is also compared on the next one, the closer counting: a
 * copy whose first words were swapped or mistyped is not taken for farther than a passage that shares a few of
 * its words verbatim.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { normalizeForMatch } from '../text/normalize';
import { foldedText, targetWeight, termWeight, type MatchIndex, type MatchTarget } from './matchIndex';
import { isStopword } from '../text/terms';

export interface ScoredCandidate {
  target: number;
  /** 0..1, higher is closer */
  score: number;
  /** content words the sentence and target share */
  sharedWords: number;
}

const FUSE_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  ignoreLocation: true,
  // fuse.js scans the text once more for each error it allows; 12 errors in 32 characters rather than 14 changes
  // no match on the labelled fixtures
  threshold: 0.4,
};
const LEXICAL_WEIGHT = 0.6;
/**
 * below this word coverage the characters are not close either (on the story fixtures, fuse.js rated such
 * candidates 0.07 close on average, under 0.03 of a score): fuse.js is not asked
 */
const FUSE_MIN_LEXICAL = 0.3;
/** fuse.js's bitap works on 32-character pieces and scans the whole target once per error it allows for each */
const FUSE_PATTERN = 32;
/** only the closest few by words are worth the character comparison */
const FUSE_MAX_CANDIDATES = 3;
/** a candidate this close by words is a near copy: compared on a second piece too, when the first is not this close */
const NEAR_COPY_LEXICAL = 0.8;
const NEAR_COPY_CLOSENESS = 0.5;

export function scoreCandidates(
  index: MatchIndex,
  sentence: string,
  words: readonly string[],
  targetIds: readonly number[],
  minSharedWords = 1,
): ScoredCandidate[] {
  // every word's weight once per sentence, not once per candidate
  const sentenceWords = new Map<string, number>();
  let sentenceTotal = 0;
  for (const w of words) {
    if (sentenceWords.has(w)) continue;
    const weight = termWeight(index, w);
    sentenceWords.set(w, weight);
    sentenceTotal += weight;
  }
  const scored = targetIds.map((target) => {
    const { coverSentence, coverTarget, sharedWords } = coverage(index, sentenceWords, sentenceTotal, index.targets[target]!);
    const lexical = 0.7 * Math.max(coverSentence, coverTarget) + 0.3 * Math.min(coverSentence, coverTarget);
    return { target, lexical, sharedWords };
  });
  const fuseable = scored
    .filter((c) => c.sharedWords >= minSharedWords && c.lexical >= FUSE_MIN_LEXICAL)
    .sort((a, b) => b.lexical - a.lexical)
    .slice(0, FUSE_MAX_CANDIDATES);
  const closeness = new Map<number, number>();
  if (fuseable.length > 0) {
    const folded = normalizeForMatch(sentence);
    for (const c of fuseable) {
      const target = index.targets[c.target]!;
      const text = foldedText(target);
      const fuse = fuseOf(target, text);
      const piece = (at: number) => {
        const [r] = fuse.search(folded.slice(at, at + FUSE_PATTERN));
        return r ? 1 - (r.score ?? 1) : undefined;
      };
      const start = alignedStart(folded, text);
      let closest = piece(start);
      if (c.lexical >= NEAR_COPY_LEXICAL && (closest ?? 0) < NEAR_COPY_CLOSENESS) {
        const next = alignedStart(folded, text, start + FUSE_PATTERN);
        const second = next > start ? piece(next) : undefined;
        if (second !== undefined) closest = Math.max(closest ?? 0, second);
      }
      if (closest !== undefined) closeness.set(c.target, closest);
    }
  }
  return scored.map(({ target, lexical, sharedWords }) => ({
    target,
    score: LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * (closeness.get(target) ?? 0),
    sharedWords,
  }));
}

/** each target's fuse.js instance, made the first time a sentence is compared with it (a target is often a candidate of several) */
const fuses = new WeakMap<MatchTarget, Fuse<string>>();
function fuseOf(target: MatchTarget, text: string): Fuse<string> {
  let fuse = fuses.get(target);
  if (!fuse) fuses.set(target, (fuse = new Fuse([text], FUSE_OPTIONS)));
  return fuse;
}

/** Shares of the sentence's and of the target's word weight the two have in common. */
function coverage(index: MatchIndex, sentenceWords: ReadonlyMap<string, number>, sentenceTotal: number, target: MatchTarget) {
  let inBoth = 0;
  let sharedWords = 0;
  for (const w of new Set(target.words)) {
    const weight = sentenceWords.get(w);
    if (weight === undefined) continue;
    inBoth += weight;
    sharedWords++;
  }
  return {
    coverSentence: sentenceTotal ? inBoth / sentenceTotal : 0,
    coverTarget: inBoth / (targetWeight(index, target) || 1),
    sharedWords,
  };
}

/** Where in the (folded) sentence, from `from` on, its text meets the target's: the first content word the target has too. */
function alignedStart(sentence: string, target: string, from = 0): number {
  for (const m of sentence.matchAll(/[\p{L}\p{N}]{3,}/gu)) if (m.index >= from && !isStopword(m[0]) && target.includes(m[0])) return m.index;
  return 0;
}
