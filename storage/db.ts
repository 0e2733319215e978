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
  return db;
}
