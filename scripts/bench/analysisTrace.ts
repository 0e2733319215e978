/**
 * Reads a Chromium trace (CDP Tracing, recorded from before a story page loads until its highlights show) for
 * what the extension did for that page, without anything in the page's own timeline:
 *
 * - start: the content script's evaluation on the page's main thread (document_idle);
 * - painted: the end of the first frame painted once the whole answer's highlights were seen (HIGHLIGHTS_SEEN or
 *   HIGHLIGHTS_CHANGED after the answer came, time stamps the bench's own script leaves from the frame's animation
 *   callback), or, in a trace without them, after the page
 *   received the background's analysis (the article is the largest message the worker receives, the analysis the
 *   largest the page receives after it);
 * - pageWorkMs: main-thread time of the page's tasks that ran the extension's code in between (the content
 *   script, the analyzer's injection and evaluation, its timers, and the deliveries of the background's
 *   answers, recognised by the message interface the service worker received the article on), with the pieces of
 *   its work resumed after a yield: the continuations of scheduler.yield() and the microtask checkpoints that
 *   follow one of its tasks. The bench's pages run no script of their own, so every continuation is the
 *   extension's;
 * - workerWorkMs: the service worker's task time in between (tasks, and the microtask checkpoints between them);
 * - first…: the same up to the first frame painted with highlights, a long page's first matches, sent ahead of the
 *   whole answer (the same as the others when the page got none);
 * - firstMatchesWorkerMs: the worker's task time until the page received those first matches.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; message?: string }; chrome_mojo_event_info?: { ipc_hash?: number; data_num_bytes?: number } };
}

export interface AnalysisTrace {
  wallMs: number;
  pageWorkMs: number;
  workerWorkMs: number;
  /** the same up to the first frame painted with highlights: a long page's first matches come ahead of the rest */
  firstWallMs: number;
  firstPageWorkMs: number;
  firstWorkerWorkMs: number;
  /** the service worker's task time until its first matches reached the page (its whole answer when it sent none first) */
  firstMatchesWorkerMs: number;
}

const EXTENSION_SCRIPT = /^chrome-extension:\/\//;
/** a task of a thread's scheduler, as the 'toplevel' category records it */
const TASK = 'ThreadControllerImpl::RunTask';
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire']);
/** the task that resumes work after scheduler.yield() */
const YIELD_CONTINUATION = 'RunYieldContinuation';
/** what the bench's script stamps (console.timeStamp) in the first animation frame that has highlights to paint */
export const HIGHLIGHTS_SEEN = 'crosscheck-bench: highlights seen';
/** ...and in each later frame whose highlights are new ones (the whole answer's, painted in place of the first matches) */
export const HIGHLIGHTS_CHANGED = 'crosscheck-bench: highlights changed';

function threadKeys(events: TraceEvent[], threadName: string): Set<string> {
  return new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === threadName).map((e) => `${e.pid}:${e.tid}`));
}

const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/** A thread's tasks and the microtask checkpoints run between them (where a worker's promise chains run; they are
 * recorded with the 'v8.execute' category), in order. */
function topLevel(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (const e of events) {
    if (e.name !== TASK && e.name !== 'RunMicrotasks') continue;
    const last = out[out.length - 1];
    if (last && e.ts < end(last)) continue; // nested in the previous one
    out.push(e);
  }
  return out;
}

export function readAnalysisTrace(events: TraceEvent[], contentScript: string): AnalysisTrace {
  const mains = threadKeys(events, 'CrRendererMain');
  const workers = threadKeys(events, 'ServiceWorker thread');
  const complete = events.filter((e) => e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const start = complete.find((e) => mains.has(key(e)) && e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith(contentScript));
  if (!start) throw new Error(`no evaluation of ${contentScript} in the trace`);
  const main = key(start);
  const onMain = complete.filter((e) => key(e) === main && e.ts >= start.ts);
  const tasks = topLevel(onMain);
  const workerTasks = topLevel(complete.filter((e) => workers.has(key(e)) && e.ts >= start.ts));
  if (!workerTasks.length) throw new Error('no service worker task in the trace');
  // The article is the largest message the worker receives: its interface is the one the extension's messages
  // travel on, and the largest delivery of it to the page after that is the analysis coming back.
  const bytes = (e: TraceEvent) => e.args?.chrome_mojo_event_info?.data_num_bytes ?? 0;
  const received = complete.filter((e) => workers.has(key(e)) && e.ts >= start.ts && e.name === 'Receive mojo message');
  if (!received.length) throw new Error('no message received by the service worker in the trace');
  const article = received.reduce((a, b) => (bytes(b) > bytes(a) ? b : a));
  const messaging = article.args?.chrome_mojo_event_info?.ipc_hash;
  const inside = (task: TraceEvent) => onMain.filter((e) => e.ts >= task.ts && end(e) <= end(task));
  const isDelivery = (task: TraceEvent) => messaging !== undefined && inside(task).some((e) => e.args?.chrome_mojo_event_info?.ipc_hash === messaging);
  const isExtensionTask = (task: TraceEvent) =>
    isDelivery(task) ||
    inside(task).some((e) => (SCRIPT_EVENTS.has(e.name) && EXTENSION_SCRIPT.test(e.args?.data?.url ?? '')) || e.name === 'ScriptInjection::InjectJs');
  const deliveries = onMain.filter((e) => e.ts >= end(article) && e.name === 'Receive mojo message' && e.args?.chrome_mojo_event_info?.ipc_hash === messaging);
  const delivery = deliveries.reduce<TraceEvent | undefined>((a, b) => (!a || bytes(b) > bytes(a) ? b : a), undefined);
  const answer = delivery && tasks.find((t) => t.name === TASK && t.ts <= delivery.ts && end(delivery) <= end(t));
  if (!answer) throw new Error('no page task after the analysis came back');
  // the bench's script stamps the frames whose highlights changed: the first painted, and the whole answer's after the answer came
  // (console.timeStamp leaves instant events, ph "I", not complete ones)
  const stamps = events
    .filter((e) => key(e) === main && e.ts >= start.ts && e.name === 'TimeStamp' && (e.args?.data?.message === HIGHLIGHTS_SEEN || e.args?.data?.message === HIGHLIGHTS_CHANGED))
    .sort((a, b) => a.ts - b.ts);
  const paintedAfter = (stamp: TraceEvent | undefined, otherwise: number) => {
    const paint = onMain.find((e) => e.name === 'Paint' && e.ts >= (stamp?.ts ?? otherwise));
    return paint ? end(paint) : otherwise;
  };
  const painted = paintedAfter(stamps.find((e) => e.ts >= end(answer)), end(answer));
  const firstPainted = stamps[0] && stamps[0].ts < end(answer) ? paintedAfter(stamps[0], painted) : painted;
  // a microtask checkpoint between tasks belongs to the task before it (the last one that is not itself a checkpoint)
  let owner: TraceEvent | undefined;
  const isExtensionWork = (t: TraceEvent) => {
    if (t.name === TASK) owner = t;
    const task = owner ?? t;
    return inside(task).some((e) => e.name === YIELD_CONTINUATION) || isExtensionTask(task);
  };
  const extensionTasks = tasks.filter(isExtensionWork);
  const ms = (us: number) => Math.round(us) / 1000;
  const until = (to: number) => {
    const within = (e: TraceEvent) => e.ts >= start.ts && end(e) <= to;
    return {
      wallMs: ms(to - start.ts),
      pageWorkMs: ms(extensionTasks.filter(within).reduce((sum, t) => sum + (t.dur ?? 0), 0)),
      workerWorkMs: ms(workerTasks.filter(within).reduce((sum, t) => sum + (t.dur ?? 0), 0)),
    };
  };
  const first = until(firstPainted);
  // the first matches reach the page in the first delivery after the article (the answer itself when none came first)
  const firstDelivery = deliveries[0] && deliveries[0].ts < delivery.ts ? deliveries[0] : delivery;
  return {
    ...until(painted),
    firstWallMs: first.wallMs,
    firstPageWorkMs: first.pageWorkMs,
    firstWorkerWorkMs: first.workerWorkMs,
    firstMatchesWorkerMs: until(firstDelivery.ts).workerWorkMs,
  };
}
