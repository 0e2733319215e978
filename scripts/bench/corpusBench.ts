/**
 * The corpus figures: building the seed corpus in Node (the first build in the process, then the median of
 * warm builds), and loading it on install in the real extension (the background's own build and IndexedDB
 * write times, recorded by the seed loader, median over fresh profiles).
 */
import { buildSeedCorpus } from '../../core/corpus/seedCorpus';
import { launchExtension } from '../browser/launchExtension';
import { readSeedFiles } from '../seedCorpus';
import { median } from './timing';
import { waitForWorkerSetting } from './workerSetting';

const WARM_ROUNDS = 20;
const INSTALLS = 3;

export interface CorpusFigures {
  seedBuildFirstMs: number;
  seedBuildWarmMs: number;
  seedFacts: number;
  seedQuotes: number;
  seedPositions: number;
  installSeedBuildMs: number | null;
  installSeedWriteMs: number | null;
}

const round = (x: number) => Math.round(x * 10) / 10;

export async function measureCorpus(log: (line: string) => void): Promise<CorpusFigures> {
  const { files, overlay } = readSeedFiles();
  let started = performance.now();
  const corpus = buildSeedCorpus(files, overlay);
  const first = performance.now() - started;
  const warm: number[] = [];
  for (let i = 0; i < WARM_ROUNDS; i++) {
    started = performance.now();
    buildSeedCorpus(files, overlay);
    warm.push(performance.now() - started);
  }
  const figures: CorpusFigures = {
    seedBuildFirstMs: round(first),
    seedBuildWarmMs: round(median(warm)),
    seedFacts: corpus.facts.length,
    seedQuotes: corpus.quotes.length,
    seedPositions: corpus.positions.length,
    installSeedBuildMs: null,
    installSeedWriteMs: null,
  };
  try {
    const builds: number[] = [];
    const writes: number[] = [];
    for (let i = 0; i < INSTALLS; i++) {
      log(`installing the extension on a fresh profile (${i + 1}/${INSTALLS})`);
      const extension = await launchExtension();
      try {
        const sw = await extension.serviceWorker();
        const times = await waitForWorkerSetting<{ buildMs: number; writeMs: number }>(sw, 'seedLoadTimes');
        if (times) {
          builds.push(times.buildMs);
          writes.push(times.writeMs);
        }
      } finally {
        await extension.close();
      }
    }
    if (builds.length) {
      figures.installSeedBuildMs = round(median(builds));
      figures.installSeedWriteMs = round(median(writes));
    }
  } catch (error) {
    log(`install figures not measured: ${(error as Error).message}`);
  }
  return figures;
}
