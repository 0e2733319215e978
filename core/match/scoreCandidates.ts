/**
 * How close a page sentence is to each of its candidate targets: fuse.js (approximate, typo-tolerant
 * character matching) over the candidates only, blended with word coverage weighted by rarity in both
 * directions (the sentence may be part of a long corpus sentence, or quote it inside a longer one).
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { normalizeForMatch } from '../text/normalize';
import { termWeight, type MatchIndex, type MatchTarget } from './matchIndex';

export interface ScoredCandidate {
  target: number;
  /** 0..1, higher is closer */
  score: number;
  /** content words the sentence and target share */
  sharedWords: number;
}

const FUSE_OPTIONS: IFuseOptions<{ i: number; text: string }> = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.45,
  keys: ['text'],
};

export function scoreCandidates(index: MatchIndex, sentence: string, words: readonly string[], targetIds: readonly number[]): ScoredCandidate[] {
  if (targetIds.length === 0) return [];
  const targets = targetIds.map((id) => index.targets[id]!);
  const fuse = new Fuse(
    targets.map((t, i) => ({ i, text: normalizeForMatch(t.text) })),
    FUSE_OPTIONS,
  );
  const closeness = new Map<number, number>();
  for (const r of fuse.search(normalizeForMatch(sentence))) closeness.set(r.item.i, 1 - (r.score ?? 1));

  return targets.map((target, i) => {
    const { coverSentence, coverTarget, sharedWords } = coverage(index, words, target);
    const lexical = 0.7 * Math.max(coverSentence, coverTarget) + 0.3 * Math.min(coverSentence, coverTarget);
    const score = 0.6 * lexical + 0.4 * (closeness.get(i) ?? 0);
    return { target: targetIds[i]!, score, sharedWords };
  });
}

function coverage(index: MatchIndex, words: readonly string[], target: MatchTarget) {
  const targetWords = new Set(target.words);
  const sentenceWords = new Set(words);
  let inBoth = 0;
  let sentenceTotal = 0;
  let sharedWords = 0;
  for (const w of sentenceWords) {
    const weight = termWeight(index, w);
    sentenceTotal += weight;
    if (targetWords.has(w)) {
      inBoth += weight;
      sharedWords++;
    }
  }
  let targetTotal = 0;
  for (const w of targetWords) targetTotal += termWeight(index, w);
  return {
    coverSentence: sentenceTotal ? inBoth / sentenceTotal : 0,
    coverTarget: targetTotal ? inBoth / targetTotal : 0,
    sharedWords,
  };
}
