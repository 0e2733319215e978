/**
 * The extension's IndexedDB database, owned by the background. One typed table per entity.
 * Every schema change adds a new version below the existing ones; versions are never edited once
 * released, so a database written by any earlier version upgrades without losing a row.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  Discrepancy,
  Fact,
  Passage,
  Person,
  Position,
  Proposition,
  Quote,
  Source,
} from '../core/corpus/model';
import type { Annotation } from '../core/annotations/model';
import type { AnchorState } from '../core/annotations/anchorState';
import type { MatchTarget } from '../core/match/matchIndex';
import { MATCH_INDEX_KEY, WORD_COUNTS_KEY } from './matchIndexState';
import type { StoredWord } from './matchWordRow';

/** A key/value setting (pause switches, site deny list, first-run flag, seed version). */
export interface Setting {
  key: string;
  value: unknown;
}

/** A match the reader marked "not relevant" on a page. */
export interface Dismissal {
  id: string; // `${url}#${itemId}`
  url: string;
  itemId: string;
  created: string;
}

/** A target of the stored match index, at its corpus-wide number. */
export interface StoredTarget extends Omit<MatchTarget, 'folded' | 'weight'> {
  id: number;
}

/** The posting list of a term (word or word pair) held by more targets than a sentence's postings budget: read to change it, and when a large corpus's sentence walks it (walkedTerms). */
export interface LongPostings {
  term: string;
  ids: Uint8Array;
}

export type CrosscheckDB = Dexie & {
  sources: EntityTable<Source, 'id'>;
  passages: EntityTable<Passage, 'id'>;
  facts: EntityTable<Fact, 'id'>;
  quotes: EntityTable<Quote, 'id'>;
  people: EntityTable<Person, 'id'>;
  propositions: EntityTable<Proposition, 'id'>;
  positions: EntityTable<Position, 'id'>;
  discrepancies: EntityTable<Discrepancy, 'id'>;
  annotations: EntityTable<Annotation, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  dismissals: EntityTable<Dismissal, 'id'>;
  anchorStates: EntityTable<AnchorState, 'id'>;
  matchTargets: EntityTable<StoredTarget, 'id'>;
  matchWords: EntityTable<StoredWord, 'word'>;
  longPostings: EntityTable<LongPostings, 'term'>;
};

export const DB_NAME = 'crosscheck';

export function openDatabase(name = DB_NAME): CrosscheckDB {
  const db = new Dexie(name) as CrosscheckDB;
  db.version(1).stores({
    sources: 'id, origin, url',
    passages: 'id, sourceId',
    facts: 'id, sourceId, passageId, subject',
    quotes: 'id, sourceId, speakerId',
    people: 'id',
    propositions: 'id',
    positions: 'id, propositionId, holderId, sourceId',
    discrepancies: 'id, subject',
    annotations: 'id, url, created, modified, *tags, topic',
    settings: 'key',
    dismissals: 'id, url',
  });
  // Where each annotation last anchored, so orphans can be listed without opening their pages.
  db.version(2).stores({ anchorStates: 'id, url, status' });
  // The match index beside the corpus, read term by term. A database from version 2 has the corpus but no index:
  // storage/matchIndexBuild.ts builds it once in the background (the upgrade itself stays instant).
  db.version(3).stores({ matchTargets: 'id, sourceId', postings: 'term', longPostings: 'term' });
  // The index by word: a word's row holds its own list and the lists of the word pairs it holds, so a page reads one
  // row per word rather than one per term (storage/matchWordRow.ts). The rows of version 3 are dropped and the index
  // is built again in the background, as for a database from version 2 (the upgrade itself stays instant).
  db.version(4)
    .stores({ postings: null, matchWords: 'word' })
    .upgrade(async (tx) => {
      await tx.table('matchTargets').clear();
      await tx.table('longPostings').clear();
      await tx.table('settings').bulkDelete([MATCH_INDEX_KEY, WORD_COUNTS_KEY]);
    });
  return db;
}
