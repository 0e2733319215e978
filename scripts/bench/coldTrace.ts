/**
 * Where the extension's time goes in a traced analysis of a story article, cold worker or warm, a few rounds:
 * node --import tsx scripts/bench/coldTrace.ts [--warm] [--rounds N] [--words N] [--size N] [--profile] [--top N] [--tasks]
 *
 * Each round prints the figures the bench reads from the trace (wall, page work, worker work), the worker's time
 * by what V8 and Blink did (compiling, evaluating modules, lazy compiles, IndexedDB results, GC), the performance
 * marks the worker holds (none unless the code is instrumented with performance.mark), and the page's tasks over
 * 30 ms with what ran inside them, and the worker's tasks by length (thousands under 0.1 ms are the replies of
 * single IndexedDB requests); --tasks lists the worker's tasks of 2 ms or more with what ran inside them. --size grows the corpus with a synthetic one first (as the bench's stored index
 * part does); --profile adds V8's sampling profiler and prints the functions the worker's and the page's time
 * went to, inclusive (the --top N, 40) and self (the profiler itself slows both). --words picks the article's length (1,500).
 */
import { launchExtension } from '../browser/launchExtension';
import { startPageServer } from '../server/pageServer';
import type { TraceEvent } from './analysisTrace';
import { probeScript, TRACE_CATEGORIES, traceAnalysis } from './browserBench';
import { growCorpus } from './indexBench';
import { plantedText } from './plantedText';
import { waitForMatchIndex } from './workerSetting';

interface Event extends TraceEvent {
  id?: string;
  args?: TraceEvent['args'] & { data?: { url?: string; functionName?: string; startTime?: number; cpuProfile?: CpuProfile; timeDeltas?: number[] } };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number };
}

interface CpuProfile {
  nodes?: ProfileNode[];
  samples?: number[];
}

const EXTRA_CATEGORIES = 'v8,disabled-by-default-v8.compile';
const PROFILER = ',disabled-by-default-v8.cpu_profiler';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const ms = (us: number) => (us / 1000).toFixed(1);
const threadOf = (e: Event) => `${e.pid}:${e.tid}`;

async function main(): Promise<void> {
  const warm = process.argv.includes('--warm');
  const profile = process.argv.includes('--profile');
  const rounds = option('--rounds', 3);
  const words = option('--words', 1500);
  const size = option('--size', 0);
  const server = await startPageServer();
  const extension = await launchExtension();
  try {
    await waitForMatchIndex(await extension.serviceWorker());
    if (size) {
      const { articleSentences, vocabularyText } = plantedText();
      const times = await growCorpus(extension, await probeScript('./indexProbe.ts', 'indexProbe'), size, vocabularyText, articleSentences.map((s) => s.text));
      console.log(`grew the corpus by ${size} passages in ${Math.round(times.reduce((a, b) => a + b, 0))} ms`);
    }
    const url = `${server.origin}/article-${words}`;
    for (let round = 0; round < rounds; round++) {
      const categories = `${TRACE_CATEGORIES},${EXTRA_CATEGORIES}${profile ? PROFILER : ''}`;
      const trace = await traceAnalysis(extension, url, { stopWorker: !warm, words, categories });
      const events = trace.events as Event[];
      console.log(`round ${round}: wall ${trace.wallMs} ms, page work ${trace.pageWorkMs} ms, worker work ${trace.workerWorkMs} ms; to the first highlights: wall ${trace.firstWallMs} ms, page work ${trace.firstPageWorkMs} ms, worker work ${trace.firstWorkerWorkMs} ms; the worker's until the first matches reached the page ${trace.firstMatchesWorkerMs} ms`);
      workerPhases(events);
      const worker = extension.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
      const marks = await worker?.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(1)}`).join(', '));
      if (marks) console.log(`  worker marks (ms from its start): ${marks}`);
      longPageTasks(events);
      if (profile && round === rounds - 1) profiles(events);
    }
  } finally {
    await extension.close();
    await server.close();
  }
}

function threadNames(events: Event[]): Map<string, string> {
  return new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [threadOf(e), e.args?.name ?? '']));
}

function contentScriptStart(events: Event[]): Event {
  return events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/precheck.js'))!;
}

/** The worker's time by event name (events nest: a lazy compile inside a task counts in both). */
function workerPhases(events: Event[]): void {
  const names = threadNames(events);
  const start = contentScriptStart(events);
  const total = new Map<string, { us: number; count: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || names.get(threadOf(e)) !== 'ServiceWorker thread' || e.ts < start.ts) continue;
    const sum = total.get(e.name) ?? { us: 0, count: 0 };
    sum.us += e.dur ?? 0;
    sum.count++;
    total.set(e.name, sum);
  }
  const shown = ['v8.compileModule', 'v8.evaluateModule', 'V8.CompileCode', 'IDBRequest::dispatchEvent', 'IDBTransaction::onComplete', 'SerializedScriptValueFactory::deserialize', 'MinorGC', 'MajorGC'];
  console.log('  worker: ' + shown.filter((n) => total.has(n)).map((n) => `${n} ${ms(total.get(n)!.us)} ms (x${total.get(n)!.count})`).join(', '));
  // many short tasks are the replies of single IndexedDB requests: their number tells the reads' cost
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && names.get(threadOf(e)) === 'ServiceWorker thread' && e.ts >= start.ts);
  const bands = [100, 500, 2000, 10_000, Infinity];
  const counts = bands.map((upTo, i) => tasks.filter((t) => (t.dur ?? 0) < upTo && (t.dur ?? 0) >= (bands[i - 1] ?? 0)));
  if (process.argv.includes('--tasks')) {
    const first = tasks[0]?.ts ?? 0;
    for (const t of tasks.filter((t) => (t.dur ?? 0) >= 2000)) {
      const inside = events.filter((e) => e !== t && threadOf(e) === threadOf(t) && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur! && (e.dur ?? 0) > 1000);
      console.log(`    task at ${ms(t.ts - first)}: ${ms(t.dur!)} ms: ${inside.slice(0, 8).map((e) => `${e.name} ${ms(e.dur!)}`).join(', ')}`);
    }
  }
  console.log('  worker tasks by length: ' + counts.map((band, i) => `${i ? `${bands[i - 1]! / 1000}-` : '<'}${bands[i] === Infinity ? '' : bands[i]! / 1000} ms: ${band.length} (${ms(band.reduce((a, t) => a + t.dur!, 0))} ms)`).join(', '));
}

function longPageTasks(events: Event[]): void {
  const start = contentScriptStart(events);
  const main = threadOf(start);
  const onMain = events.filter((e) => threadOf(e) === main && e.ph === 'X');
  for (const task of onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) > 30_000)) {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur! && (e.dur ?? 0) > 2000);
    const what = inside.slice(0, 12).map((e) => `${e.name}${e.args?.data?.url ? ` (${e.args.data.url.split('/').pop()})` : ''} ${ms(e.dur!)}`);
    console.log(`  page task at ${ms(task.ts - start.ts)} ms from the content script's start, ${ms(task.dur!)} ms: ${what.join(', ')}`);
  }
}

/** The sampled profiles of the worker and the page: the functions their time went to. */
function profiles(events: Event[]): void {
  const names = threadNames(events);
  const byId = new Map<string, { thread: string; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) byId.set(e.id, { thread: threadOf(e), nodes: new Map(), samples: [], deltas: [] });
    const profile = e.name === 'ProfileChunk' && e.id ? byId.get(e.id) : undefined;
    if (!profile) continue;
    for (const node of e.args?.data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(e.args?.data?.cpuProfile?.samples ?? []));
    profile.deltas.push(...(e.args?.data?.timeDeltas ?? []));
  }
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber ?? ''}`;
  for (const profile of byId.values()) {
    const thread = names.get(profile.thread);
    if (thread !== 'ServiceWorker thread' && thread !== 'CrRendererMain') continue;
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    profile.samples.forEach((sample, i) => {
      const us = profile.deltas[i + 1] ?? 0;
      let node = profile.nodes.get(sample);
      if (!node || node.callFrame.functionName === '(idle)') return;
      self.set(label(node), (self.get(label(node)) ?? 0) + us);
      const seen = new Set<string>();
      for (; node; node = node.parent === undefined ? undefined : profile.nodes.get(node.parent)) {
        if (seen.has(label(node))) continue;
        seen.add(label(node));
        inclusive.set(label(node), (inclusive.get(label(node)) ?? 0) + us);
      }
    });
    const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => `    ${ms(us)} ${name}`).join('\n');
    console.log(`  ${thread}, inclusive:\n${top(inclusive, option('--top', 40))}\n  ${thread}, self:\n${top(self, 20)}`);
  }
}

void main();
