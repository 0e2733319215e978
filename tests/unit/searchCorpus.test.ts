/** Searching the corpus from the popup: what a reader types finds the fact, quote or position they mean. */
import { describe, expect, it } from 'vitest';
import { buildCorpusSearch } from '../../core/search/searchCorpus';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';

const search = buildCorpusSearch(loadSeedCorpusFromDisk());

describe('searchCorpus', () => {
  it('finds Lord Paddick’s words and his position by a word he used', () => {
    const hits = search('draconian');
    expect(hits.slice(0, 2).map((h) => [h.kind, h.speaker]).sort()).toEqual([['position', 'Lord Paddick'], ['quote', 'Lord Paddick']]);
    expect(hits.find((h) => h.kind === 'quote')).toMatchObject({ role: 'Liberal Democrat home affairs spokesman', text: expect.stringMatching(/draconian laws/) });
    expect(hits.find((h) => h.kind === 'position')).toMatchObject({ stance: 'against', proposition: expect.stringMatching(/encrypted messages/) });
  });

  it('finds quotes by speaker and by venue', () => {
    expect(search('Rudd').filter((h) => h.kind === 'quote').map((h) => h.venue).sort()).toEqual(["BBC One's Andrew Marr Show", "Sky News's Sophy Ridge on Sunday"]);
    expect(search('Marr Show')[0]).toMatchObject({ kind: 'quote', speaker: 'Amber Rudd' });
  });

  it('finds facts by their words, with the source that states them', () => {
    const hit = search('arrested').find((h) => h.kind === 'fact');
    expect(hit).toMatchObject({ text: 'Twelve people have been arrested', source: { publisher: 'Sky News' } });
    expect(hit!.passageIds).toHaveLength(1);
  });

  it('answers nothing to a single letter or to words the corpus does not have', () => {
    expect(search('a')).toEqual([]);
    expect(search('Nintendo Switch sales')).toEqual([]);
  });
});
