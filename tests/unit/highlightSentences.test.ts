/** Which colour a matched sentence is painted in, what a saved sentence links to, and the per-site switch. */
import { describe, expect, it } from 'vitest';
import type { SentenceMatch } from '../../core/analysis';
import { matchLinks } from '../../core/highlight/matchLinks';
import { matchedSentences } from '../../core/highlight/matchedSentences';
import type { MatchedItems } from '../../core/tabResult';
import { siteOf } from '../../core/site';
import { openDatabase } from '../../storage/db';
import { isSitePaused, pausedSites, setSitePaused } from '../../storage/siteSettings';

const match = (sentenceIndex: number, kind: SentenceMatch['kind'], verdict: SentenceMatch['verdict']): SentenceMatch => ({
  sentence: `Sentence ${sentenceIndex}.`, sentenceIndex, kind, itemId: `${kind}-${sentenceIndex}-${verdict}`, verdict, score: 1,
  passageId: 'p', sourceId: 's',
});

describe('matchedSentences', () => {
  it('groups matches by sentence in page order, one kind per sentence, the strongest for the reader', () => {
    const sentences = matchedSentences([
      match(7, 'fact', 'agrees'),
      match(2, 'position', 'for'),
      match(2, 'quote', 'verbatim'),
      match(7, 'fact', 'differs'),
      match(4, 'fact', 'agrees'),
    ]);
    expect(sentences.map((s) => [s.sentenceIndex, s.kind, s.matches.length])).toEqual([
      [2, 'quote', 2],
      [4, 'fact-agrees', 1],
      [7, 'fact-differs', 2],
    ]);
    expect(sentences[2]!.matches[0]!.verdict).toBe('differs');
  });

  it('gives nothing for no matches', () => {
    expect(matchedSentences([])).toEqual([]);
  });
});

describe('the per-site switch', () => {
  it('names a site by its host without www., and only for http(s) pages', () => {
    expect(siteOf('https://www.bbc.co.uk/news/uk-39359158')).toBe('bbc.co.uk');
    expect(siteOf('http://127.0.0.1:8080/pages/x')).toBe('127.0.0.1');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });

  it('keeps paused sites in the settings table and forgets them when resumed', async () => {
    const db = openDatabase(`site-settings-${Math.random()}`);
    expect(await isSitePaused(db, 'bbc.co.uk')).toBe(false);
    await setSitePaused(db, 'bbc.co.uk', true);
    await setSitePaused(db, 'reuters.com', true);
    expect(await isSitePaused(db, 'bbc.co.uk')).toBe(true);
    expect(await isSitePaused(db, 'theguardian.com')).toBe(false);
    expect(await isSitePaused(db, null)).toBe(false);
    expect(await pausedSites(db)).toEqual(['bbc.co.uk', 'reuters.com']);
    await setSitePaused(db, 'bbc.co.uk', false);
    expect(await isSitePaused(db, 'bbc.co.uk')).toBe(false);
    expect(await db.settings.count()).toBe(1);
    db.close();
  });
});

describe('matchLinks', () => {
  it('links a saved sentence to each item it matched, labelled as the popup labels them', () => {
    const items: MatchedItems = {
      facts: [{ id: 'fact-0-differs', sourceId: 's', passageId: 'p', subject: 'attack.killed', statement: 'Khalid Masood killed four people', quantities: [], entities: [] }],
      quotes: [{ id: 'quote-0-verbatim', sourceId: 's', passageIds: [], text: 'x'.repeat(100), speakerId: 'amber-rudd', speaker: 'Amber Rudd' }],
      positions: [{ id: 'position-0-against', propositionId: 'p', holderId: 'lord-paddick', holder: 'Lord Paddick', stance: 'against', quoteIds: [], sourceId: 's', summary: 'Calls it draconian' }],
      propositions: [],
      sources: [],
    };
    const links = matchLinks([match(0, 'fact', 'differs'), match(0, 'quote', 'verbatim'), match(0, 'position', 'against'), { ...match(0, 'fact', 'agrees'), itemId: 'gone' }], items);
    expect(links).toEqual([
      { kind: 'fact', itemId: 'fact-0-differs', label: 'Fact: Khalid Masood killed four people' },
      { kind: 'quote', itemId: 'quote-0-verbatim', label: `Amber Rudd: “${'x'.repeat(80)}…”` },
      { kind: 'position', itemId: 'position-0-against', label: 'Lord Paddick, against: Calls it draconian' },
    ]);
  });
});
