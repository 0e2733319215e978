/**
 * Paints located sentences: one Highlight per kind in CSS.highlights (the page's DOM is not touched), or, in
 * browsers without the Custom Highlight API, <mark> elements around the sentence's text, the first of each
 * sentence focusable so the highlights can be reached with Tab. The style sheet is adopted by the document
 * while something is painted (and put back if the page drops it: adoptedSheet.ts) and dropped with the last
 * highlight.
 */
import { adoptedSheet } from './adoptedSheet';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../../core/highlight/matchedSentences';
import { ACTIVE_HIGHLIGHT, FLASH_HIGHLIGHT, HIGHLIGHT_PREFIX, MARK_ATTRIBUTE, highlightStyleSheet } from './highlightStyles';

export const MARK_INDEX_ATTRIBUTE = 'data-crosscheck-index';

export interface HighlightPainter {
  /** whether painting changes the page's text nodes (the <mark> fallback wraps them): a sentence painted is then found again only once cleared */
  readonly wrapsText: boolean;
  /** paints each range in its kind; returns the ranges to use from now on (the <mark> fallback moves them) */
  paint(items: { range: Range; kind: HighlightKind }[]): Range[];
  /** the sentence reached with the keyboard, or none */
  setActive(index: number | null): void;
  flash(index: number, ms: number): void;
  clear(): void;
}

export function createHighlightPainter(doc: Document): HighlightPainter {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? customHighlightPainter(doc) : markPainter(doc);
}

function customHighlightPainter(doc: Document): HighlightPainter {
  const styles = adoptedSheet(doc, highlightStyleSheet('highlight'));
  let ranges: Range[] = [];
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const single = (name: string, range: Range | undefined, priority: number) => {
    if (!range) return CSS.highlights.delete(name);
    const highlight = new Highlight(range);
    highlight.priority = priority;
    CSS.highlights.set(name, highlight);
  };
  return {
    wrapsText: false,
    paint(items) {
      styles.adopt();
      for (const kind of HIGHLIGHT_KINDS) {
        const own = items.filter((item) => item.kind === kind).map((item) => item.range);
        if (own.length) CSS.highlights.set(HIGHLIGHT_PREFIX + kind, new Highlight(...own));
      }
      ranges = items.map((item) => item.range);
      return ranges;
    },
    setActive(index) {
      single(ACTIVE_HIGHLIGHT, index === null ? undefined : ranges[index], 1);
    },
    flash(index, ms) {
      clearTimeout(flashTimer);
      single(FLASH_HIGHLIGHT, ranges[index], 2);
      flashTimer = setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), ms);
    },
    clear() {
      clearTimeout(flashTimer);
      for (const name of [...HIGHLIGHT_KINDS.map((k) => HIGHLIGHT_PREFIX + k), ACTIVE_HIGHLIGHT, FLASH_HIGHLIGHT]) CSS.highlights.delete(name);
      ranges = [];
      styles.drop();
    },
  };
}

function markPainter(doc: Document): HighlightPainter {
  const styles = adoptedSheet(doc, highlightStyleSheet('mark'));
  let marksBySentence: HTMLElement[][] = [];
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const toggle = (attribute: string, index: number | null) => {
    marksBySentence.forEach((marks, i) => marks.forEach((m) => m.toggleAttribute(attribute, i === index)));
  };
  return {
    wrapsText: true,
    paint(items) {
      styles.adopt();
      // Last sentence first: splitting a text node keeps its first part in place, so the boundaries of the
      // sentences before it (possibly in the same text node) stay where they were.
      const order = items.map((_, i) => i).sort((a, b) => items[b]!.range.compareBoundaryPoints(Range.START_TO_START, items[a]!.range));
      marksBySentence = [];
      for (const i of order) marksBySentence[i] = wrapRange(doc, items[i]!.range, items[i]!.kind, i);
      return marksBySentence.map((marks) => {
        const moved = doc.createRange();
        if (marks.length) {
          moved.setStartBefore(marks[0]!);
          moved.setEndAfter(marks[marks.length - 1]!);
        }
        return moved;
      });
    },
    setActive(index) {
      toggle('data-active', index);
    },
    flash(index, ms) {
      clearTimeout(flashTimer);
      toggle('data-flash', index);
      flashTimer = setTimeout(() => toggle('data-flash', null), ms);
    },
    clear() {
      clearTimeout(flashTimer);
      for (const mark of marksBySentence.flat()) mark.replaceWith(...Array.from(mark.childNodes));
      marksBySentence = [];
      styles.drop();
    },
  };
}

/** Wraps the text of `range` in <mark>s, one per text node it touches; the first one takes focus. */
function wrapRange(doc: Document, range: Range, kind: HighlightKind, index: number): HTMLElement[] {
  const root = range.commonAncestorContainer;
  const texts: Text[] = [];
  if (root.nodeType === 3) texts.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (range.intersectsNode(node)) texts.push(node as Text);
  }
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const marks = texts.flatMap((text) => {
    let part = text;
    if (part === endContainer && endOffset < part.length) part.splitText(endOffset);
    if (part === startContainer && startOffset > 0) part = part.splitText(startOffset);
    if (!part.nodeValue?.trim()) return [];
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, kind);
    mark.setAttribute(MARK_INDEX_ATTRIBUTE, String(index));
    part.replaceWith(mark);
    mark.append(part);
    return [mark];
  });
  if (marks[0]) marks[0].tabIndex = 0;
  return marks;
}
