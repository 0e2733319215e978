/**
 * The popup's state for its tab: the background's result, the page's "not relevant" marks, and the pause
 * switches. Loaded together when the popup opens; nothing is shared outside the component tree.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { hideDismissed } from '../../core/context/hideDismissed';
import type { PageContext } from '../../core/context/pageContext';
import type { TabResult } from '../../core/tabResult';
import type { PopupApi, PauseState } from './popupApi';
import { ANSWER_MARK } from './useRenderMeasure';

export type PopupState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  /** site is null when the pause switches cannot be read */
  | { status: 'ready'; result: TabResult | null; site: PauseState | null };

export interface PopupModel {
  state: PopupState;
  /** the result's context without the dismissed items (or with them, while the reader asks to see them) */
  context: PageContext | null;
  dismissed: ReadonlySet<string>;
  showingHidden: boolean;
  setShowingHidden(show: boolean): void;
  setDismissed(itemId: string, dismissed: boolean): Promise<void>;
  setPaused(scope: 'everywhere' | 'here', paused: boolean): Promise<void>;
}

export function usePopupState(api: PopupApi): PopupModel {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [dismissed, setDismissedSet] = useState<ReadonlySet<string>>(new Set());
  const [showingHidden, setShowingHidden] = useState(false);

  useEffect(() => {
    let live = true;
    // without the dismissals or the switches the popup still shows the result
    const orElse =
      <T,>(place: string, fallback: T) =>
      (error: unknown): T => {
        api.reportFailure(place, error);
        return fallback;
      };
    Promise.all([api.tabResult(), api.dismissals().catch(orElse('popup: read the dismissals', [])), api.pauseState().catch(orElse('popup: read the switches', null))])
      .then(([result, marks, site]) => {
        if (!live) return;
        performance.mark(ANSWER_MARK);
        setDismissedSet(new Set(marks));
        setState({ status: 'ready', result, site });
      })
      .catch((error: unknown) => live && setState({ status: 'failed', message: (error as Error).message }));
    return () => {
      live = false;
    };
  }, [api]);

  // A popup opened while the page is still being analysed fills in when the result arrives.
  useEffect(() => api.watchTabResult((result) => setState((s) => (s.status === 'ready' ? { ...s, result } : s))), [api]);

  const result = state.status === 'ready' ? state.result : null;
  const context = useMemo(() => {
    if (!result || result.analysis.topic.topic === 'none') return null;
    return showingHidden ? result.context : hideDismissed(result.context, dismissed);
  }, [result, dismissed, showingHidden]);

  const setDismissed = useCallback(
    async (itemId: string, dismiss: boolean) => setDismissedSet(new Set(await api.setDismissed(itemId, dismiss))),
    [api],
  );
  const setPaused = useCallback(
    async (scope: 'everywhere' | 'here', paused: boolean) => {
      // The switch moves at once, so a re-render before the background answers cannot flip it back; the answer
      // then sets only this switch, so an earlier answer to the other switch cannot undo a later change.
      const key = scope === 'everywhere' ? 'pausedEverywhere' : 'pausedHere';
      const setSwitch = (value: boolean) => setState((s) => (s.status === 'ready' && s.site ? { ...s, site: { ...s.site, [key]: value } } : s));
      setSwitch(paused);
      const answer = await api.setPaused(scope, paused).catch((error: unknown) => {
        api.reportFailure('popup: pause', error);
        return null;
      });
      setSwitch(answer ? answer[key] : !paused);
    },
    [api],
  );

  return { state, context, dismissed, showingHidden, setShowingHidden, setDismissed, setPaused };
}
