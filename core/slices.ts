/**
 * Long work on a page's main thread, cut into slices so the page keeps responding: the work is a generator that
 * yields at points where it may stop for a while, and the runner gives the page its turn (yieldToPage) once a
 * slice has run for SLICE_MS. The same generator runs at once, without pauses, in Node and the tests.
 */
export type YieldToPage = () => Promise<unknown>;

/** a slice this long leaves room for the page's own work within a 50 ms frame budget */
const SLICE_MS = 8;

/** yielded by work whose last step was long: the page gets its turn then, whatever the slice's time so far */
export const PAUSE = Symbol('pause');

export function runAtOnce<T>(work: Generator<unknown, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

export async function runInSlices<T>(work: Generator<unknown, T>, yieldToPage: YieldToPage): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (step.value !== PAUSE && performance.now() - sliceStart < SLICE_MS) continue;
    await yieldToPage();
    sliceStart = performance.now();
  }
}
