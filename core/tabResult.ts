/** What the background keeps for a tab and hands to the popup: the analysis plus the corpus items it refers to. */
import type { PageAnalysis } from './analysis';
import { buildPageContext, type ContextCorpus, type PageContext } from './context/pageContext';
import type { Fact, Position, Quote, Source } from './corpus/model';

export interface TabResult {
  tabId: number;
  analysis: PageAnalysis;
  /** the corpus items the matches point at, so the popup renders without another round trip */
  facts: Fact[];
  quotes: Quote[];
  positions: Position[];
  sources: Source[];
  /** what the popup shows: facts, discrepancies, quotes and who else said what, positions and what the page leaves out */
  context: PageContext;
}

/** Where the background keeps a tab's result in storage.session (it survives the service worker's restarts). */
export function tabResultStorageKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** Joins an analysis with the corpus items its matches refer to. */
export function buildTabResult(
  tabId: number,
  analysis: PageAnalysis,
  corpus: ContextCorpus,
): TabResult {
  const ids = new Set(analysis.matches.map((m) => m.itemId));
  const facts = corpus.facts.filter((f) => ids.has(f.id));
  const quotes = corpus.quotes.filter((q) => ids.has(q.id));
  const positions = corpus.positions.filter((p) => ids.has(p.id));
  const sourceIds = new Set([...facts, ...quotes, ...positions].map((item) => item.sourceId));
  const sources = corpus.sources.filter((s) => sourceIds.has(s.id));
  return { tabId, analysis, facts, quotes, positions, sources, context: buildPageContext(analysis, corpus) };
}
