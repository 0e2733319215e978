/**
 * Which long tasks a 20,000-word story page has while the extension analyses it, and what each one held:
 * node --import tsx scripts/bench/longTaskProbe.ts [--rounds N] [--words N] [--untraced] [--over MS] [--detail] [--profile]
 *
 * Each round loads the page (served as the bench serves it, serveStoryArticle) in a fresh tab of a browser with
 * the extension (the service worker stopped first on odd rounds, as Chromium stops it after 30 s idle; warm on
 * even rounds), then in a fresh tab of a browser without it, same flags and viewport, one right after the other
 * so both see the machine equally busy. Each tab records the page's long tasks with a PerformanceObserver
 * ('longtask', as the bench's longTasksOver50ms does), from the document's start until the highlights
 * of the whole answer are painted and 500 ms more (the plain tab waits as long as the extension's did).
 *
 * Unless --untraced, each load is also traced (CDP Tracing from the browser, so the service worker is in it) and
 * every task of the page's main thread over --over ms (50) is printed with what ran inside it: its top-level
 * events (ParseHTML, Layout, UpdateLayoutTree, PrePaint, Paint, script evaluation and function calls with their
 * script and function, timers, GC), and whether the extension's code ran in it ("ext") or not ("page"). A
 * Layout or style recalc inside an extension script's call is a layout the extension forced. The observer's
 * tasks are aligned with the trace through a console.timeStamp the observer's script leaves at its start; a traced
 * task the observer reported too is marked "seen". A task here is any outermost event of the thread: a
 * scheduler task, or a microtask checkpoint run outside one (where a promise chain's continuations run, e.g.
 * after scheduler.yield()). Chromium's observer reports only tasks that ran script (or parsed), not a
 * rendering task that only laid the page out. --profile adds V8's sampling profiler and prints, per task, the
 * functions its samples were in (inclusive, the profiler slows the page further); a task whose samples ran the
 * extension's scripts counts as the extension's.
 *
 * Untraced or not, each load also records the long animation frames (PerformanceObserver
 * 'long-animation-frame', over 50 ms): unlike long tasks they include a frame's rendering (style, layout, paint),
 * which is printed apart, with the scripts the frame ran (the extension's as ext:).
 * Tracing makes every task longer: the untraced figures are the ones to compare with the bench.
 *
 * The summary gives, per browser, the longest task of each load (sorted), the loads with a task over 50 ms, and
 * (traced) how many of those tasks ran the extension's code.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../browser/chromiumPath';
import { launchExtension, type ExtensionSession } from '../browser/launchExtension';
import { startPageServer } from '../server/pageServer';
import type { TraceEvent } from './analysisTrace';
import { serveStoryArticle, stampHighlightsSeen } from './browserBench';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number };
}

interface Event extends TraceEvent {
  id?: string;
  args?: TraceEvent['args'] & {
    data?: { url?: string; functionName?: string; message?: string; scriptName?: string; startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
  };
}

/** V8's samples of the page's main thread: when, and the stack (outermost last) */
type Samples = { ts: number; stack: string[]; extension?: boolean }[];

interface LongTask {
  /** ms from the document's time origin */
  start: number;
  duration: number;
}

/** a long animation frame: its work up to rendering, and the rendering (style, layout, paint) of that frame */
interface LongFrame extends LongTask {
  renderMs: number;
  /** the scripts the frame ran, by their source (an extension's scripts show as chrome-extension://) */
  scripts: string[];
}

interface Load {
  longTasks: LongTask[];
  longFrames: LongFrame[];
  /** ms from the document's time origin to the highlights, for the extension's loads */
  paintedAt?: number;
  /** the traced tasks over the threshold, described */
  traced: { ms: number; own: 'ext' | 'page'; what: string; at: number }[];
}

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const ROUNDS = option('--rounds', 10);
const WORDS = option('--words', 20_000);
const OVER_MS = option('--over', 50);
const TRACED = !process.argv.includes('--untraced');
const DETAIL = process.argv.includes('--detail');
const PROFILE = process.argv.includes('--profile');
const CATEGORIES = `devtools.timeline,toplevel,v8.execute,v8,blink.user_timing${PROFILE ? ',disabled-by-default-v8.cpu_profiler' : ''}`;
const TASK = 'ThreadControllerImpl::RunTask';
const EXTENSION = /^chrome-extension:\/\//;
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire', 'v8.run', 'v8.callFunction']);

const key = (e: Event) => `${e.pid}:${e.tid}`;
const end = (e: Event) => e.ts + (e.dur ?? 0);
const fixed = (n: number) => n.toFixed(1);

/** in the page's main world, before any of its own content: long tasks, and a mark to align them with a trace */
function observeLongTasks(): void {
  const seen: { start: number; duration: number }[] = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push({ start: e.startTime, duration: e.duration }))).observe({
    type: 'longtask',
    buffered: true,
  });
  const frames: { start: number; duration: number; renderMs: number; scripts: string[] }[] = [];
  type Frame = PerformanceEntry & { renderStart: number; scripts: { sourceURL: string; invoker: string; duration: number }[] };
  new PerformanceObserver((list) =>
    (list.getEntries() as Frame[]).forEach((e) =>
      frames.push({
        start: e.startTime,
        duration: e.duration,
        renderMs: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
        scripts: e.scripts.map((s) => `${s.sourceURL.replace(/^chrome-extension:\/\/[^/]+\//, 'ext:').split('/').pop()} ${s.invoker} ${Math.round(s.duration)}`),
      }),
    ),
  ).observe({ type: 'long-animation-frame', buffered: true });
  console.timeStamp('longTaskProbe');
  Object.defineProperty(window, '__probe', { value: { seen, frames, origin: performance.now() } });
}

async function load(context: BrowserContext, url: string, options: { cdpEndpoint?: string; waitForHighlights: boolean; stayMs: number }): Promise<Load & { waitedMs: number }> {
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  await serveStoryArticle(page, url, WORDS);
  const events: Event[] = [];
  const tracing = TRACED ? await startTracing(page, options.cdpEndpoint, events) : undefined;
  const t0 = Date.now();
  await page.goto(url);
  // the whole answer's highlights, painted after a long page's first matches (the bench's stamping script, which waits for them)
  if (options.waitForHighlights) await page.evaluate(stampHighlightsSeen);
  const waitedMs = Date.now() - t0;
  const paintedAt = options.waitForHighlights ? await page.evaluate(() => performance.now()) : undefined;
  await page.waitForTimeout(options.stayMs);
  const probe = await page.evaluate(() => (window as unknown as { __probe: { seen: LongTask[]; frames: LongFrame[]; origin: number } }).__probe);
  await tracing?.stop();
  await page.close();
  return { longTasks: probe.seen, longFrames: probe.frames, waitedMs, ...(paintedAt !== undefined ? { paintedAt } : {}), traced: TRACED ? describeTasks(events, probe) : [] };
}

async function startTracing(page: Page, cdpEndpoint: string | undefined, events: Event[]) {
  // from the browser where there is one (the extension's), so that the worker is in the trace too
  const browser = cdpEndpoint ? await chromium.connectOverCDP(cdpEndpoint) : undefined;
  const session = browser ? await browser.newBrowserCDPSession() : await page.context().newCDPSession(page);
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as Event[])));
  const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()));
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async stop() {
      await session.send('Tracing.end');
      await complete;
      await browser?.close();
    },
  };
}

/** The page's main thread is the one the probe's timeStamp was left on. */
function describeTasks(events: Event[], probe: { origin: number; seen: LongTask[] }): Load['traced'] {
  const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'longTaskProbe');
  if (!stamp) throw new Error('no probe timeStamp in the trace');
  const main = key(stamp);
  const onMain = events.filter((e) => key(e) === main && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const originTs = stamp.ts - probe.origin * 1000;
  const outermost: Event[] = [];
  for (const e of onMain) {
    const last = outermost[outermost.length - 1];
    if (!last || e.ts >= end(last)) outermost.push(e);
  }
  const samples = PROFILE ? pageSamples(events, main) : [];
  return outermost
    .filter((task) => (task.dur ?? 0) > OVER_MS * 1000)
    .map((task) => {
      const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && end(e) <= end(task));
      const at = (task.ts - originTs) / 1000;
      const taskSamples = samples.filter((x) => x.ts >= task.ts && x.ts <= end(task));
      const own =
        [task, ...inside].some((e) => (SCRIPT_EVENTS.has(e.name) && EXTENSION.test(e.args?.data?.url ?? '')) || e.name === 'ScriptInjection::InjectJs') ||
        taskSamples.some((x) => x.extension)
          ? 'ext'
          : 'page';
      const seen = probe.seen.some((t) => Math.abs(t.start - at) < 8 && t.duration > 50);
      const sampled = samples.length ? ` | sampled: ${sampledFunctions(taskSamples)}` : '';
      return { ms: (task.dur ?? 0) / 1000, own, what: `${seen ? 'seen ' : ''}${task.name}: ${contents(inside)}${sampled}`, at };
    });
}

function pageSamples(events: Event[], main: string): Samples {
  const nodes = new Map<number, ProfileNode>();
  const out: Samples = [];
  const profiles = new Map<string, number>();
  const pid = main.split(':')[0];
  for (const e of events) {
    // the profile is started on the thread it samples; its chunks come from the profiler's thread of that process
    if (!e.id || String(e.pid) !== pid) continue;
    if (e.name === 'Profile' && key(e) === main) profiles.set(e.id, e.args?.data?.startTime ?? e.ts);
    if (e.name !== 'ProfileChunk' || !profiles.has(e.id)) continue;
    for (const node of e.args?.data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = e.args?.data?.cpuProfile?.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    let ts = profiles.get(e.id)!;
    ids.forEach((id, i) => {
      ts += deltas[i] ?? 0;
      out.push({ ts, stack: [String(id)] });
    });
    profiles.set(e.id, ts);
  }
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url ? ` ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}` : ''}`;
  for (const sample of out) {
    const stack: string[] = [];
    for (let node = nodes.get(Number(sample.stack[0])); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
      stack.push(label(node));
      if (EXTENSION.test(node.callFrame.url ?? '')) sample.extension = true;
    }
    sample.stack = stack;
  }
  return out.filter((x) => x.stack.length && !x.stack[0]!.startsWith('(idle)') && !x.stack[0]!.startsWith('(program)'));
}

/** the functions a task's samples were in, inclusive, the most first */
function sampledFunctions(samples: Samples): string {
  const counts = new Map<string, number>();
  for (const sample of samples) for (const name of new Set(sample.stack)) if (name !== '(root)') counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([name, n]) => `${name} x${n}`).join(', ');
}

/** What a task held: its outermost events over 1 ms, by name (script events with their script and function), and
 * the rendering work nested in script (a forced layout or style recalc). */
function contents(inside: Event[]): string {
  const label = (e: Event) => {
    const data = e.args?.data;
    const url = data?.url || data?.scriptName;
    const script = url ? ` ${EXTENSION.test(url) ? url.replace(/^chrome-extension:\/\/[^/]+\//, 'ext:') : url.split('/').pop()}` : '';
    return `${e.name}${script}${data?.functionName ? ` ${data.functionName}()` : ''}`;
  };
  const outer: Event[] = [];
  for (const e of inside) if (!outer.some((o) => e.ts >= o.ts && end(e) <= end(o))) outer.push(e);
  const sums = new Map<string, number>();
  const add = (name: string, us: number) => sums.set(name, (sums.get(name) ?? 0) + us);
  for (const e of outer) if ((e.dur ?? 0) > 1000 || DETAIL) add(label(e), e.dur ?? 0);
  // rendering forced by script: layout and style recalc inside a script event
  const scripts = inside.filter((e) => SCRIPT_EVENTS.has(e.name));
  for (const e of inside) {
    if (!['Layout', 'UpdateLayoutTree', 'ParseHTML'].includes(e.name) || (e.dur ?? 0) < 1000) continue;
    const by = scripts.find((s) => e.ts >= s.ts && end(e) <= end(s));
    if (by) add(`forced ${e.name} in ${label(by)}`, e.dur ?? 0);
  }
  // inside the outermost events, the big named pieces
  for (const name of ['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'ParseHTML', 'V8.ParseProgram', 'V8.CompileCode', 'MinorGC', 'MajorGC', 'v8.compile', 'RunMicrotasks']) {
    const nested = inside.filter((e) => e.name === name && !outer.includes(e) && !inside.some((p) => p !== e && p.name === name && e.ts >= p.ts && end(e) <= end(p)));
    const us = nested.reduce((a, e) => a + (e.dur ?? 0), 0);
    if (us > 1000) add(`  (${name} inside)`, us);
  }
  return [...sums].map(([name, us]) => `${name} ${fixed(us / 1000)}`).join(', ');
}

async function plainBrowser(): Promise<BrowserContext> {
  // as launchExtension starts Chromium, without the extension
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
    args: ['--no-sandbox', '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-features=Translate,OptimizationHints,MediaRouter'],
  });
}

async function stopWorker(extension: ExtensionSession): Promise<void> {
  const page = await extension.context.newPage();
  const cdp = await extension.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.send('ServiceWorker.disable');
  await page.close();
}

function report(name: string, loads: Load[]): void {
  const longest = loads.map((l) => Math.max(0, ...l.longTasks.map((t) => t.duration)));
  const over = loads.filter((l) => l.longTasks.some((t) => t.duration > 50)).length;
  // the observer reports only tasks over 50 ms: '-' is a load without one
  const line = [`${name}: longest task per load (ms, sorted) ${[...longest].sort((a, b) => a - b).map((n) => (n ? Math.round(n) : '-')).join(' ')}`, `loads with a task over 50 ms: ${over} of ${loads.length}`];
  if (TRACED) {
    const traced = loads.flatMap((l) => l.traced);
    line.push(`traced tasks over ${OVER_MS} ms: ${traced.filter((t) => t.own === 'ext').length} ran extension code, ${traced.filter((t) => t.own === 'page').length} did not`);
  }
  console.log(line.join('; '));
}

async function main(): Promise<void> {
  const server = await startPageServer();
  const extension = await launchExtension();
  const plain = await plainBrowser();
  const url = `${server.origin}/article-${WORDS}`;
  const withExtension: Load[] = [];
  const without: Load[] = [];
  try {
    // the first analysis of a new profile builds the match index; the probe measures pages after that one
    await load(extension.context, url, { waitForHighlights: true, stayMs: 0 }).catch(() => {});
    for (let round = 0; round < ROUNDS; round++) {
      const cold = round % 2 === 1;
      if (cold) await stopWorker(extension);
      const ext = await load(extension.context, url, { cdpEndpoint: extension.cdpEndpoint, waitForHighlights: true, stayMs: 500 });
      const base = await load(plain, url, { waitForHighlights: false, stayMs: ext.waitedMs + 500 });
      withExtension.push(ext);
      without.push(base);
      const tasks = (l: Load) => l.longTasks.filter((t) => t.duration > 50).map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.start)}`).join(', ') || 'none';
      console.log(`round ${round} (worker ${cold ? 'stopped' : 'warm'}): extension: highlights at ${Math.round(ext.paintedAt ?? 0)} ms, long tasks ${tasks(ext)}; plain: ${tasks(base)}`);
      for (const [name, l] of [['extension', ext], ['plain', base]] as const) {
        const frames = l.longFrames.map((f) => `${Math.round(f.duration)} ms at ${Math.round(f.start)} (rendering ${Math.round(f.renderMs)}${f.scripts.length ? `; ${f.scripts.join(', ')}` : ''})`);
        if (frames.length) console.log(`  ${name} long animation frames: ${frames.join('; ')}`);
      }
      for (const [name, l] of [['extension', ext], ['plain', base]] as const)
        for (const t of l.traced) console.log(`  ${name} traced task at ${Math.round(t.at)} ms, ${fixed(t.ms)} ms [${t.own}]: ${t.what}`);
    }
    report('with the extension', withExtension);
    report('without it', without);
  } finally {
    await plain.close();
    await extension.close();
    await server.close();
  }
}

void main();
