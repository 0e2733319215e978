/** The source view's text: the whole source, paragraph by paragraph, with the opened passage marked. */
import { describe, expect, it } from 'vitest';
import { summarizeCorpus } from '../../core/context/corpusSummary';
import { sourceSegments } from '../../components/source/sourceSegments';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';

const corpus = loadSeedCorpusFromDisk();
const telegraph = corpus.sources[0]!;

describe('sourceSegments', () => {
  it('keeps every paragraph’s words and marks exactly the passage', () => {
    const passage = corpus.passages.find((p) => p.sourceId === telegraph.id && p.text.includes('draconian laws'))!;
    const paragraphs = sourceSegments(telegraph.text, [passage]);
    expect(paragraphs.map((runs) => runs.map((r) => r.text).join(''))).toEqual(
      telegraph.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
    );
    const marked = paragraphs.flat().filter((r) => r.highlighted);
    expect(marked.map((r) => r.text)).toEqual([passage.text]);
  });

  it('marks only the part of a paragraph a sentence passage covers', () => {
    const text = 'First sentence here. Second one is marked. Third.\n\nNext paragraph.';
    const start = text.indexOf('Second');
    const paragraphs = sourceSegments(text, [{ start, end: text.indexOf(' Third') }]);
    expect(paragraphs[0]).toEqual([
      { text: 'First sentence here. ', highlighted: false },
      { text: 'Second one is marked.', highlighted: true },
      { text: ' Third.', highlighted: false },
    ]);
    expect(paragraphs[1]).toEqual([{ text: 'Next paragraph.', highlighted: false }]);
  });
});

describe('summarizeCorpus', () => {
  it('says what the corpus covers and how old its newest source is', () => {
    const summary = summarizeCorpus(corpus, new Date('2017-04-08T12:00:00Z'));
    expect(summary).toMatchObject({ firstDate: '2017-03-26', lastDate: '2017-03-29', ageDays: 10 });
    expect(summary.counts.quotes).toBe(corpus.quotes.length);
    expect(summary.speakers.slice(0, 2)).toEqual(['Craig Mackey', 'Amber Rudd']); // most quoted first
    expect(summary.speakers).toContain('Lord Paddick');
    expect(summary.sources.map((s) => [s.date, Boolean(s.dateBasis)])).toEqual([['2017-03-26', true], ['2017-03-29', true]]);
    expect(summary.counts).toMatchObject({ facts: corpus.facts.length, discrepancies: 1 });
  });
});
