/** Searching the corpus from the popup: what a reader types finds the fact, quote or position they mean. */
import { describe, expect, it } from 'vitest';
import { buildCorpusSearch } from '../../core/search/searchCorpus';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';

const search = buildCorpusSearch(loadSeedCorpusFromDisk());

describe('searchCorpus', () => {
  it('finds Lord Paddick’s words and his position by a word he used', () => {
    const hits = search('draconian');
    expect(hits.every((h) => h.speaker === 'Lord Paddick')).toBe(true);
    expect(hits[0]).toMatchObject({ kind: 'quote', text: 'draconian', role: 'Liberal Democrat home affairs spokesman' });
    expect(hits.some((h) => h.kind === 'quote' && /draconian laws that limit our civil liberties/.test(h.text))).toBe(true);
    expect(hits.find((h) => h.kind === 'position')).toMatchObject({ stance: 'against', proposition: expect.stringMatching(/read suspected terrorists' messages/) });
  });

  it('finds quotes by speaker and by venue', () => {
    const rudd = search('Rudd').filter((h) => h.kind === 'quote');
    expect(rudd.every((h) => h.speaker === 'Amber Rudd')).toBe(true);
    expect(new Set(rudd.map((h) => h.venue))).toEqual(new Set(["BBC One's Andrew Marr Show", "Sky News's Sophy Ridge on Sunday", undefined]));
    const marr = search('Marr Show');
    expect(marr.length).toBeGreaterThan(0);
    expect(marr.every((h) => h.kind === 'quote' && h.speaker === 'Amber Rudd' && h.venue === "BBC One's Andrew Marr Show")).toBe(true);
  });

  it('finds facts by their words, with the source that states them', () => {
    const hits = search('arrested');
    expect(hits[0]).toMatchObject({ kind: 'fact', text: 'Twelve people have been arrested', date: '2017-03-29' });
    expect(hits[0]!.source.title).toMatch(/wake-up call/);
    expect(hits[0]!.passageIds).toHaveLength(1);
    expect(hits.map((h) => h.text)).toContain('Nine of those arrested have been released with no further action');
  });

  it('answers nothing to a single letter or to words the corpus does not have', () => {
    expect(search('a')).toEqual([]);
    expect(search('Nintendo Switch sales')).toEqual([]);
  });
});
