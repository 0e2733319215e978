/**
 * The corpus model: what Crosscheck knows about the story, built from source documents.
 * Pure data, stored by storage/ (one Dexie table per entity) and read by the matcher and the popup.
 * Ids are stable strings derived from content (see idFor in the builder), so re-building a source
 * gives the same ids and seed loading stays idempotent.
 */

export type SourceOrigin = 'seed' | 'user' | 'pack';

export interface Source {
  id: string;
  title: string;
  /** Present when `title` was not written in the document as its headline, with the reason for it. */
  titleBasis?: string;
  publisher?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) of publication, or an inferred one for seeds without metadata. */
  date?: string;
  /** Present when `date` was inferred from the text rather than stated by the document. */
  dateBasis?: string;
  text: string;
  origin: SourceOrigin;
  /** ms since epoch */
  addedAt: number;
}

/** A sentence of a source, with its character offsets into `Source.text`. */
export interface Passage {
  id: string;
  sourceId: string;
  /** paragraph number within the source, from 0 */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export type QuantityKind =
  | 'count' // "four people", "12 arrested", "3,500 witnesses"
  | 'duration' // "82 seconds"
  | 'age' // "Kurt Cochran, 54"
  | 'timing'; // relative time such as "the seconds before", "a couple of minutes before"

export interface Quantity {
  kind: QuantityKind;
  /** numeric value where there is one (durations in seconds); for 'timing' an upper bound in seconds */
  value: number;
  /** unit or counted noun: "seconds", "people", "witnesses", "arrested", "years" */
  unit: string;
  /** the words in the text */
  text: string;
  /** "less than two minutes" is at most 120 seconds, "more than 3,500" at least 3,500, "about 80" near it */
  bound?: 'at most' | 'at least' | 'about';
  /** a death toll that may count the attacker among the dead ("left five dead"), unlike "killed five people" */
  mayIncludeAttacker?: boolean;
  /** a toll said as the whole of it ("one of two people killed", "left three dead"), so fewer than the corpus counts is an earlier count, not some of the dead */
  wholeToll?: boolean;
  /** a toll that may already hold the officer it names later ("Four people died … when Masood drove into people before stabbing an officer"): it may also be read one less */
  mayIncludeOfficer?: boolean;
  /** a count only likely to be of what the corpus counts ("12 arrested have now been released": all of them, or some?): it may agree, never differ */
  agreeOnly?: boolean;
}

/** A checkable claim with its numbers and entities normalised. */
export interface Fact {
  id: string;
  sourceId: string;
  passageId: string;
  /**
   * What the fact is about, normalised so that facts from different sources can be compared:
   * e.g. "attack.duration", "attack.killed", "arrests.total", "victim.age:kurt-cochran", "attacker.whatsapp-timing".
   */
  subject: string;
  /** the claim in plain words, for display */
  statement: string;
  quantities: Quantity[];
  /** canonical names of people, places and organisations the claim involves */
  entities: string[];
  /** ISO date the value holds as of (its source's date) */
  asOf?: string;
  /**
   * What a page sentence must speak of for its number to be this subject's, from the story's data: a term of
   * every group ("WhatsApp" or "message" for the WhatsApp timing). Without cues, only a close passage links it.
   */
  cues?: string[][];
}

export interface Person {
  id: string; // e.g. "amber-rudd"
  name: string; // "Amber Rudd"
  role?: string; // "Home Secretary"
  /** forms the text uses for them: "Ms Rudd", "the Home Secretary" */
  aliases: string[];
  /** how pages refer to them without their name: "the officer", "the pensioner", "the American tourist" */
  descriptions?: string[];
  /** the pronoun that stands for them, so "she said" can be read as theirs */
  pronoun?: 'he' | 'she' | 'it';
  /** sources that name them; a person goes when the last of them is removed */
  sourceIds?: string[];
}

export interface Quote {
  id: string;
  sourceId: string;
  /** passages the quote spans (multi-paragraph quotes are kept whole) */
  passageIds: string[];
  /** the quoted words, without the quotation marks */
  text: string;
  speakerId: string;
  speaker: string;
  role?: string;
  /** where it was said: "BBC One's Andrew Marr Show" */
  venue?: string;
  /** ISO date it was said, or that of its source */
  date?: string;
}

export interface Proposition {
  id: string; // e.g. "state-access-to-encrypted-messages"
  text: string; // "Messaging services should give the state access to encrypted messages"
  /**
   * How a sentence states it in any words: it must hold a term of every group ("WhatsApp" and "back door").
   * A term is a word start ("encrypt" is "encrypted" and "encryption") or a phrase.
   */
  cues?: string[][];
  /** terms that state it on their own, whatever else the sentence says: "a place for terrorists to hide", "back door" */
  signatures?: string[];
  /** terms that show a stance against it: "draconian", "overreach", "civil liberties" */
  againstCues?: string[];
  /** how much each word and word pair of a sentence says that it speaks of the proposition, learned from labelled pages */
  wordWeights?: WordWeights;
}

/** A linear model over a sentence's content words and their pairs ("back_door"): it speaks of the proposition when bias + weights > 0. */
export interface WordWeights {
  bias: number;
  weights: Record<string, number>;
}

export type Stance = 'for' | 'against';

export interface Position {
  id: string;
  propositionId: string;
  holderId: string;
  holder: string;
  stance: Stance;
  /** quotes that show the stance */
  quoteIds: string[];
  sourceId: string;
  /** a short summary of the stance in the holder's terms */
  summary: string;
}

/** Two facts about the same subject whose values differ. */
export interface Discrepancy {
  id: string;
  subject: string;
  factIds: [string, string];
  values: [string, string];
}

export interface Corpus {
  sources: Source[];
  passages: Passage[];
  facts: Fact[];
  quotes: Quote[];
  people: Person[];
  propositions: Proposition[];
  positions: Position[];
  discrepancies: Discrepancy[];
}

export type CorpusItemKind = 'fact' | 'quote' | 'position';
