/**
 * A database that refuses writes to one table the way a full disk does: IndexedDB's QuotaExceededError, raised
 * at Dexie's lowest layer (DBCore), where the real one comes from. It holds the seed corpus and `annotations`.
 */
import type { Annotation } from '../../core/annotations/model';
import { saveAnnotation } from '../../storage/annotationRepository';
import { openDatabase, type CrosscheckDB } from '../../storage/db';
import { ensureSeedCorpus } from '../../storage/seedLoader';

let dbCount = 0;

export async function databaseWithFullTable(fullTable: string, annotations: readonly Annotation[]): Promise<CrosscheckDB> {
  const name = `full-disk-${++dbCount}`;
  const seeded = openDatabase(name);
  await ensureSeedCorpus(seeded);
  for (const annotation of annotations) await saveAnnotation(seeded, annotation);
  seeded.close();
  const db = openDatabase(name);
  db.use({
    stack: 'dbcore',
    name: 'full disk',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (tableName !== fullTable) return table;
        return {
          ...table,
          mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
        };
      },
    }),
  });
  return db;
}
