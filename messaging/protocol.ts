/**
 * Every message between the extension's parts, typed in one place. The background answers all of them
 * except `scrollToMatch` and `reanalyze`, which the in-page analyzer answers, and `saveSelection`, which the
 * annotator answers.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageAnalysis, PageInput } from '../core/analysis';
import type { TabResult } from '../core/tabResult';
import type { Annotation } from '../core/annotations/model';
import type { AnchoringReport, AnnotationListing } from '../core/annotations/anchorState';
import type { ExportFormat } from '../core/annotations/exportFile';
import type { AnnotationEdit, SaveAnnotationRequest } from '../core/annotations/newAnnotation';
import type { ImportResult } from '../storage/annotationRepository';

export interface ProtocolMap {
  /** content script -> background: the pre-check said "maybe" (or the page has saved annotations); inject the analyzer. */
  requestAnalyzer(data: { reason: 'precheck' | 'annotations' }): boolean;
  /** analyzer -> background: analyse the extracted article; the background keeps the result for the tab. */
  analyzePage(data: PageInput): PageAnalysis;
  /** popup -> background: the last result for a tab, or null when the page is not about the story. */
  getTabResult(data: { tabId: number }): TabResult | null;
  /** popup -> analyzer in the tab: scroll to a matched sentence and flash its highlight. */
  scrollToMatch(data: { sentenceIndex: number }): boolean;

  /** popup, card or page -> background: save an annotation (the quote, and where known its context and offsets). */
  saveAnnotation(data: SaveAnnotationRequest): Annotation;
  /** -> background: saved annotations (of one page, or all) with where each last anchored. */
  listAnnotations(data: { url?: string }): AnnotationListing[];
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
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
