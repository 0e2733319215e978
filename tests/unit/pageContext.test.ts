/**
 * The popup's context for real pages, analysed against the seed corpus: what a reader would check in each
 * section (values beside values with dates, who said it where, the side the page leaves out).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/analyzePage';
import { hideDismissed, withoutDismissedMatches } from '../../core/context/hideDismissed';
import { buildPageContext, type PageContext } from '../../core/context/pageContext';
import type { Corpus } from '../../core/corpus/model';
import { buildMatchIndex, type MatchIndex } from '../../core/match/matchIndex';
import { buildTabResult } from '../../core/tabResult';
import { fixtureText } from './analyzeFixtures';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';
import { positionOf, quoteBy } from './seedItems';

let corpus: Corpus;
let index: MatchIndex;
let ruddMarr: string;
let ruddPosition: string;
let paddickPosition: string;
beforeAll(() => {
  corpus = loadSeedCorpusFromDisk();
  index = buildMatchIndex(corpus);
  ruddMarr = quoteBy(corpus, 'Amber Rudd', 'It is completely unacceptable').id;
  ruddPosition = positionOf(corpus, 'Amber Rudd', ACCESS).id;
  paddickPosition = positionOf(corpus, 'Lord Paddick', ACCESS).id;
});

const ACCESS = 'state-access-to-encrypted-messages';

const contextOf = (split: 'devset' | 'heldout', prefix: string, published?: string): PageContext => {
  const input = { ...fixtureText(split, prefix), ...(published ? { published } : {}) };
  return buildPageContext(analyzePage(input, index), corpus);
};

describe('quotes', () => {
  it('gives the speaker, role, venue and date of a quote the page carries, verbatim', () => {
    const context = contextOf('devset', '013-'); // Reuters: Rudd on the Andrew Marr Show
    const marr = context.quotes.find((q) => q.speaker === 'Amber Rudd' && /no place for terrorists to hide/.test(q.text));
    expect(marr).toMatchObject({ role: 'Home Secretary', venue: "BBC One's Andrew Marr Show", date: '2017-03-26', verdict: 'verbatim' });
    expect(marr!.sentences.length).toBeGreaterThanOrEqual(3);
    expect(marr!.sentences.map((s) => s.text).join(' ')).toMatch(/intelligence services have the ability/);
  });

  it('lists what the same person said elsewhere in the corpus that the page does not carry', () => {
    const context = contextOf('devset', '013-');
    const rudd = context.elsewhere.find((s) => s.speaker === 'Amber Rudd');
    expect(rudd?.quotes.map((q) => q.venue)).toContain("Sky News's Sophy Ridge on Sunday");
    expect(rudd?.quotes.map((q) => q.text)).toContain('calling time on terrorists using social media as their platform');
    expect(rudd?.quotes.every((q) => q.sentences.length === 0 && q.verdict === undefined)).toBe(true);
    // the headline's words are part of the interview answer the page carries: not listed as something else she said
    expect(rudd?.quotes.map((q) => q.text)).not.toContain('no place for terrorists to hide');
    expect(context.elsewhere.some((s) => s.speaker === 'Lord Paddick')).toBe(false); // the page does not quote him
  });
});

describe('positions', () => {
  it('puts the critic first when the page quotes only the Home Secretary', () => {
    const context = contextOf('devset', '013-');
    const access = context.propositions[0]!;
    expect(access.id).toBe(ACCESS);
    expect(access.pageStances).toEqual(['for']);
    expect(access.leftOut.map((p) => p.holder)).toEqual(['Lord Paddick']);
    // the fullest of his quotes, not the single word
    expect(access.leftOut[0]!.quote?.text).toMatch(/^These terrorists want to destroy our freedoms.*draconian laws/);
    expect(access.leftOut[0]!.role).toBe('Liberal Democrat home affairs spokesman');
    expect(access.leftOutNote).toBe('This page quotes the Home Secretary, Amber Rudd; it quotes no critic');
    expect(access.for[0]).toMatchObject({ holder: 'Amber Rudd', onPage: true });
    expect(access.for.slice(1).map((p) => [p.holder, p.onPage])).toEqual(expect.arrayContaining([['Rob Wainwright', false], ['Yvette Cooper', false]]));
    expect(access.against.map((p) => [p.holder, p.onPage])).toEqual([['Lord Paddick', false]]);
  });

  it('argues no proposition on a page of attack facts only', () => {
    expect(contextOf('devset', '009-').propositions).toEqual([]);
  });
});

describe('facts', () => {
  it('shows a later development beside the corpus value, with both dates', () => {
    const context = contextOf('devset', '006-', '2018-10-04'); // The Guardian at the inquest: "killed five people"
    const killed = context.facts.find((f) => f.subject === 'attack.killed');
    expect(killed).toMatchObject({ verdict: 'differs', corpusValue: 'four people', asOf: '2017-03-26' });
    expect(killed!.differences[0]).toMatchObject({ page: 'five people', corpus: 'four people', corpusAsOf: '2017-03-26', pageAsOf: '2018-10-04' });
    expect(context.facts.find((f) => f.subject === 'attack.duration')?.verdict).toBe('agrees');
    expect(context.facts[0]!.subject).toBe('attack.killed'); // the difference comes first
  });

  it('shows both sources’ values where they disagree on something the page states, and which one the page agrees with', () => {
    const context = contextOf('devset', '009-'); // "used WhatsApp just two minutes before"
    const timing = context.facts.find((f) => f.subject === 'attacker.whatsapp-timing')!;
    const discrepancy = context.discrepancies.find((d) => d.id === timing.discrepancyId)!;
    expect(discrepancy.values.map((v) => [v.value, v.asOf])).toEqual([
      ['the seconds before', '2017-03-26'],
      ['a couple of minutes before', '2017-03-29'],
    ]);
    expect(discrepancy.values[0]!.source.title).toMatch(/no place for terrorists to hide/);
    expect(discrepancy.values[0]!.source.dateBasis).toMatch(/last Wednesday/);
    expect(discrepancy.pageAgreesWith).toBe(timing.itemId);
    expect(timing.corpusValue).toBe('a couple of minutes before');
  });

  it('counts the page’s matching sentences as the badge does', () => {
    const analysis = analyzePage(fixtureText('devset', '010-'), index);
    const result = buildTabResult(7, analysis, corpus);
    expect(result.context.matchCount).toBe(new Set(analysis.matches.map((m) => m.sentenceIndex)).size);
    expect(result.context.matchCount).toBeGreaterThan(3);
  });
});

describe('not relevant', () => {
  it('hides a dismissed quote, counts its sentences only while something else still matches them, and keeps the rest', () => {
    const context = contextOf('devset', '013-');
    const hidden = hideDismissed(context, new Set([ruddMarr]));
    expect(hidden.quotes.map((q) => q.itemId)).not.toContain(ruddMarr);
    expect(hidden.facts).toEqual(context.facts);
    expect(hidden.matchCount).toBe(context.matchCount); // Rudd's position still matches the same sentences
    expect(hideDismissed(context, new Set([ruddMarr, ruddPosition])).matchCount).toBe(new Set(context.facts.flatMap((f) => f.sentences.map((s) => s.index))).size); // one sentence may hold two facts
    expect(hidden.elsewhere.some((s) => s.speaker === 'Amber Rudd')).toBe(false);
  });

  it('paints and counts on the page what the popup still shows', () => {
    const analysis = analyzePage(fixtureText('devset', '013-'), index);
    const context = buildPageContext(analysis, corpus);
    for (const dismissed of [[ruddMarr], [ruddMarr, ruddPosition], [context.facts[0]!.itemId]]) {
      const shown = withoutDismissedMatches(analysis, new Set(dismissed));
      expect(shown.matches.some((m) => dismissed.includes(m.itemId))).toBe(false);
      expect(new Set(shown.matches.map((m) => m.sentenceIndex)).size).toBe(hideDismissed(context, new Set(dismissed)).matchCount);
    }
  });

  it('drops a proposition once the page’s own position on it is dismissed', () => {
    const context = contextOf('devset', '013-');
    expect(hideDismissed(context, new Set([ruddPosition])).propositions).toEqual([]);
    expect(hideDismissed(context, new Set([paddickPosition])).propositions[0]?.leftOutNote).toBe('');
  });
});
