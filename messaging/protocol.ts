/**
 * Every message between the extension's parts, typed in one place. The background answers all of them
 * except `scrollToMatch` and `reanalyze`, which the in-page analyzer answers.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageAnalysis, PageInput } from '../core/analysis';
import type { TabResult } from '../core/tabResult';
import type { CorpusChange } from '../storage/corpusImport';
import type { SourceSummary } from '../storage/corpusRepository';

/** The answer to a corpus change: what it added, or why nothing was written. */
export type CorpusChangeResult = ({ ok: true } & CorpusChange) | { ok: false; error: string };

export interface ProtocolMap {
  /** content script -> background: the pre-check said "maybe" (or the page has saved annotations); inject the analyzer. */
  requestAnalyzer(data: { reason: 'precheck' | 'annotations' }): boolean;
  /** analyzer -> background: analyse the extracted article; the background keeps the result for the tab. */
  analyzePage(data: PageInput): PageAnalysis;
  /** popup -> background: the last result for a tab, or null when the page is not about the story. */
  getTabResult(data: { tabId: number }): TabResult | null;
  /** popup -> analyzer in the tab: scroll to a matched sentence and flash its highlight. */
  scrollToMatch(data: { sentenceIndex: number }): boolean;
  /** options -> background: the corpus's sources with their item counts. */
  listSources(): SourceSummary[];
  /** options -> background: import a corpus pack (its JSON text); a bad pack writes nothing and says why. */
  importCorpusPack(data: { json: string }): CorpusChangeResult;
  /** popup or options -> background: add an extracted page to the corpus as a user source. */
  addPageSource(data: PageInput): CorpusChangeResult;
  /** options -> background: remove a user or pack source with all its items. */
  removeSource(data: { sourceId: string }): CorpusChangeResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
