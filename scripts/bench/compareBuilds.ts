/**
 * Two builds of the extension side by side, as the bench measures analysisStoppedVsInnerText (or, with --warm,
 * analysisVsInnerText): node --import tsx scripts/bench/compareBuilds.ts <before dir> <after dir> [--rounds N] [--warm] [--size N]
 *
 * On a machine shared with other work the figures drift by a third from one minute to the next, so a build is
 * compared with another in the same run, round by round: each round reads the article's innerText in a browser
 * without extensions (the yardstick), then traces one analysis in each build (their order alternates), with the
 * worker stopped first unless --warm. --size grows both corpora with the synthetic one first (as coldFirstMatchMs
 * does). It prints each round and each build's medians: worker and page work, wall time from the content script's
 * start to the painted highlights, the ratio of the work to innerText, the same ratio up to the first highlights,
 * and the worker's work until the page received its first matches. Build the other commit into its own
 * folder first (a worktree and `npm run build`, or CROSSCHECK_OUT_DIR).
 */
import { chromium } from 'playwright-core';
import { chromiumPath } from '../browser/chromiumPath';
import { launchExtension, type ExtensionSession } from '../browser/launchExtension';
import { startPageServer } from '../server/pageServer';
import { probeScript, readArticleInnerText, traceAnalysis } from './browserBench';
import { growCorpus } from './indexBench';
import { plantedText } from './plantedText';
import { median } from './timing';
import { waitForMatchIndex } from './workerSetting';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

interface Build {
  name: string;
  extension: ExtensionSession;
  rounds: { workerMs: number; pageMs: number; wallMs: number; ratio: number; firstRatio: number; firstMatchesWorkerMs: number }[];
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2, 4);
  if (dirs.length < 2 || dirs.some((d) => d.startsWith('--'))) throw new Error('usage: compareBuilds.ts <before dir> <after dir> [--rounds N] [--warm] [--size N]');
  const rounds = option('--rounds', 11);
  const size = option('--size', 0);
  const warm = process.argv.includes('--warm');
  const server = await startPageServer();
  const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
  const builds: Build[] = [];
  try {
    for (const [i, dir] of dirs.entries()) builds.push({ name: i ? 'after' : 'before', extension: await launchExtension({ extensionDir: dir }), rounds: [] });
    for (const { extension } of builds) await waitForMatchIndex(await extension.serviceWorker());
    if (size) {
      const { articleSentences, vocabularyText } = plantedText();
      const probe = await probeScript('./indexProbe.ts', 'indexProbe');
      for (const { extension } of builds) await growCorpus(extension, probe, size, vocabularyText, articleSentences.map((s) => s.text));
    }
    const url = `${server.origin}/article-1500`;
    const innerText: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const { freshMs } = await readArticleInnerText(plain, url);
      innerText.push(freshMs);
      for (const build of r % 2 ? [...builds].reverse() : builds) {
        try {
          const trace = await traceAnalysis(build.extension, url, { stopWorker: !warm });
          build.rounds.push({ workerMs: trace.workerWorkMs, pageMs: trace.pageWorkMs, wallMs: trace.wallMs, ratio: trace.workMs / freshMs, firstRatio: trace.firstWorkMs / freshMs, firstMatchesWorkerMs: trace.firstMatchesWorkerMs });
          console.error(`round ${r + 1} ${build.name}: innerText ${freshMs.toFixed(1)} ms · worker ${trace.workerWorkMs.toFixed(1)} ms · page ${trace.pageWorkMs.toFixed(1)} ms · wall ${trace.wallMs.toFixed(1)} ms · ratio ${(trace.workMs / freshMs).toFixed(2)} · to the first highlights ${(trace.firstWorkMs / freshMs).toFixed(2)} · worker to the first matches ${trace.firstMatchesWorkerMs.toFixed(1)} ms`);
        } catch (error) {
          // a trace that misses the answer's delivery (it happens on a busy machine) is left out, and said
          console.error(`round ${r + 1} ${build.name} left out: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
    const med = (values: number[]) => Math.round(median(values) * 100) / 100;
    console.log(JSON.stringify({
      rounds,
      articleInnerTextFreshMs: med(innerText),
      ...Object.fromEntries(builds.map((b) => [b.name, {
        rounds: b.rounds.length,
        workerWorkMs: med(b.rounds.map((x) => x.workerMs)),
        pageWorkMs: med(b.rounds.map((x) => x.pageMs)),
        wallMs: med(b.rounds.map((x) => x.wallMs)),
        [warm ? 'analysisVsInnerText' : 'analysisStoppedVsInnerText']: med(b.rounds.map((x) => x.ratio)),
        [warm ? 'firstHighlightsVsInnerText' : 'firstHighlightsStoppedVsInnerText']: med(b.rounds.map((x) => x.firstRatio)),
        firstMatchesWorkerMs: med(b.rounds.map((x) => x.firstMatchesWorkerMs)),
      }])),
    }, null, 2));
  } finally {
    for (const { extension } of builds) await extension.close();
    await plain.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
