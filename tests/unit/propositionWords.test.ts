/**
 * The learned proposition words (seeds/propositionWords.json): what `npm run train` learns from the dev half of
 * the matching evaluation and the story's written sentences (seeds/propositionSentences.jsonl), and nothing else;
 * written sentences that are none of the evaluation's; what they let the matcher find on a page they were not learned from;
 * and a words file that does not fit the overlay refused with a clear message.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/analyzePage';
import { CorpusDataError } from '../../core/corpus/overlay';
import { withPropositionWords } from '../../core/corpus/propositionWords';
import { buildMatchIndex, type MatchIndex } from '../../core/match/matchIndex';
import { sentencePeople } from '../../core/match/sentencePeople';
import { namedWords, sentenceFeatures, speaksOfProposition } from '../../core/match/speaksOfProposition';
import { contentWords } from '../../core/text/terms';
import { splitSentences } from '../../core/text/segment';
import { HALVES } from '../../scripts/eval';
import { readLabelledPages } from '../../scripts/eval/sentenceLabels';
import { loadSeedCorpusFromDisk, readSeedFiles, SEED_DIR } from '../../scripts/seedCorpus';
import { buildSeedCorpus } from '../../core/corpus/seedCorpus';
import { learnPropositionWords } from '../../scripts/train';
import { writtenExamples } from '../../scripts/train/propositionExamples';
import { pageSentences } from '../../core/text/pageSentences';
import { fixtureText } from './analyzeFixtures';

const stored = JSON.parse(readFileSync(`${SEED_DIR}propositionWords.json`, 'utf8')) as { propositions: Record<string, unknown> };
const overlay = JSON.parse(readFileSync(fileURLToPath(new URL('../../seeds/overlay.json', import.meta.url)), 'utf8')) as unknown;

let index: MatchIndex;
beforeAll(() => {
  index = buildMatchIndex(loadSeedCorpusFromDisk());
});

/** the positions the page links in the sentence that holds `piece`: proposition and holder */
function positionsIn(piece: string, page = fixtureText('devset', '015-')): string[] {
  return analyzePage(page, index)
    .matches.filter((m) => m.kind === 'position' && m.sentence.includes(piece))
    .map((m) => `${index.corpus.positions.find((p) => p.id === m.itemId)!.propositionId} ${m.speaker}`);
}

describe('learned proposition words', () => {
  it('are exactly what training on the dev half and the written sentences learns (never the held-out half), for every proposition', () => {
    const learned = learnPropositionWords(readLabelledPages(HALVES.dev), index);
    expect(Object.keys(stored.propositions).sort()).toEqual(index.corpus.propositions.map((p) => p.id).sort());
    expect(stored.propositions).toEqual(learned);
  }, 60_000);

  it('learn from written sentences that are none of the labelled pages\' sentences, each naming corpus propositions', () => {
    const written = readFileSync(`${SEED_DIR}propositionSentences.jsonl`, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { text: string; propositions: string[] });
    const examples = writtenExamples(`${SEED_DIR}propositionSentences.jsonl`, index, 0.5);
    expect(examples).toHaveLength(written.length);
    expect(examples.filter((e) => e.propositions.size > 0).length).toBeGreaterThan(300);
    expect(examples.filter((e) => e.propositions.size === 0).length).toBeGreaterThan(300);
    const squashed = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const labelled = new Set([...readLabelledPages(HALVES.dev), ...readLabelledPages(HALVES.heldout)].flatMap((page) => pageSentences(page.input).map((s) => squashed(s.text))));
    expect(written.filter((w) => labelled.has(squashed(w.text))).map((w) => w.text)).toEqual([]);
  });

  it('refuse a written sentence that names a proposition the corpus lacks, or a line that is not one, saying where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'written-'));
    try {
      writeFileSync(join(dir, 'sentences.jsonl'), '{"text": "Rudd wants a back door", "propositions": ["state-access-to-encrypted-messages"]}\n{"text": "Ban it", "propositions": ["ban-encryption"]}\n');
      expect(() => writtenExamples(join(dir, 'sentences.jsonl'), index, 1)).toThrow(/sentences\.jsonl:2: no proposition ban-encryption/);
      // the line number is the file's, blank lines counted
      writeFileSync(join(dir, 'broken.jsonl'), '{"text": "Rudd wants a back door", "propositions": []}\n\n{"text": "Rudd wants a back door", "propositions": [\n{"text": 4, "propositions": []}\n');
      expect(() => writtenExamples(join(dir, 'broken.jsonl'), index, 1)).toThrow(/broken\.jsonl:3: not JSON/);
      writeFileSync(join(dir, 'shape.jsonl'), '{"text": 4, "propositions": []}\n');
      expect(() => writtenExamples(join(dir, 'shape.jsonl'), index, 1)).toThrow(/shape\.jsonl:1: expected \{"text"/);
      expect(writtenExamples(join(dir, 'none.jsonl'), index, 1)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('let a page they were not learned from link a position its cue groups miss', () => {
    // Wired (a detection fixture, in neither half of the matching evaluation): Rudd, after meeting the firms:
    // "We focused on the issue of access to terrorist propaganda online and the very real and evolving threat it poses."
    const piece = 'We focused on the issue of access to terrorist propaganda online';
    expect(positionsIn(piece)).toEqual(['tech-firms-remove-extremist-material Amber Rudd']);
    const saved = index.corpus.propositions.map((p) => p.wordWeights);
    try {
      for (const p of index.corpus.propositions) delete p.wordWeights;
      expect(positionsIn(piece), 'the cue groups alone find it: the test no longer shows the learned words').toEqual([]);
    } finally {
      index.corpus.propositions.forEach((p, i) => (p.wordWeights = saved[i]));
    }
  });

  it('weigh what a sentence says, not whom it names', () => {
    // The Straits Times: naming the Home Secretary is no demand of hers
    const text = 'Yesterday, Home Secretary Amber Rudd announced that a permanent memorial will be built for Mr Palmer at the National Memorial Arboretum in Staffordshire.';
    const [read] = sentencePeople(splitSentences(text), index.people);
    expect(read!.mentions.length).toBeGreaterThan(0);
    for (const proposition of index.corpus.propositions) {
      expect(proposition.wordWeights, proposition.id).toBeDefined();
      expect(speaksOfProposition(proposition, () => sentenceFeatures(contentWords(text), namedWords(read!.folded, read!.mentions))), proposition.id).toBe(false);
    }
    const features = sentenceFeatures(contentWords('Amber Rudd wants a back door'), namedWords('Amber Rudd wants a back door', [{ start: 0, end: 10 }]));
    expect(features).not.toContain('amber');
    expect(features).toContain('back_door');
  });

  it('refuse a words file for a proposition the overlay lacks, or with weights that are not numbers', () => {
    expect(() => withPropositionWords(overlay, { propositions: { 'ban-encryption': { bias: 0, weights: {} } } })).toThrow(CorpusDataError);
    expect(() => withPropositionWords(overlay, { propositions: { 'ban-encryption': { bias: 0, weights: {} } } })).toThrow(/no proposition "ban-encryption"/);
    // the weights are checked with the rest of the overlay when the corpus is built
    const { files } = readSeedFiles();
    const badWeights = withPropositionWords(overlay, { propositions: { 'state-access-to-encrypted-messages': { bias: 0, weights: { door: 'high' } } } });
    expect(() => buildSeedCorpus(files, badWeights)).toThrow(CorpusDataError);
    expect(() => buildSeedCorpus(files, badWeights)).toThrow(/propositions\[0\]\.wordWeights\.weights\.door/);
    expect(withPropositionWords(overlay, undefined)).toBe(overlay);
  });
});
