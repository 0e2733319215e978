/** The popup: the page's context at a glance, or what to do on a page that is not about the story. */
import { useMemo } from 'preact/hooks';
import { Logo } from '../Logo';
import { AddPageToCorpus } from './AddPageToCorpus';
import { ItemActionsContext } from './itemActionsContext';
import { EmptyState, type EmptyReason } from './EmptyState';
import { FactsSection } from './FactsSection';
import { PageAnnotations } from './PageAnnotations';
import { PauseSwitches } from './PauseSwitches';
import type { PopupApi } from './popupApi';
import { PopupHeader } from './PopupHeader';
import { PositionsSection, positionsAnchor } from './PositionsSection';
import { QuotesSection } from './QuotesSection';
import { usePopupState } from './usePopupState';
import { useRenderMeasure } from './useRenderMeasure';

export function PopupApp({ api }: { api: PopupApi }) {
  const model = usePopupState(api);
  const { state, context } = model;
  const topic = state.status === 'ready' ? (state.result?.analysis.topic.topic ?? 'none') : 'none';
  const actions = useMemo(() => ({ api, topic, dismissed: model.dismissed, setDismissed: model.setDismissed }), [api, topic, model.dismissed, model.setDismissed]);
  useRenderMeasure(state.status === 'ready');
  const leftOutProposition = context?.propositions.find((p) => p.leftOut.length > 0);

  return (
    <div class="pp-root">
      <div class="pp-brand">
        <Logo />
        <h1 class="pp-title">Crosscheck</h1>
      </div>
      <main class="pp-main" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' ? (
          <p class="pp-loading">Reading this page’s result…</p>
        ) : state.status === 'failed' ? (
          <p class="pp-error" role="alert">
            Crosscheck could not read this tab’s result: {state.message}
          </p>
        ) : context && state.result ? (
          <ItemActionsContext.Provider value={actions}>
            <PopupHeader
              topic={state.result.analysis.topic.topic}
              why={state.result.analysis.topic.why}
              matchCount={context.matchCount}
              hiddenCount={countHidden(state.result.context, model.dismissed)}
              showingHidden={model.showingHidden}
              onShowHidden={model.setShowingHidden}
              leftOut={leftOutProposition ? { note: leftOutProposition.leftOutNote, holders: leftOutProposition.leftOut.map((p) => p.holder), target: positionsAnchor(leftOutProposition.id) } : undefined}
            />
            <FactsSection facts={context.facts} discrepancies={context.discrepancies} />
            <QuotesSection quotes={context.quotes} elsewhere={context.elsewhere} />
            <PositionsSection propositions={context.propositions} />
            <AddPageToCorpus add={api.addPageToCorpus} />
            {context.facts.length + context.quotes.length + context.propositions.length === 0 ? (
              <p class="pp-none">Every match on this page is marked not relevant.</p>
            ) : null}
          </ItemActionsContext.Provider>
        ) : (
          <EmptyState reason={emptyReason(api.tab.url, Boolean(state.site?.pausedEverywhere || state.site?.pausedHere))} search={api.searchCorpus} />
        )}
        {state.status === 'ready' && /^https?:/.test(api.tab.url ?? '') ? <PageAnnotations api={api} /> : null}
      </main>
      {state.status === 'ready' ? (
        <footer class="pp-footer">
          {state.site ? <PauseSwitches site={state.site} onChange={(scope, paused) => void model.setPaused(scope, paused)} /> : null}
          <a class="pp-footer-link" href="/welcome.html" target="_blank" rel="noreferrer">
            About the corpus
          </a>
        </footer>
      ) : null}
    </div>
  );
}

function emptyReason(url: string | undefined, paused: boolean): EmptyReason {
  if (paused) return 'paused';
  return url && /^https?:/.test(url) ? 'not-story' : 'not-web';
}

function countHidden(context: { facts: { itemId: string }[]; quotes: { itemId: string }[]; propositions: { for: { itemId: string }[]; against: { itemId: string }[] }[] }, dismissed: ReadonlySet<string>): number {
  const ids = new Set([...context.facts, ...context.quotes, ...context.propositions.flatMap((p) => [...p.for, ...p.against])].map((i) => i.itemId));
  return [...dismissed].filter((id) => ids.has(id)).length;
}
