/**
 * The match index stored in IndexedDB gives the matcher the same answers as the index built whole in memory:
 * every match and every sentence's closest target on every labelled page (the topic fixtures and the
 * sentence-labelled matching pages), against a corpus grown and shrunk source by source, and on a planted
 * synthetic corpus. Also: postings survive their encoding, and a removed source leaves no trace in the index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageAnalysis, PageInput } from '../../core/analysis';
import { analyzePage, analyzePageInParts, preparePage } from '../../core/analyzePage';
import { pageInputFromText } from '../../scripts/cli/pageInputFromText';
import { buildMatchIndex, type MatchIndex } from '../../core/match/matchIndex';
import { matchSentences } from '../../core/match/matchSentences';
import { decodePostings, encodePostings } from '../../core/match/postingsCodec';
import { contentWords } from '../../core/text/terms';
import { pageSentences } from '../../core/text/pageSentences';
import { splitSentences, type TextSpan } from '../../core/text/segment';
import { addPageSource, importCorpusPack, removeSource } from '../../storage/corpusImport';
import { loadCorpus, removeSources, writeCorpusPart } from '../../storage/corpusRepository';
import { openDatabase, type CrosscheckDB } from '../../storage/db';
import { buildStoredMatchIndex } from '../../storage/matchIndexBuild';
import { MATCH_INDEX_KEY, WORD_COUNTS_KEY, wordCounts, type MatchIndexState } from '../../storage/matchIndexState';
import { wordEntry } from '../../storage/matchWordRow';
import { pageIndexReader } from '../../storage/pageMatchIndex';
import { buildSyntheticCorpus } from '../../scripts/bench/syntheticCorpus';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';
import { labelledPages } from './analyzeFixtures';

let db: CrosscheckDB;
let n = 0;
const fresh = () => (db = openDatabase(`stored-index-${n++}`));
afterEach(async () => {
  db.close();
  await db.delete();
});

const MATCHING = fileURLToPath(new URL('../fixtures/matching/', import.meta.url));
const matchingPages = (['dev', 'heldout'] as const).flatMap((split) =>
  readdirSync(MATCHING + split)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ file: `${split}/${f}`, input: pageInputFromText(readFileSync(`${MATCHING}${split}/${f}`, 'utf8')) })),
);
const pages: Array<{ file: string; input: PageInput }> = [...labelledPages('devset'), ...labelledPages('heldout'), ...matchingPages];

/** What a matching answers, with targets by what they are (their numbers may differ between the two indexes). */
function answers(index: MatchIndex, sentences: readonly TextSpan[]) {
  const { matches, hits } = matchSentences(index, sentences);
  return { matches, hits: hits.map((h) => ({ sentence: h.sentenceIndex, passage: h.target.passageId, text: h.target.text, score: h.score })) };
}

async function storedAnswers(reader: ReturnType<typeof pageIndexReader>, sentences: readonly TextSpan[]) {
  const index = await reader.indexFor(sentences.map((s) => contentWords(s.text)));
  expect(index).toBeDefined();
  return answers(index!, sentences);
}

describe('the stored match index', () => {
  it('gives the same matches as the in-memory index on every labelled page, as the corpus grows and shrinks', async () => {
    fresh();
    await writeCorpusPart(db, loadSeedCorpusFromDisk());
    const added = await addPageSource(db, { ...pages.find((p) => p.file.startsWith('009-'))!.input, url: 'https://example.org/added' });
    const removed = await addPageSource(db, { ...pages.find((p) => p.file.startsWith('010-'))!.input, url: 'https://example.org/removed' });
    await removeSource(db, removed.sourceIds[0]!);
    expect(await buildStoredMatchIndex(db)).toBe(true);
    expect(added.sourceIds).toHaveLength(1);

    const memory = buildMatchIndex(await loadCorpus(db));
    const reader = pageIndexReader(db);
    let matched = 0;
    for (const page of pages) {
      const sentences = pageSentences(page.input);
      const expected = answers(memory, sentences);
      expect({ file: page.file, ...(await storedAnswers(reader, sentences)) }).toEqual({ file: page.file, ...expected });
      matched += expected.matches.length;
    }
    expect(matched).toBeGreaterThan(100);
  }, 60_000);

  it('analyses a page in two parts, each through its own part of the stored index, as it analyses it whole', async () => {
    fresh();
    await writeCorpusPart(db, loadSeedCorpusFromDisk());
    expect(await buildStoredMatchIndex(db)).toBe(true);
    const memory = buildMatchIndex(await loadCorpus(db));
    const reader = pageIndexReader(db);
    const indexFor = async (texts: readonly string[]) => (await reader.indexFor(texts.map(contentWords)))!;
    const FIRST_PART = 4;
    let parted = 0;
    let shownFirst = 0;
    for (const page of pages) {
      const prepared = preparePage(page.input);
      // the pages are openings, most shorter than twice FIRST_PART_SENTENCES: they are cut after their fourth sentence
      if (prepared.toMatch.length < 2 * FIRST_PART) continue;
      parted++;
      const whole = analyzePage(page.input, memory, prepared);
      let first: PageAnalysis | undefined;
      const { analysis } = await analyzePageInParts(page.input, prepared, indexFor, (part) => void (first = part), { firstPart: FIRST_PART });
      expect({ file: page.file, topic: analysis.topic, matches: analysis.matches }).toEqual({ file: page.file, topic: whole.topic, matches: whole.matches });
      if (!first) continue;
      shownFirst++;
      // the first part says what the whole says of its sentences, but for the quotes the rest of the page gives a headline
      const ofFirstPart = whole.matches.filter((m) => m.sentenceIndex < FIRST_PART);
      expect(first.matches.every((m) => m.sentenceIndex < FIRST_PART)).toBe(true);
      expect(ofFirstPart.filter((m) => !first!.matches.some((f) => f.itemId === m.itemId && f.sentenceIndex === m.sentenceIndex)).every((m) => m.kind === 'quote' || m.kind === 'position')).toBe(true);
      expect(first.matches.filter((f) => !ofFirstPart.some((m) => m.itemId === f.itemId && m.sentenceIndex === f.sentenceIndex))).toEqual([]);
    }
    expect(parted).toBeGreaterThan(100);
    expect(shownFirst).toBeGreaterThan(parted / 2);
  }, 120_000);

  it('gives the same matches on a planted synthetic corpus, read through caches too small to hold a page', async () => {
    fresh();
    const articles = pages.filter((p) => /^(006|010|020)-/.test(p.file));
    const sentences = articles.flatMap((a) => pageSentences(a.input)).filter((s) => contentWords(s.text).length >= 4);
    const vocabulary = pages.filter((p) => !articles.includes(p)).map((p) => p.input.text).join(' ');
    const planted = buildSyntheticCorpus(5_000, vocabulary, sentences.map((s) => s.text));
    await writeCorpusPart(db, planted.corpus);
    expect(await buildStoredMatchIndex(db)).toBe(true);
    const expected = answers(buildMatchIndex(await loadCorpus(db)), sentences);
    expect(expected.hits.length).toBeGreaterThanOrEqual(planted.planted.size * 0.99);
    const tight = pageIndexReader(db, { terms: 500, targets: 5 });
    expect(await storedAnswers(tight, sentences)).toEqual(expected);
    expect(await storedAnswers(tight, sentences)).toEqual(expected);
  }, 60_000);

  it('leaves no term, target or count of a removed pack behind', async () => {
    fresh();
    await writeCorpusPart(db, loadSeedCorpusFromDisk());
    const before = await Promise.all([db.matchWords.toArray(), db.matchTargets.toArray(), db.longPostings.toArray()]);
    const pack = { format: 'crosscheck-corpus-pack', version: 1, sources: [{ title: 'A pack page', text: 'Zanzibar quokkas marched on Westminster Bridge for 82 minutes.' }] };
    const change = await importCorpusPack(db, pack);
    expect(await db.matchWords.get('zanzibar')).toBeDefined();
    expect((await db.matchWords.get('westminst'))?.count).toBeGreaterThan(0);
    await removeSource(db, change.sourceIds[0]!);
    const [words, targets, long] = await Promise.all([db.matchWords.toArray(), db.matchTargets.toArray(), db.longPostings.toArray()]);
    expect(words).toEqual(before[0]);
    expect(targets).toEqual(before[1]);
    expect(long).toEqual(before[2]);
  });

  it("keeps every word's count in one row, in step with the lists; an index stored without it answers the same and gets it", async () => {
    fresh();
    const storedWords = async () => new Map((await db.matchWords.toArray()).map((row) => [row.word, row.count]));
    await writeCorpusPart(db, loadSeedCorpusFromDisk());
    expect(await buildStoredMatchIndex(db)).toBe(true);
    expect(await wordCounts(db)).toEqual(await storedWords());
    const pack = { format: 'crosscheck-corpus-pack', version: 1, sources: [{ title: 'A pack page', text: 'Zanzibar quokkas marched on Westminster Bridge for 82 minutes.' }] };
    const change = await importCorpusPack(db, pack);
    expect((await wordCounts(db))?.get('zanzibar')).toBe(1);
    expect(await wordCounts(db)).toEqual(await storedWords());
    const page = pages.find((p) => p.file.startsWith('009-'))!.input;
    const sentences = pageSentences(page);
    const expected = answers(buildMatchIndex(await loadCorpus(db)), sentences);
    expect(await storedAnswers(pageIndexReader(db), sentences)).toEqual(expected);

    // an index that lost its counts is not read (the in-memory one answers) until the background build writes them
    await db.settings.delete(WORD_COUNTS_KEY);
    await removeSource(db, change.sourceIds[0]!);
    expect(await wordCounts(db)).toBeUndefined();
    const without = answers(buildMatchIndex(await loadCorpus(db)), sentences);
    expect(await pageIndexReader(db).indexFor(sentences.map((s) => contentWords(s.text)))).toBeUndefined();
    expect(await buildStoredMatchIndex(db)).toBe(true);
    expect(await wordCounts(db)).toEqual(await storedWords());
    expect(await storedAnswers(pageIndexReader(db), sentences)).toEqual(without);
  }, 60_000);

  it('keeps a list longer than the matcher walks apart, and takes it back inline as it shrinks', async () => {
    fresh();
    const part = (id: string, size: number) => ({
      ...buildSyntheticCorpus(0, '', []).corpus,
      sources: [{ id, title: id, text: '', origin: 'pack' as const, addedAt: 0 }],
      passages: Array.from({ length: size }, (_, i) => ({ id: `${id}-${i}`, sourceId: id, paragraph: 0, start: i, end: i + 1, text: `quokka marsupial number${i}` })),
    });
    await writeCorpusPart(db, part('big', 1_500));
    expect(wordEntry((await db.matchWords.get('quokka'))!).ids).toBeDefined();
    await writeCorpusPart(db, part('more', 1_000));
    expect(await db.matchWords.get('quokka')).toMatchObject({ word: 'quokka', count: 2_500 });
    expect(wordEntry((await db.matchWords.get('quokka'))!).ids).toBeUndefined();
    expect(decodePostings((await db.longPostings.get('quokka'))!.ids)).toHaveLength(2_500);
    await removeSources(db, ['more']);
    expect((await db.matchWords.get('quokka'))?.count).toBe(1_500);
    expect(await db.longPostings.count()).toBe(0);
    await removeSources(db, ['big']);
    expect(await db.matchWords.count()).toBe(0);
  });

  it("walks, on a large corpus, a sentence's rarest lists even when they are long enough to be kept apart", async () => {
    fresh();
    const passages = Array.from({ length: 2_500 }, (_, i) => ({ id: `q-${i}`, sourceId: 'q', paragraph: 0, start: i, end: i + 1, text: `quokka marsupial wombat number${i}` }));
    await writeCorpusPart(db, { ...buildSyntheticCorpus(0, '', []).corpus, sources: [{ id: 'q', title: 'q', text: '', origin: 'pack', addedAt: 0 }], passages });
    expect(await buildStoredMatchIndex(db)).toBe(true);
    expect(await db.longPostings.get('quokka')).toBeDefined();
    // weighed and walked as part of a corpus of half a million sentences: a sentence walks lists of up to 5,000
    const state = (await db.settings.get(MATCH_INDEX_KEY))!.value as MatchIndexState;
    await db.settings.put({ key: MATCH_INDEX_KEY, value: { ...state, targetCount: 500_000 } });
    const memory: MatchIndex = { ...buildMatchIndex(await loadCorpus(db)), targetCount: 500_000 };
    const sentences = splitSentences('The quokka is a marsupial that met a wombat, number7 of them. A quokka marsupial wombat came.');
    const expected = answers(memory, sentences);
    expect(expected.hits.map((h) => h.passage)).toContain('q-7');
    const reader = pageIndexReader(db);
    const index = await reader.indexFor(sentences.map((s) => contentWords(s.text)));
    expect(index!.postings.get('quokka')).toEqual(decodePostings((await db.longPostings.get('quokka'))!.ids));
    expect(answers(index!, sentences)).toEqual(expected);
    expect(await storedAnswers(reader, sentences)).toEqual(expected);
  });

  it("keeps a word pair in its rarer word's row, there as the counts change, and rewrites only the rows of a pack's own words", async () => {
    fresh();
    const part = (id: string, texts: string[]) => ({
      ...buildSyntheticCorpus(0, '', []).corpus,
      sources: [{ id, title: id, text: '', origin: 'pack' as const, addedAt: 0 }],
      passages: texts.map((text, i) => ({ id: `${id}-${i}`, sourceId: id, paragraph: 0, start: i, end: i + 1, text })),
    });
    await writeCorpusPart(db, part('first', ['quokka wombat', 'wombat burrow', 'wombat burrow', 'wombat burrow']));
    const row = async (word: string) => wordEntry((await db.matchWords.get(word))!);
    expect((await row('quokka')).pair('quokka wombat')).toMatchObject({ count: 1 });
    expect((await row('wombat')).pair('quokka wombat')).toBeUndefined();
    expect((await row('burrow')).pair('wombat burrow')).toMatchObject({ count: 3 });
    const wombat = await db.matchWords.get('wombat');
    await writeCorpusPart(db, part('more', Array.from({ length: 10 }, (_, i) => `quokka number${i}`)));
    expect(await db.matchWords.get('wombat')).toEqual(wombat);
    expect((await row('quokka')).count).toBe(11);
    expect((await row('quokka')).pair('quokka wombat')).toMatchObject({ count: 1 });
    expect((await row('quokka')).pair('quokka number3')).toBeUndefined();
    expect((await row('number3')).pair('quokka number3')).toMatchObject({ count: 1 });
  });

  it('encodes posting lists compactly and decodes them unchanged', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 1 })), (ids) => {
        const sorted = [...ids].sort((a, b) => a - b);
        expect(decodePostings(encodePostings(sorted))).toEqual(sorted);
      }),
    );
    expect(encodePostings([1, 2, 3, 300]).length).toBe(5);
  });
});
