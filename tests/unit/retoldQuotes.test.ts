/** Quotes retold in a reporter's words, against the seed corpus's own quotes. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '../../core/corpus/model';
import { buildMatchIndex, type MatchIndex } from '../../core/match/matchIndex';
import { retoldQuote, retoldShortQuote, retoldWords } from '../../core/match/retoldQuotes';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';

let index: MatchIndex;
beforeAll(() => {
  index = buildMatchIndex(loadSeedCorpusFromDisk());
});

const quotesOf = (name: string): Quote[] => index.corpus.quotes.filter((q) => q.speaker === name);
const topical = (word: string) => ['encrypt', 'whatsapp', 'messag', 'access', 'hide'].some((t) => word.startsWith(t));

describe('retold quotes', () => {
  it('finds a quote in three of its words close together, or a compound written apart', () => {
    expect(retoldQuote(retoldWords('Rudd is right to tell them the terrorists should have no place to hide.'), quotesOf('Amber Rudd'), topical)?.text).toMatch(/no place for terrorists to hide/);
    expect(retoldQuote(retoldWords('Rudd said police once had to steam open letters.'), quotesOf('Amber Rudd'), topical)?.text).toMatch(/steam-open envelopes/);
  });

  it('does not take a sentence on the same topic for her words', () => {
    expect(retoldQuote(retoldWords('Rudd wants WhatsApp to give access to encrypted messages.'), quotesOf('Amber Rudd'), topical)).toBeUndefined();
  });

  it('finds a short quote said again in another tense', () => {
    expect(retoldShortQuote('Yvette Cooper said the firms had been warned and now had to act.', quotesOf('Yvette Cooper'))?.text).toBe('have to act');
    expect(retoldShortQuote('Yvette Cooper said the firms had acted.', quotesOf('Yvette Cooper'))).toBeUndefined();
  });
});
