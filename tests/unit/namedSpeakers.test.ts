import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namedSpeakers } from '../../core/match/namedSpeakers';
import { splitSentences } from '../../core/text/segment';

const spans = (text: string) => namedSpeakers(text).map((s) => text.slice(s.index, s.end));

/** the pattern namedSpeakers reads without: the same spans, at a cold start's cost */
const PATTERN =
  /\b\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+\s+(?:has\s+|had\s+|also\s+)?(?:lobbied|called|urged|demanded|argued|said|says|told|wants|wanted|warned|insisted)\b|\b(?:said|says)\s+\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+/gu;

describe('people named by two capitalised words who speak', () => {
  it('finds "First Last said" and "said First Last", a helper verb between', () => {
    expect(spans('Former Prime Minister David Cameron lobbied for the powers.')).toEqual(['David Cameron lobbied']);
    expect(spans('Labour\'s Diane Abbott has warned against it.')).toEqual(['Diane Abbott has warned']);
    expect(spans('"It is a mistake," said Andy Burnham, the mayor.')).toEqual(['said Andy Burnham']);
  });

  it('takes the leftmost of two that overlap, as a global pattern does', () => {
    expect(spans('Amber Rudd said Theresa May agreed.')).toEqual(['Amber Rudd said']);
  });

  it('reads no lower-case word, figure or abbreviation as a name', () => {
    expect(spans('the home secretary said it was unacceptable')).toEqual([]);
    expect(spans('Officer 42 said nothing.')).toEqual([]);
    expect(spans('U.S. Rudd said so.')).toEqual([]);
    expect(spans('Rudd has said so.')).toEqual([]);
  });

  it('gives the same spans as the pattern on every sentence of the labelled matching pages', () => {
    let compared = 0;
    for (const half of ['dev', 'heldout']) {
      const dir = `tests/fixtures/matching/${half}/`;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        for (const { text } of splitSentences(readFileSync(dir + file, 'utf8'))) {
          const expected = [...text.matchAll(PATTERN)].map((m) => m[0]);
          expect(spans(text), `${file}: ${text}`).toEqual(expected);
          if (expected.length > 0) compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});
