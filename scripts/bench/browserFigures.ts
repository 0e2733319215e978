/**
 * The hook for the figures only a real browser can measure. The Chromium part of the bench lives in
 * `scripts/bench/browserBench.ts` and exports `measureInBrowser(): Promise<Partial<BrowserFigures>>`; when
 * that module is not there (or fails), the figures are reported as null, never guessed.
 */
export interface BrowserFigures {
  /** whole analysis of a 1,500-word article, pre-check to painted highlights / reading innerText: goal <= 5 */
  analysisVsInnerText: number | null;
  /** the pre-check on a 1 MB page not about the story / innerText of it: goal <= 0.1 */
  precheckVsInnerText: number | null;
  /** long tasks over 50 ms on a 20k-word page: goal 0 */
  longTasksOver50ms: number | null;
  popupRenderMs: number | null;
}

const BROWSER_BENCH = './browserBench.ts';

export const NOT_MEASURED: BrowserFigures = {
  analysisVsInnerText: null,
  precheckVsInnerText: null,
  longTasksOver50ms: null,
  popupRenderMs: null,
};

export async function browserFigures(): Promise<{ figures: BrowserFigures; note?: string }> {
  let bench: { measureInBrowser?: () => Promise<Partial<BrowserFigures>> };
  try {
    bench = (await import(BROWSER_BENCH)) as typeof bench;
  } catch {
    return { figures: NOT_MEASURED, note: `browser figures not measured: ${BROWSER_BENCH} is not there yet` };
  }
  if (!bench.measureInBrowser) return { figures: NOT_MEASURED, note: `${BROWSER_BENCH} has no measureInBrowser()` };
  try {
    return { figures: { ...NOT_MEASURED, ...(await bench.measureInBrowser()) } };
  } catch (error) {
    return { figures: NOT_MEASURED, note: `browser figures failed: ${(error as Error).message}` };
  }
}
