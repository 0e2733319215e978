/**
 * When the browser refuses to store more (IndexedDB's QuotaExceededError), the reader must hear of it: every
 * repository write rejects with that error instead of reporting success, and a write spanning several tables
 * leaves all of them as they were. The refusal is made at Dexie's lowest layer (DBCore), where IndexedDB's own
 * error would come from, for one table at a time.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotations/model';
import { exportJsonLd } from '../../core/annotations/jsonLd';
import { importAnnotations, saveAnnotation, updateAnnotation } from '../../storage/annotationRepository';
import { addPageSource, importCorpusPack } from '../../storage/corpusImport';
import type { CrosscheckDB } from '../../storage/db';
import { databaseWithFullTable } from './fullDatabase';

const annotation: Annotation = {
  id: 'urn:uuid:0e7b1f0a-5c2d-4b8e-9f3a-1d2c3b4a5e6f',
  url: 'https://www.independent.ie/world-news/europe/westminster-attacker-using-whatsapp',
  title: 'Westminster attacker was using WhatsApp minutes earlier',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'used WhatsApp just two minutes before' },
    { type: 'TextPositionSelector', start: 20, end: 57 },
  ],
  note: '',
  tags: [],
  links: [],
  created: '2026-11-24T09:00:00.000Z',
  modified: '2026-11-24T09:00:00.000Z',
};

async function rowCounts(db: CrosscheckDB): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return counts;
}

async function expectQuotaError(db: CrosscheckDB, write: () => Promise<unknown>): Promise<void> {
  const before = await rowCounts(db);
  const outcome = await write().then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  expect(outcome, 'the write reported success').toHaveProperty('error');
  const error = (outcome as { error: Error }).error;
  expect(error).toBeInstanceOf(Dexie.QuotaExceededError);
  expect(error.message).toMatch(/quota/i);
  expect(await rowCounts(db), 'rows half-written').toEqual(before);
}

describe('storage full (QuotaExceededError)', () => {
  it('saving or editing an annotation rejects with it', async () => {
    const db = await databaseWithFullTable('annotations', [annotation]);
    await expectQuotaError(db, () => saveAnnotation(db, { ...annotation, id: 'urn:uuid:0e7b1f0a-5c2d-4b8e-9f3a-1d2c3b4a5e70' }));
    await expectQuotaError(db, () => updateAnnotation(db, { id: annotation.id, note: 'two minutes, not seconds' }, new Date()));
  });

  it('importing annotations rejects with it instead of reporting them imported', async () => {
    const db = await databaseWithFullTable('annotations', [annotation]);
    await expectQuotaError(db, () => importAnnotations(db, exportJsonLd([{ ...annotation, id: 'urn:uuid:0e7b1f0a-5c2d-4b8e-9f3a-1d2c3b4a5e71' }])));
  });

  it('a corpus pack or an added page rejects with it when one of its tables is full, and no other table is written', async () => {
    const pack = {
      format: 'crosscheck-corpus-pack',
      version: 1,
      sources: [{ title: 'Rudd on WhatsApp', text: 'Amber Rudd said end-to-end encryption is "completely unacceptable".\n\nKhalid Masood used WhatsApp.' }],
    };
    for (const table of ['sources', 'passages', 'facts', 'people']) {
      const db = await databaseWithFullTable(table, [annotation]);
      await expectQuotaError(db, () => importCorpusPack(db, pack));
      await expectQuotaError(db, () =>
        addPageSource(db, { title: 'Rudd on encryption', text: 'Amber Rudd met Facebook, Google and Twitter about encryption on 30 March 2017.' }),
      );
    }
  });
});
