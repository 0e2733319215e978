/**
 * Run in a page of the extension (same IndexedDB as its worker): the ways of reading the targets a page's sentences
 * lead to, timed side by side on the same corpus. The ids are the real candidates of the sentences given (read
 * through the stored index's reader), and each way is timed with the ids shifted by a round's offset, so no way
 * reads rows another just read.
 */
import { contentWords } from '../../core/text/terms';
import { openDatabase } from '../../storage/db';
import { pageIndexReader } from '../../storage/pageMatchIndex';

type Way = 'dexieBulkGet' | 'rawGets' | 'rawGetAllRanges' | 'oneRange';

export async function timeTargetReads(sentences: string[], rounds: number): Promise<{ candidates: number; span: number; times: Record<Way, number[]>; ranges: number }> {
  const db = openDatabase();
  const index = await pageIndexReader(db).indexFor(sentences.map(contentWords));
  if (!index) throw new Error('the stored index is not ready');
  const ids = Object.keys(index.targets).map(Number).sort((a, b) => a - b);
  const total = await db.matchTargets.count();
  const idb = db.backendDB();
  const times: Record<Way, number[]> = { dexieBulkGet: [], rawGets: [], rawGetAllRanges: [], oneRange: [] };
  const shifted = (r: number, w: number) => ids.map((id) => (id + 7919 * (r * 4 + w + 1)) % total).sort((a, b) => a - b);
  const rawGets = (keys: number[]) =>
    new Promise<unknown[]>((done, fail) => {
      const store = idb.transaction('matchTargets', 'readonly').objectStore('matchTargets');
      const out: unknown[] = new Array(keys.length);
      let left = keys.length;
      keys.forEach((key, i) => {
        const req = store.get(key);
        req.onsuccess = () => {
          out[i] = req.result;
          if (--left === 0) done(out);
        };
        req.onerror = () => fail(req.error);
      });
    });
  const getAllRanges = (ranges: [number, number][]) =>
    new Promise<unknown[][]>((done, fail) => {
      const store = idb.transaction('matchTargets', 'readonly').objectStore('matchTargets');
      const out: unknown[][] = new Array(ranges.length);
      let left = ranges.length;
      ranges.forEach(([lo, hi], i) => {
        const req = store.getAll(IDBKeyRange.bound(lo, hi));
        req.onsuccess = () => {
          out[i] = req.result;
          if (--left === 0) done(out);
        };
        req.onerror = () => fail(req.error);
      });
    });
  let rangeCount = 0;
  for (let r = 0; r < rounds; r++) {
    const ways: [Way, (keys: number[]) => Promise<unknown>][] = [
      ['dexieBulkGet', (keys) => db.matchTargets.bulkGet(keys)],
      ['rawGets', rawGets],
      ['rawGetAllRanges', (keys) => {
        const ranges = coalesce(keys, 8);
        rangeCount = ranges.length;
        return getAllRanges(ranges);
      }],
      ['oneRange', (keys) => getAllRanges([[keys[0]!, keys[0]! + keys.length - 1]])],
    ];
    for (const [w, [name, read]] of ways.entries()) {
      const keys = shifted(r, w);
      const started = performance.now();
      await read(keys);
      times[name].push(performance.now() - started);
    }
  }
  db.close();
  return { candidates: ids.length, span: total, times, ranges: rangeCount };
}

/** Sorted keys as ranges, a gap of up to `gap` keys read through. */
function coalesce(keys: number[], gap: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const key of keys) {
    const last = ranges.at(-1);
    if (last && key - last[1] <= gap) last[1] = key;
    else ranges.push([key, key]);
  }
  return ranges;
}
