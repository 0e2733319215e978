/**
 * Marks when the popup has rendered the background's answer, as a performance measure the browser bench
 * reads ("crosscheck:popup-render", from the answer's arrival to the next frame after the render).
 */
import { useEffect } from 'preact/hooks';

export const POPUP_RENDER_MEASURE = 'crosscheck:popup-render';
/** marked when the background's answer arrives */
export const ANSWER_MARK = 'crosscheck:answer';

export function useRenderMeasure(ready: boolean): void {
  useEffect(() => {
    if (!ready || performance.getEntriesByName(ANSWER_MARK).length === 0) return;
    requestAnimationFrame(() => performance.measure(POPUP_RENDER_MEASURE, ANSWER_MARK));
  }, [ready]);
}
