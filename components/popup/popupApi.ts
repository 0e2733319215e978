/**
 * Everything the popup asks of the extension, as one object handed to it: the entry point wires it to
 * messages, the component tests to real core functions over a corpus. Components never reach for globals.
 */
import type { AnnotationListing } from '../../core/annotations/anchorState';
import type { SearchHit } from '../../core/search/searchHit';
import type { TabResult } from '../../core/tabResult';
import type { SaveAnnotationRequest } from '../../messaging/protocol';
import type { CorpusChangeResult } from '../../storage/corpusImport';

export interface ActiveTab {
  id: number;
  url?: string | undefined;
  title?: string | undefined;
}

export interface PauseState {
  /** the page's site (host without "www."), null when the page is not a web page and cannot be paused */
  site: string | null;
  pausedEverywhere: boolean;
  pausedHere: boolean;
}

export interface PopupApi {
  tab: ActiveTab;
  tabResult(): Promise<TabResult | null>;
  /** calls back when the background stores a new result for the tab (the page finished analysing, or again); returns the unsubscribe */
  watchTabResult(onChange: (result: TabResult | null) => void): () => void;
  dismissals(): Promise<string[]>;
  setDismissed(itemId: string, dismissed: boolean): Promise<string[]>;
  scrollToMatch(sentenceIndex: number): Promise<boolean>;
  saveAnnotation(request: SaveAnnotationRequest): Promise<{ id: string }>;
  /** the reader's annotations on this page, with where each last anchored */
  pageAnnotations(): Promise<AnnotationListing[]>;
  /** saves the text selected in the tab, as the context menu does; false when nothing is selected */
  saveSelection(): Promise<boolean>;
  searchCorpus(query: string): Promise<SearchHit[]>;
  /** adds the article this tab was analysed as to the corpus as a source of its own */
  addPageToCorpus(): Promise<CorpusChangeResult>;
  pauseState(): Promise<PauseState>;
  setPaused(scope: 'everywhere' | 'here', paused: boolean): Promise<PauseState>;
  /** a request failed and the popup carries on without its answer: a bug goes to the error log, the expected stays silent */
  reportFailure(place: string, error: unknown): void;
}
