/**
 * Every message between the extension's parts, typed in one place. The background answers all of them
 * except `scrollToMatch`, `stepMatch` and `clearHighlights`, which the in-page analyzer answers.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageAnalysis, PageInput } from '../core/analysis';
import type { SiteState } from '../core/site';
import type { MatchedItems, TabResult } from '../core/tabResult';

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
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
