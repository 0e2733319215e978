/**
 * The analyzer, once injected, leaves a handle in the extension's isolated world (shared by the content script
 * and every injection of the analyzer into the frame, invisible to the page). A second injection finds it and
 * re-analyses instead of registering everything again; the content script uses it on SPA navigation.
 */
export interface AnalyzerHandle {
  /** clear the highlights and analyse the page again (debounced) */
  reanalyze(): void;
}

const KEY = Symbol.for('crosscheck.analyzer');

export function analyzerHandle(): AnalyzerHandle | undefined {
  return (globalThis as { [KEY]?: AnalyzerHandle })[KEY];
}

export function setAnalyzerHandle(handle: AnalyzerHandle): void {
  (globalThis as { [KEY]?: AnalyzerHandle })[KEY] = handle;
}
