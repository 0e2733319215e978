/**
 * The indexed matcher on a synthetic corpus (the bench's, smaller): perturbed copies of a real article's
 * sentences planted among thousands of passages made of real news words are found, and unplanted
 * sentences find nothing close.
 */
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../core/match/matchIndex';
import { matchSentences } from '../../core/match/matchSentences';
import { contentWords } from '../../core/text/terms';
import { splitSentences } from '../../core/text/segment';
import { buildSyntheticCorpus, perturb, seededRandom } from '../../scripts/bench/syntheticCorpus';
import { labelledPages } from './analyzeFixtures';

const pages = labelledPages('devset');
const article = pages.find((p) => p.file.startsWith('006-'))!.input.text;
const vocabulary = pages.filter((p) => !p.file.startsWith('006-')).map((p) => p.input.text).join(' ');
const sentences = splitSentences(article).filter((s) => s.text.split(/\s+/).length >= 8 && contentWords(s.text).length >= 4);

describe('indexed matching on a synthetic corpus', () => {
  it('finds the planted copies of an article’s sentences among 5,000 passages', () => {
    const planted = buildSyntheticCorpus(5_000, vocabulary, sentences.map((s) => s.text));
    const { hits } = matchSentences(buildMatchIndex(planted.corpus), sentences);
    const found = [...planted.planted].filter(([i, id]) => hits.find((h) => h.sentenceIndex === i)?.target.passageId === id);
    expect(found.length / planted.planted.size).toBeGreaterThanOrEqual(0.99);
  });

  it('finds nothing close for sentences that were not planted', () => {
    const planted = buildSyntheticCorpus(5_000, vocabulary, []);
    const { hits } = matchSentences(buildMatchIndex(planted.corpus), sentences);
    expect(hits.filter((h) => h.score >= 0.6)).toEqual([]);
  });

  it('builds the same corpus from the same seed', () => {
    const a = buildSyntheticCorpus(200, vocabulary, ['One planted sentence about the attack on Westminster Bridge.']);
    const b = buildSyntheticCorpus(200, vocabulary, ['One planted sentence about the attack on Westminster Bridge.']);
    expect(a.corpus.passages).toEqual(b.corpus.passages);
    expect(perturb('a b c d e f g h', seededRandom(1), ['x'])).toBe(perturb('a b c d e f g h', seededRandom(1), ['x']));
  });
});
