/** What the background keeps for a tab and hands to the popup: the analysis plus the corpus items it refers to. */
import type { PageAnalysis } from './analysis';
import { buildPageContext, type ContextCorpus, type PageContext } from './context/pageContext';
import type { Corpus, Fact, Position, Proposition, Quote, Source } from './corpus/model';

/** The corpus items some matches point at, with the sources they come from and the propositions of positions (without their word weights). */
export interface MatchedItems {
  facts: Fact[];
  quotes: Quote[];
  positions: Position[];
  propositions: Proposition[];
  sources: Source[];
}

export interface TabResult extends MatchedItems {
  tabId: number;
  analysis: PageAnalysis;
  /** what the popup shows: facts, discrepancies, quotes and who else said what, positions and what the page leaves out */
  context: PageContext;
}

type ItemTables = Pick<Corpus, 'facts' | 'quotes' | 'positions' | 'propositions' | 'sources'>;

export function matchedItems(itemIds: Iterable<string>, corpus: ItemTables): MatchedItems {
  const ids = new Set(itemIds);
  const facts = corpus.facts.filter((f) => ids.has(f.id));
  const quotes = corpus.quotes.filter((q) => ids.has(q.id));
  const positions = corpus.positions.filter((p) => ids.has(p.id));
  const propositionIds = new Set(positions.map((p) => p.propositionId));
  // without the matcher's learned word weights: what the card and the popup show of a proposition is its text,
  // and the weights are most of its bytes (the page receives these items with every analysis, storage.session keeps them)
  const propositions = corpus.propositions.filter((p) => propositionIds.has(p.id)).map(({ wordWeights: _weights, ...shown }) => shown);
  const sourceIds = new Set([...facts, ...quotes, ...positions].map((item) => item.sourceId));
  const sources = corpus.sources.filter((s) => sourceIds.has(s.id));
  return { facts, quotes, positions, propositions, sources };
}

/** Where the background keeps a tab's result in storage.session (it survives the service worker's restarts). */
export function tabResultStorageKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** Joins an analysis with the corpus items its matches refer to. */
export function buildTabResult(tabId: number, analysis: PageAnalysis, corpus: ContextCorpus): TabResult {
  return {
    tabId,
    analysis,
    ...matchedItems(analysis.matches.map((m) => m.itemId), corpus),
    context: buildPageContext(analysis, corpus),
  };
}
