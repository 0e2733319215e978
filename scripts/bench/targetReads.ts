/**
 * How the targets a page leads to can be read from IndexedDB, timed side by side in the real extension on a corpus
 * grown with the synthetic one: node --import tsx scripts/bench/targetReads.ts [--size N] [--rounds N]
 * (Dexie's bulk get, one raw get per key, getAll over the keys' runs, and one getAll of as many consecutive rows:
 * what a read of that many rows costs when it is one request.)
 */
import { launchExtension } from '../browser/launchExtension';
import { probeScript } from './browserBench';
import { growCorpus } from './indexBench';
import { plantedText } from './plantedText';
import { median } from './timing';
import { waitForMatchIndex } from './workerSetting';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

async function main(): Promise<void> {
  const size = option('--size', 100_000);
  const rounds = option('--rounds', 7);
  const { articleSentences, vocabularyText } = plantedText();
  const sentences = articleSentences.map((s) => s.text);
  const extension = await launchExtension();
  try {
    await waitForMatchIndex(await extension.serviceWorker());
    await growCorpus(extension, await probeScript('./indexProbe.ts', 'indexProbe'), size, vocabularyText, sentences);
    const page = await extension.extensionPage('/welcome.html');
    await page.evaluate(await probeScript('./targetReadProbe.ts', 'targetReadProbe'));
    const result = await page.evaluate(
      ([s, r]) => (window as unknown as { targetReadProbe: { timeTargetReads(s: string[], r: number): Promise<{ candidates: number; span: number; ranges: number; times: Record<string, number[]> }> } }).targetReadProbe.timeTargetReads(s, r),
      [sentences, rounds] as const,
    );
    console.log(`${result.candidates} candidate targets of ${result.span}, ${result.ranges} runs with gaps of up to 8 read through`);
    for (const [way, times] of Object.entries(result.times)) console.log(`${way.padEnd(16)} median ${median(times).toFixed(1)} ms  (${times.map((t) => t.toFixed(1)).join(' ')})`);
  } finally {
    await extension.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
