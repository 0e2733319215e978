/**
 * Every message between the extension's parts, typed in one place. The background answers all of them
 * except `scrollToMatch` and `reanalyze`, which the in-page analyzer answers.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageAnalysis, PageInput } from '../core/analysis';
import type { TabResult } from '../core/tabResult';

export interface ProtocolMap {
  /** content script -> background: the pre-check said "maybe" (or the page has saved annotations); inject the analyzer. */
  requestAnalyzer(data: { reason: 'precheck' | 'annotations' }): boolean;
  /** analyzer -> background: analyse the extracted article; the background keeps the result for the tab. */
  analyzePage(data: PageInput): PageAnalysis;
  /** popup -> background: the last result for a tab, or null when the page is not about the story. */
  getTabResult(data: { tabId: number }): TabResult | null;
  /** popup -> analyzer in the tab: scroll to a matched sentence and flash its highlight. */
  scrollToMatch(data: { sentenceIndex: number }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
