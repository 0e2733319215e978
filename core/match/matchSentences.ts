/**
 * Page sentences -> corpus items. Each sentence gets its candidates from the index and fuse.js scores only
 * those. Then, among the close candidates: the quote the sentence repeats (verbatim: a long run of its exact
 * words; paraphrase: a close match) with its speaker, and the positions that quote shows; and the facts whose
 * numbers the sentence agrees or differs with, compared on every source's value for the same subject.
 */
import type { SentenceMatch } from '../analysis';
import type { Fact, Position, Quantity, Quote } from '../corpus/model';
import type { TextSpan } from '../text/segment';
import { agesInSentence, agesOfTheOnlyOne, type StatedAge } from './agesInSentence';
import { retoldQuote, retoldShortQuote, retoldWords } from './retoldQuotes';
import { isEventDuration } from './eventDuration';
import { compareFact, type FactComparison } from './compareFact';
import { findCandidates } from './findCandidates';
import { termWeight, type MatchIndex, type MatchTarget } from './matchIndex';
import { paraphrasesQuote } from './paraphrasesQuote';
import { arrestCount, arrestedThenFate } from '../corpus/facts';
import type { Story } from '../story/model';
import { bundledStory } from '../story/bundledStory';
import { hasEveryGroup } from './hasTerm';
import { comparableUnit, extractQuantities, quantityPatterns } from '../text/quantities';
import { arrestOutcomes, deathToll, statedCountPatterns } from './statedCounts';
import { compileAtOnce } from '../text/compiledAtOnce';
import { MENTION_PATTERNS, type PersonMention } from './personMentions';
import { withinQuotation } from '../text/quotationRuns';
import { FRAGMENT_PATTERNS, quotedFragments, type SpeakerOfFragment } from './quotedFragments';
import { quotedWords, quotesVerbatim } from './quotesVerbatim';
import { scoreCandidates, type ScoredCandidate } from './scoreCandidates';
import { statedPositionPatterns, statedPositions, type PeopleBefore } from './statedPositions';
import { positionsArgued, positionsPressed } from './positionsArgued';
import { positionsShownByQuote } from './positionsShownByQuote';
import { EventInFocus } from './eventInFocus';
import { namesAnotherEvent } from './namesAnotherEvent';
import { PositionsInFocus } from './positionsInFocus';
import { peopleReadEnd, sentencePeople, type SentencePeople } from './sentencePeople';
import { SPEAKER_PATTERNS } from './speakerOf';
import { NAMED_SPEAKER_PATTERNS } from './namedSpeakers';
import { namedWords, sentenceFeatures } from './speaksOfProposition';
import { contentWords, stem } from '../text/terms';
import { round } from '../text/wording';

/** a sentence this close to a passage counts as a hit for topic detection */
const HIT_SCORE = 0.42;
/** a paraphrased quote, or a fact without a number to compare, needs this close a match */
const CLOSE_SCORE = 0.55;
/** reported speech attributed to the speaker needs only this much in common with the passage */
const PARAPHRASE_SCORE = 0.2;
/** candidates below this are not considered at all */
const MIN_SCORE = 0.1;
/** a fact whose numbers agree needs this much in common with the passage, or with the fact's own statement... */
const AGREEING_NUMBERS_SCORE = 0.2;
const STATEMENT_COVER = 0.5;
/** ...and one whose numbers differ this much, so that another event's toll is not read as a correction */
const DIFFERING_NUMBERS_SCORE = 0.35;
const MIN_SHARED_WORDS = 3;

/** a step of this many sentences or more has its patterns compiled to machine code first; a shorter one interprets them */
const COMPILED_STEP = 24;

export interface SentenceHit {
  sentenceIndex: number;
  target: MatchTarget;
  score: number;
}

export interface SentenceMatching {
  matches: SentenceMatch[];
  /** every sentence's closest target at HIT_SCORE or more, items or not: topic detection counts these */
  hits: SentenceHit[];
}

/**
 * A page's sentences matched in page order, in as many steps as the caller likes: the first screenful can be
 * shown while the rest is read. Each step may bring its own index, which must hold the terms of the sentences it
 * matches and the same corpus items as the others (a part of the stored index read for those sentences).
 */
export interface PageMatcher {
  /** matches the next sentences, up to `end` (exclusive) */
  matchThrough(index: MatchIndex, end: number): void;
  /** the matches of the sentences matched so far, without the headlines' quotes, which need the whole page */
  sofar(): SentenceMatching;
  /** the whole page's matching, once every sentence is matched */
  finish(index: MatchIndex): SentenceMatching;
}

/** `story`: its near misses and other events, whose numbers are not the story's. */
export function matchSentences(index: MatchIndex, sentences: readonly TextSpan[], pageDate?: string, story: Story = bundledStory): SentenceMatching {
  const matcher = pageMatcher(index, sentences, pageDate, story);
  matcher.matchThrough(index, sentences.length);
  return matcher.finish(index);
}

/** `items`: an index whose corpus items every step's index shares (the targets and postings are not read). */
export function pageMatcher(items: MatchIndex, sentences: readonly TextSpan[], pageDate?: string, story: Story = bundledStory): PageMatcher {
  const matches: SentenceMatch[] = [];
  const hits: SentenceHit[] = [];
  // the patterns the page's sentences will each be read with, compiled once (compiledAtOnce.ts) before a step long enough to pay for it
  let compiled = false;
  const compileForMany = () => {
    compiled = true;
    const pageText = sentences.map((s) => s.text).join(' ');
    const pageLower = pageText.toLowerCase();
    compileAtOnce(
      [
        ...SPEAKER_PATTERNS, ...NAMED_SPEAKER_PATTERNS, ...MENTION_PATTERNS, ...(QUOTATION_MARK.test(pageText) ? FRAGMENT_PATTERNS : []),
        ...quantityPatterns(pageLower), ...statedCountPatterns(pageLower), ...statedPositionPatterns(pageLower, items.corpus.propositions),
      ],
      pageText,
    );
  };
  const attackers = attackerNames(items);
  const events = new EventInFocus(sentences, story);
  // the people of the sentences matched so far: a first step reads them only as far as it needs
  let people: SentencePeople[] = [];
  const focus = new PositionsInFocus();
  const positions = new Map(items.corpus.positions.map((p) => [p.id, p]));
  const propositions = items.propositions;
  const headlines: SentenceContext[] = [];
  let matched = 0;

  function matchSentence(index: MatchIndex, span: TextSpan, sentenceIndex: number): void {
    const { folded, mentions, before, speaker, someoneSpeaks, quoted: quotedSpans } = people[sentenceIndex]!;
    const words = contentWords(span.text);
    if (words.length === 0) return;
    const { quantities, toll } = statedQuantities(span.text, attackers);
    const ages = quantities.some((q) => q.kind === 'age') ? agesOfTheOnlyOne(agesInSentence(span.text, index.people, mentions, before.named), span.text, index.ageFacts, index.people) : [];
    let features: string[] | undefined;
    const context: SentenceContext = {
      story, sentence: span.text, folded, sentenceIndex, words: new Set(words), quantities, ...(toll ? { toll } : {}), ages, pageDate, mentions, before, someoneSpeaks, speaker, quoted: quotedSpans,
      features: () => (features ??= sentenceFeatures(words, namedWords(folded, mentions))),
    };
    const scored =
      words.length < MIN_SHARED_WORDS
        ? []
        : scoreCandidates(index, span.text, words, findCandidates(index, words).map((c) => c.target), MIN_SHARED_WORDS)
            .filter((c) => c.score >= MIN_SCORE && c.sharedWords >= MIN_SHARED_WORDS)
            .sort((a, b) => b.score - a.score);
    const best = scored[0];
    if (best && best.score >= HIT_SCORE) hits.push({ sentenceIndex, target: index.targets[best.target]!, score: best.score });
    const close = quoteMatches(index, context, scored);
    // a sentence close to a quote that also repeats words of it cut short is a verbatim cut: "WhatsApp encryption 'completely unacceptable'"
    const closeIsParaphrase = close.some((m) => m.kind === 'quote' && m.verdict === 'paraphrase');
    const fragment = fragmentMatches(index, context, speaker);
    const quoted = closeIsParaphrase && fragment.some((m) => m.kind === 'quote' && m.verdict === 'verbatim') ? [] : close;
    // the quotes cut into quotation marks besides the one the sentence is close to: "…'completely unacceptable' while Johnson called it 'disgusting'"
    const closeIds = new Set(quoted.map((m) => m.itemId));
    const otherCuts = fragment.filter((m) => !closeIds.has(m.itemId));
    const cut = quoted.length > 0 ? (otherCuts.some((m) => m.kind === 'quote') ? otherCuts : []) : fragment.length > 0 ? fragment : retoldMatches(index, context, speaker);
    const linked = new Set([...quoted, ...cut].map((m) => m.itemId));
    const stated = positionsInWords(index, context).filter((m) => !linked.has(m.itemId));
    const linkedIds = new Set([...quoted, ...cut, ...stated].map((m) => m.itemId));
    const argued = speaker ? positionsArgued(index.corpus.positions, context, speaker, focus, propositions, linkedIds).map((position) => positionMatch(index, context, position)) : [];
    const pressed = linkedIds.size + argued.length === 0 ? positionsPressed(context, focus, speaker).map((position) => positionMatch(index, context, position)) : [];
    for (const m of [...quoted, ...cut, ...stated, ...argued, ...pressed]) if (m.kind === 'position') focus.note(positions.get(m.itemId)!, sentenceIndex);
    const facts = factMatches(index, context, scored);
    const aged = ageMatches(index, context, new Set(facts.map((f) => f.itemId)));
    const subjects = new Set([...facts, ...aged].map((m) => index.facts.get(m.itemId)!.subject));
    const counts = statedFactMatches(index, context, subjects);
    // "The attack killed seven people" after a paragraph on London Bridge: that attack's numbers, not the story's
    const elsewhere = facts.length + counts.length > 0 && events.elsewhere(sentenceIndex);
    const ofTheStory = (found: SentenceMatch[]) => (elsewhere ? found.filter((m) => index.facts.get(m.itemId)!.quantities.length === 0) : found);
    matches.push(...quoted, ...cut, ...stated, ...argued, ...pressed, ...ofTheStory(facts), ...aged, ...ofTheStory(counts));
    if ((sentenceIndex < HEADLINE_SENTENCES || isSubheading(span.text)) && QUOTATION_MARK.test(span.text) && !speaker && !someoneSpeaks && !quoted.length && !cut.some((m) => m.kind === 'quote')) headlines.push(context);
  }

  return {
    matchThrough(index, end) {
      if (!compiled && Math.min(end, sentences.length) - matched >= COMPILED_STEP) compileForMany();
      if (end > people.length) people = sentencePeople(sentences.slice(0, peopleReadEnd(sentences, end)), items.people);
      for (; matched < Math.min(end, sentences.length); matched++) matchSentence(index, sentences[matched]!, matched);
    },
    sofar: () => ({ matches: [...matches], hits: [...hits] }),
    finish(index) {
      if (matched < sentences.length) throw new Error(`only ${matched} of the page's ${sentences.length} sentences are matched`);
      return { matches: [...matches, ...headlineQuotes(index, headlines, matches)], hits };
    },
  };
}

interface SentenceContext {
  story: Story;
  sentence: string;
  sentenceIndex: number;
  words: Set<string>;
  quantities: Quantity[];
  /** the death toll among them, read for whom it counts */
  toll?: Quantity;
  /** the ages the sentence states, each with its person when the sentence makes it certain */
  ages: StatedAge[];
  pageDate: string | undefined;
  /** the sentence with curly quotes and dashes folded, as the people and position readers see it */
  folded: string;
  /** the corpus people the sentence names or describes */
  mentions: PersonMention[];
  /** who "she", "he" and "it" can be, and whom the sentence before named */
  before: PeopleBefore;
  /** the reporter's words say that someone speaks, whoever it is */
  someoneSpeaks: boolean;
  /** who speaks in the sentence, when the page says so */
  speaker: string | undefined;
  /** the spans of `folded` within quotation marks */
  quoted: ReadonlyArray<readonly [number, number]>;
  /** its features for the learned proposition words, read once when first asked for */
  features: () => readonly string[];
}

function matchBase(index: MatchIndex, context: SentenceContext, c: ScoredCandidate) {
  const t = index.targets[c.target]!;
  return { sentence: context.sentence, sentenceIndex: context.sentenceIndex, score: round(c.score, 3), passageId: t.passageId, sourceId: t.sourceId };
}

function quoteMatches(index: MatchIndex, context: SentenceContext, scored: ScoredCandidate[]): SentenceMatch[] {
  let found: { c: ScoredCandidate; quoteId: string; verdict: 'verbatim' | 'paraphrase' } | undefined;
  let sentenceWords: string[] | undefined;
  for (const c of scored) {
    for (const quoteId of index.targets[c.target]!.quoteIds) {
      const quote = index.quotes.get(quoteId)!;
      sentenceWords ??= quotedWords(context.sentence);
      if (quotesVerbatim(sentenceWords, index.quoteWords.get(quoteId)!)) {
        found = { c, quoteId, verdict: 'verbatim' };
        break;
      }
      if (!found && ((c.score >= CLOSE_SCORE && sharesWordsOf(context.words, index.quoteWords.get(quoteId)!)) || (c.score >= PARAPHRASE_SCORE && paraphrasesQuote(context.sentence, quote, index.people.get(quote.speakerId), (w) => termWeight(index, w))))) {
        found = { c, quoteId, verdict: 'paraphrase' };
      }
    }
    if (found?.verdict === 'verbatim') break;
  }
  if (!found) return [];
  const quote = index.quotes.get(found.quoteId)!;
  const base = matchBase(index, context, found.c);
  return [
    { ...base, kind: 'quote', itemId: quote.id, verdict: found.verdict, speaker: quote.speaker },
    ...positionsShownByQuote(index.positionsByQuote.get(quote.id) ?? [], context, index.propositions).map((position): SentenceMatch => ({
      ...base, kind: 'position', itemId: position.id, verdict: position.stance, speaker: position.holder,
    })),
  ];
}

/** a sentence close to a quote's passage repeats the quote only if it has two of the quote's own words ("Dear home secretary," has none) */
function sharesWordsOf(words: ReadonlySet<string>, quoteWords: readonly string[]): boolean {
  let n = 0;
  for (const w of new Set(quoteWords)) if (words.has(w) && ++n >= 2) return true;
  return false;
}

/**
 * A quote cut short in quotation marks, or a short sentence that is only the quote, given to its speaker only
 * when the sentence names them or the sentence before did; with the positions the quote shows.
 */
function fragmentMatches(index: MatchIndex, context: SentenceContext, speaker: string | undefined): SentenceMatch[] {
  const speakerOfFragment = (ids: readonly string[], at: number): string | undefined => {
    // the speaker the sentence names nearest the fragment: "Rudd said it was 'completely unacceptable' while Johnson called it 'disgusting'"
    const named = context.mentions.filter((m) => ids.includes(m.personId));
    if (named.length > 0) return named.reduce((a, b) => (fragmentDistance(a, at) <= fragmentDistance(b, at) ? a : b)).personId;
    if (speaker) return ids.includes(speaker) ? speaker : undefined;
    // someone the corpus does not know gives the words ("A Facebook spokesperson said…", "Critics called…")
    if (context.someoneSpeaks) return undefined;
    const known = ids.filter((id) => context.before.named.includes(id) || [...context.before.pronouns.values()].some((p) => p.personId === id));
    return known.length === 1 ? known[0] : undefined;
  };
  return fragmentLinks(index, context, speakerOfFragment);
}

/** The quotes the sentence cuts, each given to the one `speakerOf` names, with the positions they show, each once. */
function fragmentLinks(index: MatchIndex, context: SentenceContext, speakerOf: SpeakerOfFragment): SentenceMatch[] {
  const links = quotedFragments(context.sentence, index, speakerOf, (word) => isTopical(index, word)).flatMap((found) => quoteWithPositions(index, context, found.quote, found.verdict, found.within));
  return links.filter((m, i) => links.findIndex((o) => o.kind === m.kind && o.itemId === m.itemId) === i);
}

/** the page's headline and standfirst: the sentences before the story is told */
const HEADLINE_SENTENCES = 3;
/** a subheading further down: a few words standing alone, with no full stop ("'No place to hide'") */
const SUBHEADING_WORDS = 8;
function isSubheading(text: string): boolean {
  return !/[.!?:;,]["'\u2019\u201D]*\s*$/.test(text) && text.trim().split(/\s+/).length <= SUBHEADING_WORDS;
}
const QUOTATION_MARK = /["'\u2018\u2019\u201C\u201D]/;

/**
 * A headline cuts a quote and leaves its speaker to the story below: "WhatsApp should not be 'a place for
 * terrorists to hide'". The fragment is theirs when the page gives quotes to one of its possible speakers, and to
 * no other of them, elsewhere.
 */
function headlineQuotes(index: MatchIndex, headlines: readonly SentenceContext[], matches: readonly SentenceMatch[]): SentenceMatch[] {
  const quoted = matches.filter((m) => m.kind === 'quote').map((m) => ({ sentenceIndex: m.sentenceIndex, speakerId: index.quotes.get(m.itemId)!.speakerId }));
  const out: SentenceMatch[] = [];
  for (const context of headlines) {
    const speakers = new Set(quoted.filter((q) => q.sentenceIndex !== context.sentenceIndex).map((q) => q.speakerId));
    if (speakers.size === 0) continue;
    const speakerOf = (ids: readonly string[]) => {
      const onPage = ids.filter((id) => speakers.has(id));
      return onPage.length === 1 ? onPage[0] : undefined;
    };
    // a position the sentence already states in words is not linked twice
    const linked = new Set(matches.filter((m) => m.sentenceIndex === context.sentenceIndex).map((m) => m.itemId));
    out.push(...fragmentLinks(index, context, speakerOf).filter((m) => !linked.has(m.itemId)));
  }
  return out;
}

/** how far a name stands from a quoted fragment, a name after it ("…", said Rudd) counting a little more */
function fragmentDistance(mention: { start: number; end: number }, at: number): number {
  return mention.end <= at ? at - mention.end : mention.start - at + 10;
}

/** A quote found in the sentence, linked to its passage, with the positions the quotes `within` show. */
function quoteWithPositions(index: MatchIndex, context: SentenceContext, quote: Quote, verdict: 'verbatim' | 'paraphrase', within: readonly Quote[]): SentenceMatch[] {
  const base = { sentence: context.sentence, sentenceIndex: context.sentenceIndex, score: 1, passageId: quote.passageIds[0] ?? '', sourceId: quote.sourceId };
  const positions = new Map(within.flatMap((q) => positionsShownByQuote(index.positionsByQuote.get(q.id) ?? [], context, index.propositions)).map((p) => [p.id, p]));
  return [
    { ...base, kind: 'quote', itemId: quote.id, verdict, speaker: quote.speaker },
    ...[...positions.values()].map((position): SentenceMatch => ({ ...base, kind: 'position', itemId: position.id, verdict: position.stance, speaker: position.holder })),
  ];
}

/** A quote the sentence retells in its own words (retoldQuotes.ts), by a speaker it names or gives words to. */
function retoldMatches(index: MatchIndex, context: SentenceContext, speaker: string | undefined): SentenceMatch[] {
  // the one the sentence gives words to, when it says; else anyone it names ("WhatsApp is co-operating…")
  // nobody when the sentence gives the words to someone it cannot name ("Industry experts criticised Rudd's suggestion, saying…")
  const speakers = new Set(speaker ? [speaker] : context.someoneSpeaks ? [] : context.mentions.map((m) => m.personId));
  if (speakers.size === 0) return [];
  const theirs = [...speakers].flatMap((id) => index.quotesBySpeaker.get(id) ?? []);
  const quote = retoldQuote(retoldWords(context.sentence), theirs, (word) => isTopical(index, word)) ?? retoldShortQuote(context.folded, theirs);
  if (!quote) return [];
  const links = quoteWithPositions(index, context, quote, 'paraphrase', [quote]);
  // words retold are words said ("Rudd said there should be no safe space for terrorists…"); what she did or urged
  // in them ("…used appearances on BBC and Sky News to urge WhatsApp…") states her position, not her words
  return RETELLING.test(context.folded) ? links : links.filter((m) => m.kind === 'position');
}

/** a verb that retells words, or a quotation */
const RETELLING = /\b(?:said|says|say|saying|told|tell|tells|telling|stated|states|added|adds|wrote|writes|warned|warns|insisted|insists|argued|argues|claimed|claims|declared|explained|according to|accused|accuses|accuse|accusing|branded|brands|described|describes)\b|["\u201C]/i;

/** the words the propositions' cues are made of, stemmed as the sentence's words are, and each word's answer once found */
const topicalWords = new WeakMap<MatchIndex, { terms: string[]; known: Map<string, boolean> }>();
function isTopical(index: MatchIndex, word: string): boolean {
  let topical = topicalWords.get(index);
  if (!topical) {
    const cues = index.corpus.propositions.flatMap((p) => [...(p.cues ?? []).flat(), ...(p.againstCues ?? [])]);
    topical = { terms: [...new Set(cues.filter((c) => !/\s/.test(c.trim())).map((c) => stem(c.trim().toLowerCase())))], known: new Map() };
    topicalWords.set(index, topical);
  }
  let answer = topical.known.get(word);
  if (answer === undefined) {
    answer = topical.terms.some((t) => word.startsWith(t) || t.startsWith(word));
    if (topical.known.size < 10_000) topical.known.set(word, answer);
  }
  return answer;
}

/**
 * The sentence's numbers: what extractQuantities reads, with the death toll and the fate of those arrested read
 * as newspapers write them ("killed four pedestrians and a police officer" is five dead, not four).
 */
function statedQuantities(sentence: string, attackers: readonly string[]): { quantities: Quantity[]; toll?: Quantity } {
  const { toll, partial } = deathToll(sentence, attackers);
  const read = extractQuantities(sentence).flatMap((q): Quantity[] => {
    const unit = comparableUnit(q, sentence);
    if ((toll || partial) && /^count:(?:killed|pedestrians)$/.test(unit)) return [];
    // a duration counts only as the event's own length, not the lockdown's or the ambulance's
    if (q.kind === 'duration' && !isEventDuration(sentence, q.text)) return [];
    if (unit !== 'count:arrested') return [q];
    // "12 arrested have now been released": may be all who were arrested, so it may agree with the total, never differ
    if (arrestedThenFate(sentence, q.text)) return [{ ...q, agreeOnly: true }];
    // "Two women have been released on bail, … who was arrested": a count is of arrests only when the arrest is said of it
    return arrestCount(sentence, q.text) ? [q] : [];
  });
  return { quantities: [...read, ...(toll ? [toll] : []), ...arrestOutcomes(sentence)], ...(toll ? { toll } : {}) };
}

/** How the story names its attackers (people the data describes as "attacker"): a toll that counts one leaves him out. */
function attackerNames(index: MatchIndex): string[] {
  return [...index.people.values()]
    .filter((p) => p.descriptions?.includes('attacker'))
    .flatMap((p) => [p.name, p.name.split(' ').at(-1)!]);
}

/**
 * Facts whose subject the sentence speaks of by the story's cues ("WhatsApp" and "minutes before"), compared on
 * the number alone: newspapers state the toll or the WhatsApp timing in words no corpus passage shares. A
 * sentence that names another event (another attack, another row) is about that event, and is left alone.
 */
function statedFactMatches(index: MatchIndex, sentenceContext: SentenceContext, matched: ReadonlySet<string>): SentenceMatch[] {
  // only numbers read for what they count: "a jury of 11 men" in a sentence about a death is no toll
  const quantities = sentenceContext.quantities.filter((q) => q.kind !== 'count' || (q.unit === 'killed' ? q === sentenceContext.toll : q.unit !== 'people'));
  if (quantities.length === 0) return [];
  const context = { ...sentenceContext, quantities };
  const lower = context.sentence.toLowerCase();
  const out: SentenceMatch[] = [];
  let anotherEvent: boolean | undefined;
  for (const [subject, facts] of index.factsBySubject) {
    const cues = facts.find((f) => f.cues)?.cues;
    if (matched.has(subject) || !cues || !hasEveryGroup(lower, cues)) continue;
    anotherEvent ??= namesAnotherEvent(context.sentence, context.story);
    if (anotherEvent) return [];
    const judged = judgeFact(index, facts[0]!, context);
    if (judged.comparison) out.push(judgedFactMatch(context, judged.fact, judged.comparison, 1));
  }
  return out;
}

/** A fact match read from the sentence's own numbers, not from a close passage. */
function judgedFactMatch(context: SentenceContext, fact: Fact, comparison: FactComparison, score: number): SentenceMatch {
  return {
    sentence: context.sentence,
    sentenceIndex: context.sentenceIndex,
    score,
    passageId: fact.passageId,
    sourceId: fact.sourceId,
    kind: 'fact',
    itemId: fact.id,
    verdict: comparison.verdict,
    ...comparedValues(comparison),
  };
}

/** Positions the sentence states in its own words, linked to the passage of the holder's first quote. */
function positionsInWords(index: MatchIndex, context: SentenceContext): SentenceMatch[] {
  // "Downing Street weighed in: 'What the home secretary said is…'": one named within the quotation of another is spoken of
  const outside = context.mentions.filter((m) => !withinQuotation(m, context.quoted));
  const mentions = outside.length > 0 ? outside : context.mentions;
  return statedPositions(context.folded, mentions, index.corpus.propositions, index.positionsByProposition, context.before, index.people, context.speaker, context.features).map((position) => positionMatch(index, context, position));
}

/** A position match linked to the passage of the holder's first quote. */
function positionMatch(index: MatchIndex, context: SentenceContext, position: Position): SentenceMatch {
  const quote = index.quotes.get(position.quoteIds[0]!);
  return {
    sentence: context.sentence, sentenceIndex: context.sentenceIndex, score: 1, kind: 'position', itemId: position.id, verdict: position.stance, speaker: position.holder,
    passageId: quote?.passageIds[0] ?? '', sourceId: position.sourceId,
  };
}

function factMatches(index: MatchIndex, context: SentenceContext, scored: ScoredCandidate[]): SentenceMatch[] {
  const out: SentenceMatch[] = [];
  const seen = new Set<string>();
  let otherEvent: boolean | undefined;
  for (const c of scored) {
    const judged = index.targets[c.target]!.factIds.map((id) => {
      const fact = index.facts.get(id)!;
      const close = c.score >= AGREEING_NUMBERS_SCORE || statementCover(index, fact, context.words) >= STATEMENT_COVER;
      return { close, ...judgeFact(index, fact, context) };
    });
    // A sentence that agrees with one number of a passage is about the same event, so its other numbers may differ.
    const sameEvent = c.score >= DIFFERING_NUMBERS_SCORE || judged.some((j) => j.close && j.comparison?.verdict === 'agrees');
    for (const { fact, comparison, close } of judged) {
      if (seen.has(fact.subject)) continue;
      const base = matchBase(index, context, c);
      // a difference is shown only when the sentence is surely about this event: "the Nice attack killed 86" is not
      if (comparison && close && (comparison.verdict === 'agrees' || (sameEvent && !(otherEvent ??= namesAnotherEvent(context.sentence, context.story))))) {
        seen.add(fact.subject);
        out.push({ ...base, kind: 'fact', itemId: fact.id, verdict: comparison.verdict, ...comparedValues(comparison) });
      } else if (!comparison && fact.quantities.length === 0 && c.score >= CLOSE_SCORE) {
        seen.add(fact.subject);
        out.push({ ...base, kind: 'fact', itemId: fact.id, verdict: 'agrees' });
      }
    }
  }
  return out;
}

/**
 * "Khalid Masood, 52, mowed down pedestrians…" shares a name and a number with "Masood, 52, had been using
 * WhatsApp…" and little else, so ages are looked up by the person the sentence gives an age to, not by words.
 */
function ageMatches(index: MatchIndex, context: SentenceContext, matched: Set<string>): SentenceMatch[] {
  if (!context.ages.some((a) => a.personId)) return [];
  const out: SentenceMatch[] = [];
  const seen = new Set([...matched].map((id) => index.facts.get(id)!.subject));
  for (const fact of index.ageFacts) {
    if (seen.has(fact.subject)) continue;
    const judged = judgeFact(index, fact, context);
    if (!judged.comparison) continue;
    seen.add(fact.subject);
    out.push(judgedFactMatch(context, judged.fact, judged.comparison, round(statementCover(index, judged.fact, context.words), 3)));
  }
  return out;
}

/** Share of a fact's own statement words the sentence has: "Masood used WhatsApp a couple of minutes before the attack". */
function statementCover(index: MatchIndex, fact: Fact, words: Set<string>): number {
  const statement = index.statementWords.get(fact.id)!;
  if (statement.size === 0) return 0;
  let n = 0;
  for (const w of statement) if (words.has(w)) n++;
  return n / statement.size;
}

/**
 * Compares the sentence with every fact on the same subject (the sources may disagree, as the seeds do on
 * when Masood used WhatsApp) and keeps the one it agrees with, else the first it differs from.
 */
function judgeFact(index: MatchIndex, fact: Fact, context: SentenceContext): { fact: Fact; comparison?: FactComparison } {
  let differing: { fact: Fact; comparison: FactComparison } | undefined;
  for (const candidate of [fact, ...(index.factsBySubject.get(fact.subject) ?? []).filter((f) => f.id !== fact.id)]) {
    const comparison = compareFact(candidate, context.sentence, context.quantities, context.pageDate, context.ages);
    if (comparison?.verdict === 'agrees') return { fact: candidate, comparison };
    if (comparison && !differing) differing = { fact: candidate, comparison };
  }
  return differing ?? { fact };
}

/** the values a fact match shows: both sides of a difference, or what agreed with what */
function comparedValues(comparison: FactComparison): Pick<SentenceMatch, 'differences' | 'agreement'> {
  if (comparison.differences.length) return { differences: comparison.differences };
  return comparison.agreement ? { agreement: comparison.agreement } : {};
}


