/**
 * Every message between the extension's parts, typed in one place. The background answers all of them
 * except `scrollToMatch`, `stepMatch` and `clearHighlights`, which the in-page analyzer answers.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageAnalysis, PageInput } from '../core/analysis';
import type { CorpusLink } from '../core/annotations/model';
import type { CorpusSummary } from '../core/context/corpusSummary';
import type { Passage, Source } from '../core/corpus/model';
import type { SearchHit } from '../core/search/searchHit';
import type { SiteState } from '../core/site';
import type { MatchedItems, TabResult } from '../core/tabResult';

/** A page sentence to keep as an annotation, with the corpus items it matched. */
export interface SaveAnnotationRequest {
  url: string;
  title: string;
  exact: string;
  prefix?: string;
  suffix?: string;
  note?: string;
  tags?: string[];
  links: CorpusLink[];
}

export interface ProtocolMap {
  /** content script -> background: the pre-check said "maybe" (or the page has saved annotations); inject the analyzer. */
  requestAnalyzer(data: { reason: 'precheck' | 'annotations' }): boolean;
  /** analyzer -> background: analyse the extracted article; the background keeps the result for the tab. */
  analyzePage(data: PageInput): PageAnalysis;
  /** popup -> background: the last result for a tab, or null when the page is not about the story. */
  getTabResult(data: { tabId: number }): TabResult | null;
  /** popup -> analyzer in the tab: scroll to a matched sentence and flash its highlight. */
  scrollToMatch(data: { sentenceIndex: number }): boolean;
  /** analyzer -> background: the corpus items behind the page's matches, for the hover card. */
  matchedItems(data: { itemIds: string[] }): MatchedItems;
  /** analyzer -> background: the card's "Open Crosscheck" button; opens the popup of the reader's window. */
  openPopup(): boolean;
  /** popup/options -> background: whether Crosscheck is paused on the site of `url` (site null: cannot be paused). */
  getSiteState(data: { url: string }): SiteState;
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
  /** popup, card -> background: save a page sentence as an annotation; answers the annotation's id. */
  saveAnnotation(data: SaveAnnotationRequest): { id: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
