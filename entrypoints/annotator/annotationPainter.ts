/**
 * Paints a page's saved annotations with the CSS Custom Highlight API (no change to the page's DOM), reports how
 * each one anchored, and, while some are orphans, tries again when the page's content changes (late-rendered
 * pages), debounced and a bounded number of times.
 */
import { anchorQuote } from '../../core/annotations/anchorQuote';
import type { AnchoringReport } from '../../core/annotations/anchorState';
import { describeQuote } from '../../core/annotations/describeQuote';
import { rangeForOffsets, readDomText } from '../../core/annotations/domText';
import type { Annotation } from '../../core/annotations/model';
import { pageUrl } from '../../core/pageAddress';
import { sendMessage } from '../../messaging/protocol';
import { reportFailure } from '../../messaging/reportFailure';

export const ANNOTATION_HIGHLIGHT = 'crosscheck-annotation';
const RETRY_DELAY_MS = 1000;
const MAX_RETRIES = 10;

export class AnnotationPainter {
  private annotations = new Map<string, Annotation>();
  private ranges = new Map<string, Range>();
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;

  constructor(private readonly doc: Document) {}

  get url(): string {
    return pageUrl(this.doc.location.href);
  }

  /** Loads this page's annotations from the background and places them all again. */
  async refresh(): Promise<void> {
    const listings = await sendMessage('listAnnotations', { url: this.url });
    this.annotations = new Map(listings.map(({ annotation }) => [annotation.id, annotation]));
    this.ranges.clear();
    this.retries = 0;
    await this.place([...this.annotations.values()]);
  }

  /** An annotation just saved from a selection: already placed, so it is painted at once. */
  add(annotation: Annotation, range: Range): void {
    this.annotations.set(annotation.id, annotation);
    this.ranges.set(annotation.id, range);
    this.paint();
  }

  /** The annotation painted at a DOM point, if any. */
  annotationAt(node: Node, offset: number): Annotation | undefined {
    for (const [id, range] of this.ranges) {
      if (range.comparePoint(node, offset) === 0 && !range.collapsed) return this.annotations.get(id);
    }
    return undefined;
  }

  /** The painted range of an annotation, if it is placed. */
  rangeOf(id: string): Range | undefined {
    return this.ranges.get(id);
  }

  update(annotation: Annotation): void {
    if (this.annotations.has(annotation.id)) this.annotations.set(annotation.id, annotation);
  }

  remove(id: string): void {
    this.annotations.delete(id);
    this.ranges.delete(id);
    this.paint();
  }

  private async place(annotations: readonly Annotation[]): Promise<void> {
    const body = this.doc.body;
    if (annotations.length === 0 || !body) {
      this.paint();
      return;
    }
    const domText = readDomText(body);
    const reports: AnchoringReport[] = annotations.map((annotation) => {
      const [quote, position] = annotation.selectors;
      const result = anchorQuote(domText.text, quote, position);
      const range = result.status === 'anchored' ? rangeForOffsets(domText, result.start, result.end) : null;
      if (result.status !== 'anchored' || !range) {
        return { id: annotation.id, status: 'orphan', reason: result.status === 'orphan' ? result.reason : 'no text at the match' };
      }
      this.ranges.set(annotation.id, range);
      const selectors = describeQuote(domText.text, result.start, result.end);
      return { id: annotation.id, status: 'anchored', method: result.method, ...(selectors ? { selectors } : {}) };
    });
    this.paint();
    this.watchWhileOrphans();
    await sendMessage('reportAnchoring', { url: this.url, reports }).catch(reportFailure('annotator: report anchoring'));
  }

  private paint(): void {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    if (this.ranges.size === 0) CSS.highlights.delete(ANNOTATION_HIGHLIGHT);
    else {
      const highlight = new Highlight(...this.ranges.values());
      highlight.priority = 1; // the reader's own marks over the analyzer's match highlights (priority 0)
      CSS.highlights.set(ANNOTATION_HIGHLIGHT, highlight);
    }
  }

  private orphans(): Annotation[] {
    return [...this.annotations.values()].filter((a) => !this.ranges.has(a.id));
  }

  private watchWhileOrphans(): void {
    if (this.orphans().length === 0 || this.retries >= MAX_RETRIES) {
      this.observer?.disconnect();
      this.observer = undefined;
      return;
    }
    this.observer ??= new MutationObserver(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.retries++;
        this.place(this.orphans()).catch(reportFailure('annotator: place annotations again'));
      }, RETRY_DELAY_MS);
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }
}
