/**
 * The stored index in the real extension: for each corpus size, a fresh profile whose corpus is grown with the
 * synthetic one (indexWriteMs: the write of a 10k-passage part, index included). The browser is then closed and
 * opened again on that profile, as a reader meets a corpus grown earlier (not while IndexedDB is still settling a
 * write of a million passages), and the 1,500-word story article is analysed with the service worker stopped
 * first, as Chromium stops it after 30 s idle (coldFirstMatchMs: the worker's task time from its wake until the
 * page received the article's first matches, sent ahead of the whole answer, from a CDP trace; the median of
 * COLD_ROUNDS rounds), and the worker's used JS heap after that cold analysis (over CDP).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, type ExtensionSession } from '../browser/launchExtension';
import { startPageServer } from '../server/pageServer';
import { probeScript, traceAnalysis } from './browserBench';
import { median } from './timing';
import { waitForMatchIndex } from './workerSetting';
import { workerHeapMB } from './workerHeap';

const COLD_ROUNDS = 7;

export interface StoredIndexFigures {
  coldFirstMatchMs: Record<number, number>;
  workerHeapMB: Record<number, number | null>;
  indexWriteMs10k: number | null;
}

/** Grows the extension's corpus with a synthetic one of `size` passages (see indexProbe.ts): each part's write time. */
export async function growCorpus(extension: ExtensionSession, probe: string, size: number, vocabularyText: string, sentences: string[]): Promise<number[]> {
  const page = await extension.extensionPage('/welcome.html');
  await page.evaluate(probe); // extension pages allow no inline script: evaluated over CDP instead
  const times = await page.evaluate(
    ([n, vocabulary, planted]) => (window as unknown as { indexProbe: { writeSyntheticCorpus(n: number, v: string, s: string[]): Promise<number[]> } }).indexProbe.writeSyntheticCorpus(n, vocabulary, planted),
    [size, vocabularyText, sentences] as const,
  );
  await page.close();
  return times;
}

export async function measureStoredIndex(sizes: number[], vocabularyText: string, sentences: string[], log: (line: string) => void): Promise<StoredIndexFigures> {
  const server = await startPageServer();
  const probe = await probeScript('./indexProbe.ts', 'indexProbe');
  const figures: StoredIndexFigures = { coldFirstMatchMs: {}, workerHeapMB: {}, indexWriteMs10k: null };
  try {
    for (const size of sizes) {
      log(`writing a ${size}-passage synthetic corpus into the extension's IndexedDB`);
      const profile = mkdtempSync(join(tmpdir(), 'crosscheck-bench-profile-'));
      try {
        const writer = await launchExtension({ userDataDir: profile });
        try {
          // the seeds and their index are written as the worker starts
          await waitForMatchIndex(await writer.serviceWorker());
          const times = await growCorpus(writer, probe, size, vocabularyText, sentences);
          if (size === 10_000) figures.indexWriteMs10k = Math.round(times[0]!);
        } finally {
          await writer.close();
        }
        const extension = await launchExtension({ userDataDir: profile });
        try {
          await waitForMatchIndex(await extension.serviceWorker());
          const article = `${server.origin}/article-1500`;
          const cold: number[] = [];
          for (let r = 0; r < COLD_ROUNDS; r++) cold.push((await traceAnalysis(extension, article, { stopWorker: true })).firstMatchesWorkerMs);
          log(`  cold first matches at ${size}: ${cold.map(Math.round).join(', ')} ms`);
          figures.coldFirstMatchMs[size] = Math.round(median(cold));
          figures.workerHeapMB[size] = await workerHeapMB(extension.cdpEndpoint, extension.extensionId);
        } finally {
          await extension.close();
        }
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  return figures;
}
