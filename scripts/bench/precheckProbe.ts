/** The content script's pre-check, bundled alone so the bench can time it inside a page. */
import { precheckPage } from '../../core/detect/precheck';
import { bundledPrecheck } from '../../core/story/bundledPrecheck';
import { readPrecheckInput } from '../../entrypoints/precheck/readPrecheckInput';

export function timePrecheck(): number {
  const t0 = performance.now();
  precheckPage(readPrecheckInput(document), bundledPrecheck);
  return performance.now() - t0;
}
