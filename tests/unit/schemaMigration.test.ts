/**
 * A user who installed the first release has a database written by schema version 1. Every later version must
 * open it without losing a row. The first release's schema is frozen (releasedSchemas.ts) as it shipped (storage/db.ts may only
 * add versions after it), a database is written with it holding rows in every table, and the current
 * openDatabase() must open it and find every row unchanged and reachable through its indexes.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotations/model';
import type { Discrepancy, Fact, Passage, Person, Position, Proposition, Quote, Source } from '../../core/corpus/model';
import { openDatabase, type Dismissal, type Setting } from '../../storage/db';
import { RELEASED_V1_STORES } from './releasedSchemas';

const URL_009 = 'https://www.independent.ie/world-news/europe/westminsiter-attacker-was-using-whatsapp-minutes-earlier-35564004.html';

const source: Source = {
  id: 'src-000',
  title: "Amber Rudd: 'no place for terrorists to hide'",
  publisher: 'Daily Mail',
  date: '2017-03-26',
  dateBasis: 'the text says "last Wednesday" of the attack on 22 March 2017',
  text: 'It took just 82 seconds for Masood to kill four people, including a police officer, in Westminster.',
  origin: 'seed',
  addedAt: 1_700_000_000_000,
};
const userSource: Source = { ...source, id: 'src-user-1', origin: 'user', url: URL_009, title: 'Westminster attacker was using WhatsApp' };
const passage: Passage = { id: 'p-000-5', sourceId: 'src-000', paragraph: 5, start: 0, end: 99, text: source.text };
const fact: Fact = {
  id: 'fact-duration',
  sourceId: 'src-000',
  passageId: 'p-000-5',
  subject: 'attack.duration',
  statement: 'The attack lasted 82 seconds',
  quantities: [{ kind: 'duration', value: 82, unit: 'seconds', text: '82 seconds' }],
  entities: ['Khalid Masood', 'Westminster'],
  asOf: '2017-03-26',
};
const person: Person = { id: 'amber-rudd', name: 'Amber Rudd', role: 'Home Secretary', aliases: ['Ms Rudd', 'the Home Secretary'] };
const quote: Quote = {
  id: 'quote-no-place',
  sourceId: 'src-000',
  passageIds: ['p-000-13'],
  text: 'It is completely unacceptable, there should be no place for terrorists to hide.',
  speakerId: 'amber-rudd',
  speaker: 'Amber Rudd',
  role: 'Home Secretary',
  venue: "BBC One's Andrew Marr Show",
  date: '2017-03-26',
};
const proposition: Proposition = { id: 'state-access', text: 'Messaging services should give the state access to encrypted messages' };
const position: Position = {
  id: 'pos-paddick',
  propositionId: 'state-access',
  holderId: 'lord-paddick',
  holder: 'Lord Paddick',
  stance: 'against',
  quoteIds: ['quote-draconian'],
  sourceId: 'src-000',
  summary: 'Draconian laws would play into the terrorists’ hands',
};
const discrepancy: Discrepancy = {
  id: 'disc-whatsapp-timing',
  subject: 'attacker.whatsapp-timing',
  factIds: ['fact-timing-000', 'fact-timing-002'],
  values: ['the seconds before', 'a couple of minutes before'],
};
const annotation: Annotation = {
  id: 'urn:uuid:3f1c2a52-7d0b-4d43-9c55-0c8f4c1f6a01',
  url: URL_009,
  title: 'Westminster attacker was using WhatsApp minutes earlier',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'used WhatsApp just two minutes before', prefix: 'The London attacker ', suffix: ' he ploughed' },
    { type: 'TextPositionSelector', start: 20, end: 57 },
  ],
  note: 'Seed 000 says "the seconds before"',
  tags: ['timing', 'whatsapp'],
  links: [{ kind: 'fact', itemId: 'fact-timing-000', label: 'Masood used WhatsApp the seconds before' }],
  topic: 'both',
  created: '2026-11-24T09:00:00.000Z',
  modified: '2026-11-24T09:05:00.000Z',
};
const setting: Setting = { key: 'deniedSites', value: ['example.com'] };
const dismissal: Dismissal = { id: `${URL_009}#fact-duration`, url: URL_009, itemId: 'fact-duration', created: '2026-11-24T09:06:00.000Z' };

const ROWS: Record<keyof typeof RELEASED_V1_STORES, unknown[]> = {
  sources: [source, userSource],
  passages: [passage],
  facts: [fact],
  quotes: [quote],
  people: [person],
  propositions: [proposition],
  positions: [position],
  discrepancies: [discrepancy],
  annotations: [annotation],
  settings: [setting],
  dismissals: [dismissal],
};

let name = '';
afterEach(async () => {
  await Dexie.delete(name);
});

async function writeWithReleasedSchema(dbName: string): Promise<void> {
  const old = new Dexie(dbName);
  old.version(1).stores(RELEASED_V1_STORES);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(ROWS)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe('a database written by the first released schema', () => {
  it('is opened by the current openDatabase() with every row of every table unchanged', async () => {
    name = `crosscheck-migration-${Math.random()}`;
    await writeWithReleasedSchema(name);

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    const rowsBefore = Object.values(ROWS).reduce((n, rows) => n + rows.length, 0);
    let rowsAfter = 0;
    for (const [table, rows] of Object.entries(ROWS)) {
      const stored = await db.table(table).toArray();
      rowsAfter += stored.length;
      expect(stored, table).toEqual(expect.arrayContaining(rows as object[]));
      expect(stored, table).toHaveLength(rows.length);
    }
    expect(rowsAfter).toBe(rowsBefore);
    db.close();
  });

  it('keeps the rows reachable through the indexes the extension queries', async () => {
    name = `crosscheck-migration-${Math.random()}`;
    await writeWithReleasedSchema(name);

    const db = openDatabase(name);
    expect(await db.annotations.where('url').equals(URL_009).primaryKeys()).toEqual([annotation.id]);
    expect(await db.annotations.where('tags').equals('whatsapp').count()).toBe(1);
    expect(await db.sources.where('origin').equals('user').primaryKeys()).toEqual([userSource.id]);
    expect(await db.facts.where('subject').equals('attack.duration').count()).toBe(1);
    expect(await db.quotes.where('speakerId').equals('amber-rudd').count()).toBe(1);
    expect(await db.dismissals.where('url').equals(URL_009).count()).toBe(1);
    db.close();
  });
});
