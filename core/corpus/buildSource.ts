/**
 * One source document -> its passages, facts, quotes and the people it names. Pure: the same document always
 * gives the same items with the same ids.
 */
import type { Fact, Passage, Person, Quote, Source, SourceOrigin } from './model';
import { attributeQuotes } from './attributeQuotes';
import { extractFacts } from './facts';
import { contentId } from './ids';
import { splitParagraphs } from './paragraphs';
import { splitPassages } from './passages';
import { findPeople } from './people';
import { findQuotedSpans, type QuotedSpan } from './quotedSpans';
import { blankQuotes } from './blankQuotes';
import { unwrapHardWrappedLines } from '../text/unwrapHardWrappedLines';
import { bundledStory } from '../story/bundledStory';
import { corpusWording, type CorpusWording } from './corpusWording';

/** A document as it reaches the builder: a seed file, a pack entry or an extracted page. */
export interface SourceDocument {
  text: string;
  origin: SourceOrigin;
  title?: string;
  titleBasis?: string;
  publisher?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) */
  date?: string;
  dateBasis?: string;
  /** ms since epoch; seeds use 0 so that rebuilding them gives identical rows */
  addedAt?: number;
}

export interface SourceBuild {
  source: Source;
  passages: Passage[];
  facts: Fact[];
  quotes: Quote[];
  people: Person[];
}

const MAX_HEADLINE = 160;

/** `wording`: the story's, from its story file (the build's own unless a test names another). */
export function buildSource(doc: SourceDocument, wording: CorpusWording = corpusWording(bundledStory)): SourceBuild {
  const text = doc.text.replace(/\r\n?/g, '\n');
  const sourceId = contentId('s', text);
  // wire copy wrapped at ~65 characters is read as running text (same length, so offsets hold for `text`)
  const read = unwrapHardWrappedLines(text);
  const paragraphs = splitParagraphs(read);
  const passages = splitPassages(sourceId, read);
  const quoted = findQuotedSpans(paragraphs);
  const found = findPeople(read, passages, quoted, wording.notNames);
  const attribution = attributeQuotes(read, paragraphs, passages, quoted, found, wording);
  const people = new Map(found.people);
  for (const org of attribution.organisations) if (!people.has(org.id)) people.set(org.id, org);

  const source: Source = {
    id: sourceId,
    title: doc.title ?? headline(paragraphs[0]?.text) ?? firstWords(text),
    ...(doc.title === undefined && headline(paragraphs[0]?.text) === undefined ? { titleBasis: 'the document has no headline: its first words' } : {}),
    ...(doc.titleBasis ? { titleBasis: doc.titleBasis } : {}),
    ...(doc.publisher ? { publisher: doc.publisher } : {}),
    ...(doc.url ? { url: doc.url } : {}),
    ...(doc.date ? { date: doc.date } : {}),
    ...(doc.dateBasis ? { dateBasis: doc.dateBasis } : {}),
    text,
    origin: doc.origin,
    addedAt: doc.addedAt ?? 0,
  };

  const quotes: Quote[] = attribution.quotes.map(({ span, speakerId, venue }) => {
    const speaker = people.get(speakerId)!;
    return {
      id: contentId('q', sourceId, span.start, span.text),
      sourceId,
      passageIds: passagesOf(span, passages),
      text: span.text,
      speakerId,
      speaker: speaker.name,
      ...(speaker.role ? { role: speaker.role } : {}),
      ...(venue ? { venue } : {}),
      ...(doc.date ? { date: doc.date } : {}),
    };
  });

  const narration = blankQuotes(read, quoted);
  const facts = extractFacts(passages, { sourceId, ...(doc.date ? { asOf: doc.date } : {}), narration, people, mentions: found.mentions, wording });
  return { source, passages, facts, quotes, people: [...people.values()].map((p) => ({ ...p, sourceIds: [sourceId] })) };
}

/** A first paragraph with no closing punctuation is the headline. */
function headline(first: string | undefined): string | undefined {
  if (!first || first.length > MAX_HEADLINE || /[.!?:"\u201D]$/.test(first)) return undefined;
  return first;
}

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).slice(0, 12).join(' ');
  return words.length < text.trim().length ? `${words}\u2026` : words;
}

function passagesOf(span: QuotedSpan, passages: readonly Passage[]): string[] {
  return passages.filter((p) => span.pieces.some((piece) => piece.start < p.end && piece.end > p.start)).map((p) => p.id);
}
