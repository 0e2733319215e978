/**
 * Every message between the extension's parts, typed in one place. The background answers all of them
 * except `scrollToMatch`, `stepMatch`, `clearHighlights` and `firstMatches`, which the in-page analyzer answers, and
 * `saveSelection`, which the annotator answers.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageAnalysis, PageInput, SentenceMatch } from '../core/analysis';
import type { AnchoringReport, AnnotationListing } from '../core/annotations/anchorState';
import type { AnnotationPage, AnnotationPageQuery } from '../core/annotations/annotationPage';
import type { ExportFormat } from '../core/annotations/exportFile';
import type { Annotation } from '../core/annotations/model';
import type { AnnotationEdit, SaveAnnotationRequest } from '../core/annotations/newAnnotation';
import type { CorpusSummary } from '../core/context/corpusSummary';
import type { Passage, Source } from '../core/corpus/model';
import type { SearchHit } from '../core/search/searchHit';
import type { SiteState } from '../core/site';
import type { MatchedItems, TabResult } from '../core/tabResult';
import type { ImportResult } from '../storage/annotationRepository';
import type { CorpusChangeResult } from '../storage/corpusImport';
import type { SourceSummary } from '../storage/corpusRepository';

/** A quote to keep as an annotation (a page sentence or a selection), with what is known of its place and links. */
export type { SaveAnnotationRequest };

export interface ProtocolMap {
  /** content script -> background: the pre-check said "maybe" (or the page has saved annotations); inject the analyzer. */
  requestAnalyzer(data: { reason: 'precheck' }): boolean;
  /** analyzer -> background: analyse the extracted article; the background keeps the result for the tab and answers
   * the matches to paint with the corpus items behind them, for the hover card. A long page's first sentences are
   * sent ahead with `firstMatches`, under the `requestId` the analyzer gave. */
  analyzePage(data: PageInput & { requestId?: string }): PageAnalysis & { items: MatchedItems };
  /** background -> analyzer: the matches of a long page's first sentences, to paint until the whole answer comes. */
  firstMatches(data: { requestId: string; matches: SentenceMatch[]; items: MatchedItems }): boolean;
  /** popup -> background: the last result for a tab, or null when the page is not about the story. */
  getTabResult(data: { tabId: number }): TabResult | null;
  /** popup -> analyzer in the tab: scroll to a matched sentence and flash its highlight. */
  scrollToMatch(data: { sentenceIndex: number }): boolean;
  /** analyzer -> background: the card's "Open Crosscheck" button; opens the popup of the reader's window. */
  openPopup(): boolean;
  /** popup/options -> background: whether Crosscheck is paused on the site of `url` (site null: cannot be paused). */
  getSiteState(data: { url: string }): SiteState;
  /** options -> background: every site the reader paused, by host name. */
  listPausedSites(): string[];
  /** popup/options -> background: pause or resume Crosscheck on the site of `url`; its open tabs follow at once. */
  setSitePaused(data: { url: string; paused: boolean }): SiteState;
  /** background -> analyzer: the next-match / previous-match keyboard commands. */
  stepMatch(data: { step: 1 | -1 }): boolean;
  /** background -> analyzer: the site was paused; remove every highlight and the card, stop watching the page. */
  clearHighlights(): boolean;
  /** popup/options -> background: whether Crosscheck is paused on every site. */
  getPausedEverywhere(): boolean;
  /** popup/options -> background: pause or resume Crosscheck on every site. */
  setPausedEverywhere(data: { paused: boolean }): boolean;
  /** popup -> background: the corpus's facts, quotes and positions that match the words typed. */
  searchCorpus(data: { query: string }): SearchHit[];
  /** source view -> background: a source's whole text with its passages, or null when it is not in the corpus. */
  getSource(data: { sourceId: string }): { source: Source; passages: Passage[] } | null;
  /** first-run page -> background: what the corpus covers and how old it is. */
  getCorpusSummary(): CorpusSummary;
  /** popup -> background: the items marked "not relevant" on a page. */
  getDismissals(data: { url: string }): string[];
  /** popup -> background: mark or unmark an item "not relevant" on a page; answers the page's dismissed items. */
  setDismissed(data: { url: string; itemId: string; dismissed: boolean }): string[];
  /** options -> background: the corpus's sources with their item counts. */
  listSources(): SourceSummary[];
  /** options -> background: import a corpus pack (its JSON text); a bad pack writes nothing and says why. */
  importCorpusPack(data: { json: string }): CorpusChangeResult;
  /** popup or options -> background: add an extracted page to the corpus as a user source. */
  addPageSource(data: PageInput): CorpusChangeResult;
  /** popup -> background: add the article the tab's page was analysed as to the corpus as a user source. */
  addTabAsSource(data: { tabId: number }): CorpusChangeResult;
  /** options -> background: remove a user or pack source with all its items. */
  removeSource(data: { sourceId: string }): CorpusChangeResult;

  /** popup, card or page -> background: save an annotation (the quote, and where known its context and offsets). */
  saveAnnotation(data: SaveAnnotationRequest): Annotation;
  /** -> background: saved annotations (of one page, or all) with where each last anchored. */
  listAnnotations(data: { url?: string }): AnnotationListing[];
  /** options -> background: one page of the saved annotations matching a filter, with counts and facets. */
  queryAnnotations(data: AnnotationPageQuery): AnnotationPage;
  /** -> background: change an annotation's note or tags. */
  updateAnnotation(data: AnnotationEdit): Annotation;
  /** -> background: delete an annotation; returns it so it can be restored (undo). */
  deleteAnnotation(data: { id: string }): Annotation | null;
  /** -> background: put a deleted annotation back. */
  restoreAnnotation(data: { annotation: Annotation }): Annotation;
  /** options -> background: export every annotation through the browser's download. */
  exportAnnotations(data: { format: ExportFormat; backup?: boolean }): { fileName: string; count: number };
  /** options -> background: import a JSON-LD export; all or nothing. */
  importAnnotations(data: { text: string }): ImportResult;
  /** options -> background: delete every annotation, setting and added source. */
  deleteAllData(): boolean;
  /** annotator -> background: how a page's annotations anchored. */
  reportAnchoring(data: { url: string; reports: AnchoringReport[] }): boolean;
  /** popup -> background: save the reader's selection in a tab, as the context menu item and shortcut do. */
  saveSelectionInTab(data: { tabId: number }): boolean;
  /** background -> annotator in a tab: save the reader's selection; false when nothing is selected. */
  saveSelection(): boolean;

  /** any part -> background: a failure that was not expected (a bug), for the error log. */
  reportError(data: { place: string; message: string; stack?: string }): boolean;
  /** options -> background: empty the error log. */
  clearErrorLog(): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
