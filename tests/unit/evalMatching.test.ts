/**
 * The matching evaluation (npm run eval) as a test: real story pages by other publishers, labelled by hand
 * sentence by sentence, in a dev half and a held-out half. It prints both halves' tables and holds the matcher to
 * the figures a careful reader expects where it meets them (almost no link where the reader sees none, no
 * verdict, speaker or holder wrong), and to no fewer links and no more numbers on the wrong subject than today
 * where it does not yet (recall, the held-out half's wrong subjects).
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMatchIndex, type MatchIndex } from '../../core/match/matchIndex';
import { GOALS, HALVES, verdictAccuracy } from '../../scripts/eval';
import { precision, recall, scoreMatching, type MatchingScore } from '../../scripts/eval/scoreMatching';
import { readings, SECOND_READING } from '../../scripts/eval/secondReading';
import { placeLabels, readLabelledPages } from '../../scripts/eval/sentenceLabels';
import { pageSentences } from '../../core/text/pageSentences';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';

let index: MatchIndex;
const scores = {} as Record<keyof typeof HALVES, MatchingScore>;
beforeAll(() => {
  index = buildMatchIndex(loadSeedCorpusFromDisk());
  for (const half of Object.keys(HALVES) as (keyof typeof HALVES)[]) scores[half] = scoreMatching(readLabelledPages(HALVES[half]), index);
  console.table(
    Object.entries(scores).map(([half, s]) => ({
      half, pages: s.pages, sentences: s.sentences, linked: s.labelledSentences,
      precision: precision(s.sentenceLevel).toFixed(3), recall: recall(s.sentenceLevel).toFixed(3),
      positionRecall: recall(s.position).toFixed(3), verdictAccuracy: verdictAccuracy(s).toFixed(3),
      wrongSubject: s.wrongSubject, wrongSpeaker: s.wrongSpeaker, wrongHolderOrStance: s.wrongHolderOrStance,
    })),
  );
  // matching all 620 labelled pages takes a few seconds alone, and several times that beside the other test files
}, 120_000);

describe('matching against hand labels', () => {
  it('has at least 30 labelled pages and 400 sentences, every label found in one sentence', () => {
    expect(scores.dev.pages + scores.heldout.pages).toBeGreaterThanOrEqual(30);
    expect(scores.dev.sentences + scores.heldout.sentences).toBeGreaterThanOrEqual(400);
    expect([...scores.dev.labelErrors, ...scores.heldout.labelErrors]).toEqual([]);
  });

  it('has a second reading of 30 dev pages, every label of it found in one sentence of its page', () => {
    const pairs = readings(SECOND_READING);
    expect(pairs).toHaveLength(30);
    for (const [first, second] of pairs) {
      expect(existsSync(HALVES.dev + first.file)).toBe(true);
      expect(placeLabels(second, pageSentences(second.input)).errors).toEqual([]);
    }
  });

  it.each(['dev', 'heldout'] as const)('%s: links almost nothing a reader would not, and never gives a quote or a position to the wrong person', (half) => {
    const s = scores[half];
    // the held-out half's 382 pages give 0.927 today (0.924 before the proposition words learned from written sentences too;
    // 0.926 on the 344 before the last two rounds joined), under the goal: held to that until it meets it
    expect(precision(s.sentenceLevel)).toBeGreaterThanOrEqual(half === 'dev' ? GOALS.sentencePrecision : 0.925);
    expect(verdictAccuracy(s)).toBeGreaterThanOrEqual(GOALS.verdictAccuracy);
    expect(s.wrongSpeaker).toBe(0);
    expect(s.wrongHolderOrStance).toBe(0);
  });

  it('compares no more numbers on the wrong subject than it does today', () => {
    // 5 on the 397 dev pages: one on the 23 labelled last ("The attack killed seven people" on a page about London Bridge, which
    // named that attack four sentences before); 4 on the 374 before them (none on the 17 labelled last, once "him or 11 others arrested" counts twelve), since a day of the month ("detained on March 26") is no count of those released and "Six
    // people arrested … in Hockley, Birmingham have been released" is no count of those arrested
    expect(scores.dev.wrongSubject).toBeLessThanOrEqual(5);
    // 27 on the 382 held-out pages: two on the 16 labelled last, read once before joining; 25 on the 366 before them: one on the 22 labelled last, read once before joining; 24 on the 344 before them: one on the 16 labelled last, read once before joining; 23 on the 328 before them: none on the 28 labelled last, read once before joining; none on the 18 before them; one on the 13 before them, read once before joining (8 pages of the attack, 5 of
    // the encryption row's later months); 22 on the 270 before them, none of them on the 15 labelled in the two rounds before, one on the 6 before them (23 on the 249 before, until days of the month were
    // no longer read as counts; 15 before "shortly before" was read as the attacker's timing, which added 8 agreeing timings
    // the reader does not link)
    expect(scores.heldout.wrongSubject).toBeLessThanOrEqual(27);
    expect(scores.heldout.differsShown - scores.heldout.differsRight).toBeLessThanOrEqual(11);
    // 5 on dev: the fifth the London Bridge toll above; the fourth on a page detection reads since it counts net weight 7 as enough ("the Wednesday attack in London
    // which killed five", on 23 March: its reader counts the attacker, three readers of the same words elsewhere do not)
    expect(scores.dev.differsShown - scores.dev.differsRight).toBeLessThanOrEqual(5);
  });

  it('held-out: finds at least the share of sentences and positions it finds today', () => {
    // 0.719 and 0.630 since the proposition words learn from written sentences too;
    // 0.717 and 0.626 on 382 pages since the last round joined (the 16 labelled last gave 0.689 and 0.778 on first reading,
    // 31 of 45 labelled sentences and 21 of 27 positions);
    // 0.717 and 0.620 on 366 pages since the round before joined (the 22 labelled last gave 0.547 and 0.466 on first reading,
    // 41 of 75 labelled sentences and 27 of 58 positions);
    // 0.729 and 0.630 on 344 pages since the round before joined (the 16 labelled last gave 0.410 and 0.423 on first reading,
    // 16 of 39 labelled sentences and 11 of 26 positions);
    // 0.732 and 0.626 on 328 pages since the round before joined (the 28 labelled last gave 0.702 and 0.536 on first reading);
    // 0.732 and 0.632 on the 300 before them, since detection reads more short story pages (0.724 and 0.618 before; 0.716 and 0.603 on 301 pages when the last round joined (0.728 and 0.617 on the 283 before the last 18; 0.738 and 0.631 on the 270 before the 13 before them; 0.750 and 0.663 on the first 152; on first reading the next 19 gave 0.673 and 0.538,
    // the 19 after them 0.723 and 0.648, the 15 after them 0.489 and 0.400, the 15 after them 0.667 and 0.500, the 9 after them
    // 0.500 and 0.538, the 13 after them 0.867 and 0.806, the 7 after them 0.762 and 0.636, the 6 after them 0.917 and 1.000, the 10 after them 0.650 and 0.714, the 5 after them 0.818 and 0.500, the 13 after them 0.447 and 0.192, the 18 after them 0.391 and 0.258)
    expect(recall(scores.heldout.sentenceLevel)).toBeGreaterThanOrEqual(0.715);
    expect(recall(scores.heldout.position)).toBeGreaterThanOrEqual(0.625);
  });
});
