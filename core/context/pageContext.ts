/**
 * What the popup shows about a page, worked out once when the page is analysed: the facts it states (agreeing or
 * differing with the corpus, and where the sources disagree among themselves), the quotes it carries with
 * what else the same people said, and, per proposition the page argues, who is for and against, with the
 * counter-positions the page leaves out first. Pure: the popup only renders it.
 */
import type { MatchVerdict, PageAnalysis, SentenceMatch, ValueDifference } from '../analysis';
import type { Corpus, Fact, Person, Position, Quote, Source, Stance } from '../corpus/model';
import { normalizeForMatch } from '../text/normalize';
import { sourceRefOf, type SourceRef } from './sourceRef';
import { listPhrase } from '../text/wording';

export type { SourceRef };


/** A sentence of the page, by its index in the page's sentence list (what scrollToMatch takes). */
export interface PageSentence {
  index: number;
  text: string;
}

/** Where an item can be read in its source. */
export interface ItemOrigin {
  source: SourceRef;
  passageIds: string[];
}

export interface FactEntry extends ItemOrigin {
  itemId: string;
  subject: string;
  statement: string;
  verdict: 'agrees' | 'differs';
  /** the corpus value in the source's words ("82 seconds"), when the fact has a number */
  corpusValue?: string;
  /** the fact's date (its source's), so a later development reads as a change */
  asOf?: string;
  /** page value beside corpus value, with both dates, when the page differs */
  differences: ValueDifference[];
  /** the page's own words for the value it agrees on ("just two minutes before"), when it agrees */
  pageValue?: string;
  sentences: PageSentence[];
  /** set when sources disagree on this fact's subject */
  discrepancyId?: string;
}

export interface DiscrepancyValue extends ItemOrigin {
  factId: string;
  value: string;
  statement: string;
  asOf?: string;
}

/** Sources that disagree among themselves on something the page states. */
export interface DiscrepancyEntry {
  id: string;
  subject: string;
  values: DiscrepancyValue[];
  /** the fact the page sides with, if it agrees with one of them */
  pageAgreesWith?: string;
}

/** A quote as the corpus has it (role filled in from the speaker when the quote has none), where the page carries it. */
export interface QuoteEntry extends ItemOrigin, Pick<Quote, 'text' | 'speakerId' | 'speaker' | 'role' | 'venue' | 'date'> {
  itemId: string;
  /** verbatim when any page sentence repeats the words exactly; empty for corpus quotes the page does not carry */
  verdict?: 'verbatim' | 'paraphrase';
  sentences: PageSentence[];
}

/** Quotes by people the page quotes that the page itself does not carry. */
export interface SpeakerElsewhere {
  speakerId: string;
  speaker: string;
  role?: string;
  quotes: QuoteEntry[];
}

export interface PositionEntry extends ItemOrigin {
  itemId: string;
  holderId: string;
  holder: string;
  role?: string;
  stance: Stance;
  summary: string;
  /** the words that show the stance: the longest of its quotes */
  quote?: { id: string; text: string; venue?: string; date?: string };
  onPage: boolean;
  sentences: PageSentence[];
}

export interface PropositionEntry {
  id: string;
  text: string;
  /** the sides the page presents */
  pageStances: Stance[];
  /** positions against a side the page presents, held by no one the page quotes: shown first */
  leftOut: PositionEntry[];
  /** "This page quotes the Home Secretary, Amber Rudd; it quotes no critic" (empty when nothing is left out) */
  leftOutNote: string;
  for: PositionEntry[];
  against: PositionEntry[];
}

export interface PageContext {
  /** distinct page sentences that match (what the badge counts) */
  matchCount: number;
  facts: FactEntry[];
  discrepancies: DiscrepancyEntry[];
  quotes: QuoteEntry[];
  elsewhere: SpeakerElsewhere[];
  propositions: PropositionEntry[];
}

export type ContextCorpus = Pick<Corpus, 'sources' | 'facts' | 'quotes' | 'people' | 'propositions' | 'positions' | 'discrepancies'>;

export function buildPageContext(analysis: PageAnalysis, corpus: ContextCorpus): PageContext {
  const lookup = corpusLookup(corpus);
  const byItem = groupMatches(analysis.matches);

  const facts: FactEntry[] = [];
  const quotes: QuoteEntry[] = [];
  const pagePositions = new Map<string, SentenceMatch[]>();
  for (const [itemId, matches] of byItem) {
    const kind = matches[0]!.kind;
    if (kind === 'fact') {
      const fact = lookup.facts.get(itemId);
      if (fact) facts.push(factEntry(fact, matches, lookup));
    } else if (kind === 'quote') {
      const quote = lookup.quotes.get(itemId);
      if (quote) quotes.push(quoteEntry(quote, matches, lookup));
    } else {
      pagePositions.set(itemId, matches);
    }
  }

  const discrepancies = pageDiscrepancies(facts, corpus, lookup);
  for (const fact of facts) fact.discrepancyId = discrepancies.find((d) => d.subject === fact.subject)?.id;

  return {
    matchCount: new Set(analysis.matches.map((m) => m.sentenceIndex)).size,
    // a difference is what the reader most needs to see
    facts: facts.sort((a, b) => Number(b.verdict === 'differs') - Number(a.verdict === 'differs') || byFirstSentence(a, b)),
    discrepancies,
    quotes: quotes.sort(byFirstSentence),
    elsewhere: speakersElsewhere(quotes, corpus, lookup),
    propositions: pagePropositions(pagePositions, corpus, lookup),
  };
}

interface Lookup {
  facts: Map<string, Fact>;
  quotes: Map<string, Quote>;
  people: Map<string, Person>;
  sources: Map<string, Source>;
}

function corpusLookup(corpus: ContextCorpus): Lookup {
  return {
    facts: new Map(corpus.facts.map((f) => [f.id, f])),
    quotes: new Map(corpus.quotes.map((q) => [q.id, q])),
    people: new Map(corpus.people.map((p) => [p.id, p])),
    sources: new Map(corpus.sources.map((s) => [s.id, s])),
  };
}

function groupMatches(matches: readonly SentenceMatch[]): Map<string, SentenceMatch[]> {
  const byItem = new Map<string, SentenceMatch[]>();
  for (const m of matches) byItem.set(m.itemId, [...(byItem.get(m.itemId) ?? []), m]);
  return byItem;
}

function sentencesOf(matches: readonly SentenceMatch[]): PageSentence[] {
  const seen = new Map<number, PageSentence>();
  for (const m of matches) if (!seen.has(m.sentenceIndex)) seen.set(m.sentenceIndex, { index: m.sentenceIndex, text: m.sentence });
  return [...seen.values()].sort((a, b) => a.index - b.index);
}

function byFirstSentence(a: { sentences: PageSentence[] }, b: { sentences: PageSentence[] }): number {
  return (a.sentences[0]?.index ?? Infinity) - (b.sentences[0]?.index ?? Infinity);
}

function sourceRef(sourceId: string, lookup: Lookup): SourceRef {
  return sourceRefOf(sourceId, lookup.sources);
}

function valueOf(fact: Fact): string | undefined {
  return fact.quantities.length ? fact.quantities.map((q) => q.text).join(', ') : undefined;
}

function factEntry(fact: Fact, matches: SentenceMatch[], lookup: Lookup): FactEntry {
  const differing = matches.filter((m) => m.verdict === 'differs');
  const corpusValue = valueOf(fact);
  const pageValue = differing.length ? undefined : matches.find((m) => m.agreement)?.agreement?.page;
  return {
    itemId: fact.id,
    subject: fact.subject,
    statement: fact.statement,
    verdict: differing.length ? 'differs' : 'agrees',
    ...(corpusValue ? { corpusValue } : {}),
    ...(pageValue ? { pageValue } : {}),
    ...(fact.asOf ? { asOf: fact.asOf } : {}),
    differences: differing.flatMap((m) => m.differences ?? []),
    sentences: sentencesOf(matches),
    source: sourceRef(fact.sourceId, lookup),
    passageIds: [fact.passageId],
  };
}

function quoteEntry(quote: Quote, matches: SentenceMatch[], lookup: Lookup): QuoteEntry {
  const person = lookup.people.get(quote.speakerId);
  const role = quote.role ?? person?.role;
  const verdict: MatchVerdict | undefined = matches.length === 0 ? undefined : matches.some((m) => m.verdict === 'verbatim') ? 'verbatim' : 'paraphrase';
  return {
    itemId: quote.id,
    text: quote.text,
    speakerId: quote.speakerId,
    speaker: quote.speaker,
    ...(role ? { role } : {}),
    ...(quote.venue ? { venue: quote.venue } : {}),
    ...(quote.date ? { date: quote.date } : {}),
    ...(verdict ? { verdict } : {}),
    sentences: sentencesOf(matches),
    source: sourceRef(quote.sourceId, lookup),
    passageIds: quote.passageIds,
  };
}

/** Discrepancies on the subjects of the page's facts, with every source's value. */
function pageDiscrepancies(facts: FactEntry[], corpus: ContextCorpus, lookup: Lookup): DiscrepancyEntry[] {
  const subjects = new Map(facts.map((f) => [f.subject, f]));
  return corpus.discrepancies
    .filter((d) => subjects.has(d.subject))
    .map((d) => {
      const pageFact = subjects.get(d.subject)!;
      const values = d.factIds.flatMap((factId, i): DiscrepancyValue[] => {
        const fact = lookup.facts.get(factId);
        if (!fact) return [];
        return [{
          factId,
          value: d.values[i] ?? valueOf(fact) ?? fact.statement,
          statement: fact.statement,
          ...(fact.asOf ? { asOf: fact.asOf } : {}),
          source: sourceRef(fact.sourceId, lookup),
          passageIds: [fact.passageId],
        }];
      });
      values.sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '')); // earlier report first
      const sides = pageFact.verdict === 'agrees' && values.some((v) => v.factId === pageFact.itemId);
      return { id: d.id, subject: d.subject, values, ...(sides ? { pageAgreesWith: pageFact.itemId } : {}) };
    });
}

/**
 * For each person the page quotes, the corpus quotes of theirs the page does not carry. A quote whose words are
 * part of a longer one by the same person (a headline's "no place for terrorists to hide" inside the interview
 * answer) is not news to the reader and is left out.
 */
function speakersElsewhere(pageQuotes: QuoteEntry[], corpus: ContextCorpus, lookup: Lookup): SpeakerElsewhere[] {
  const onPage = new Set(pageQuotes.map((q) => q.itemId));
  const speakers = [...new Map(pageQuotes.map((q) => [q.speakerId, q])).values()];
  return speakers
    .map((q) => {
      const theirs = corpus.quotes.filter((c) => c.speakerId === q.speakerId);
      const partOfAnother = (c: Quote) => theirs.some((o) => o.id !== c.id && o.text.length > c.text.length && normalizeForMatch(o.text).includes(normalizeForMatch(c.text)));
      return {
        speakerId: q.speakerId,
        speaker: q.speaker,
        ...(q.role ? { role: q.role } : {}),
        quotes: theirs.filter((c) => !onPage.has(c.id) && !partOfAnother(c)).map((c) => quoteEntry(c, [], lookup)),
      };
    })
    .filter((s) => s.quotes.length > 0);
}

function positionEntry(position: Position, matches: SentenceMatch[], lookup: Lookup): PositionEntry {
  const role = lookup.people.get(position.holderId)?.role;
  // the fullest of the quotes that show the stance: "draconian" alone says less than the sentence it came from
  const quote = position.quoteIds
    .map((id) => lookup.quotes.get(id))
    .filter((q) => q !== undefined)
    .sort((a, b) => b.text.length - a.text.length)[0];
  return {
    itemId: position.id,
    holderId: position.holderId,
    holder: position.holder,
    ...(role ? { role } : {}),
    stance: position.stance,
    summary: position.summary,
    ...(quote ? { quote: { id: quote.id, text: quote.text, ...(quote.venue ? { venue: quote.venue } : {}), ...(quote.date ? { date: quote.date } : {}) } } : {}),
    onPage: matches.length > 0,
    sentences: sentencesOf(matches),
    source: sourceRef(position.sourceId, lookup),
    passageIds: quote?.passageIds ?? [],
  };
}

const OPPOSITE: Record<Stance, Stance> = { for: 'against', against: 'for' };
const SIDE_NAME: Record<Stance, string> = { for: 'supporter', against: 'critic' };

/** Each proposition the page argues: every position on it, and the other side when the page presents only one. */
function pagePropositions(pagePositions: Map<string, SentenceMatch[]>, corpus: ContextCorpus, lookup: Lookup): PropositionEntry[] {
  const positionsById = new Map(corpus.positions.map((p) => [p.id, p]));
  const argued = new Set([...pagePositions.keys()].map((id) => positionsById.get(id)?.propositionId).filter((id) => id !== undefined));
  return corpus.propositions
    .filter((p) => argued.has(p.id))
    .map((proposition) => {
      const entries = corpus.positions
        .filter((p) => p.propositionId === proposition.id)
        .map((p) => positionEntry(p, pagePositions.get(p.id) ?? [], lookup));
      const onPage = entries.filter((e) => e.onPage);
      const pageStances = [...new Set(onPage.map((e) => e.stance))];
      const quotedHolders = new Set(onPage.map((e) => e.holderId));
      const leftOut = entries.filter((e) => !e.onPage && !pageStances.includes(e.stance) && !quotedHolders.has(e.holderId) && pageStances.includes(OPPOSITE[e.stance]));
      const order = (a: PositionEntry, b: PositionEntry) => Number(b.onPage) - Number(a.onPage) || byFirstSentence(a, b);
      return {
        id: proposition.id,
        text: proposition.text,
        pageStances,
        leftOut,
        leftOutNote: leftOut.length ? leftOutNote(onPage, leftOut) : '',
        for: entries.filter((e) => e.stance === 'for').sort(order),
        against: entries.filter((e) => e.stance === 'against').sort(order),
      };
    })
    .sort((a, b) => b.leftOut.length - a.leftOut.length);
}

function leftOutNote(onPage: PositionEntry[], leftOut: PositionEntry[]): string {
  const quoted = [...new Map(onPage.map((e) => [e.holderId, e])).values()].map(personPhrase);
  const missing = [...new Set(leftOut.map((e) => SIDE_NAME[e.stance]))];
  return `This page quotes ${listPhrase(quoted)}; it quotes no ${missing.join(' or ')}`;
}

/** "the Home Secretary, Amber Rudd" */
function personPhrase(e: { holder: string; role?: string }): string {
  return e.role ? `the ${e.role}, ${e.holder}` : e.holder;
}


