/**
 * The text of a DOM subtree as annotations see it, and the mapping between offsets in that text and points
 * in its text nodes. Whitespace is collapsed to single spaces (indentation in the HTML source is not
 * text a reader sees) and a space separates block elements that the source runs together, so a quote reads
 * the same whether it was selected in the page, taken from the extracted article, or exported.
 * Script, style and template contents are not text. Only DOM interfaces are used, through the root's own
 * document, so this runs on the live page and on happy-dom alike.
 */

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);
const BLOCK_SELECTOR =
  'address,article,aside,blockquote,dd,details,div,dl,dt,fieldset,figcaption,figure,footer,form,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,summary,table,td,th,tr,ul,body';

interface Segment {
  node: Text;
  /** offset in the collapsed text of this segment's first character */
  start: number;
  /** for each character this segment contributes, its offset in node.data */
  rawOffsets: number[];
}

export interface DomText {
  root: Node;
  text: string;
  segments: Segment[];
}

export interface DomPoint {
  node: Node;
  offset: number;
}

const isWhitespace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

export function readDomText(root: Node): DomText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      node.nodeType === 1 && NOT_TEXT.has((node as Element).tagName.toUpperCase())
        ? 2 /* FILTER_REJECT: skips the subtree */
        : 1 /* FILTER_ACCEPT */,
  });
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let lastWasSpace = true; // drops leading whitespace
  let lastBlock: Element | null = null;
  let last: Segment | undefined;

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) {
      if ((node as Element).tagName.toUpperCase() === 'BR' && last && !lastWasSpace) {
        parts.push(' ');
        last.rawOffsets.push(last.node.data.length);
        length++;
        lastWasSpace = true;
      }
      continue;
    }
    const textNode = node as Text;
    const block = textNode.parentElement?.closest(BLOCK_SELECTOR) ?? null;
    if (block !== lastBlock && last && !lastWasSpace) {
      // Adjacent blocks with no whitespace between them in the source: "end.</p><p>Start" reads as two words.
      parts.push(' ');
      last.rawOffsets.push(last.node.data.length);
      length++;
      lastWasSpace = true;
    }
    lastBlock = block;
    const segment: Segment = { node: textNode, start: length, rawOffsets: [] };
    const data = textNode.data;
    let chunk = '';
    for (let i = 0; i < data.length; i++) {
      const c = data[i]!;
      if (isWhitespace(c)) {
        if (lastWasSpace) continue;
        chunk += ' ';
        lastWasSpace = true;
      } else {
        chunk += c;
        lastWasSpace = false;
      }
      segment.rawOffsets.push(i);
    }
    if (chunk.length === 0) continue;
    parts.push(chunk);
    length += chunk.length;
    segments.push(segment);
    last = segment;
  }
  let text = parts.join('');
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    last?.rawOffsets.pop();
  }
  return { root, text, segments };
}

/** Index of the segment holding the character at `offset` (offset < text length). */
function segmentAt(domText: DomText, offset: number): Segment {
  const { segments } = domText;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return segments[lo]!;
}

/** DOM points for the text offsets [start, end); null when they fall outside the text. */
export function pointsForOffsets(domText: DomText, start: number, end: number): [DomPoint, DomPoint] | null {
  if (start < 0 || end > domText.text.length || start >= end) return null;
  const first = segmentAt(domText, start);
  const last = segmentAt(domText, end - 1);
  const lastRaw = last.rawOffsets[end - 1 - last.start]!;
  return [
    { node: first.node, offset: first.rawOffsets[start - first.start]! },
    { node: last.node, offset: Math.min(lastRaw + 1, last.node.data.length) },
  ];
}

/** A live Range over the text offsets [start, end), or null when they fall outside the text. */
export function rangeForOffsets(domText: DomText, start: number, end: number): Range | null {
  const points = pointsForOffsets(domText, start, end);
  if (!points) return null;
  const doc = domText.root.ownerDocument ?? (domText.root as Document);
  const range = doc.createRange();
  range.setStart(points[0].node, points[0].offset);
  range.setEnd(points[1].node, points[1].offset);
  return range;
}

/** Number of text characters before the DOM point (container, offset). */
function offsetOfPoint(domText: DomText, container: Node, offset: number): number {
  const { segments, text } = domText;
  const inText = container.nodeType === 3 ? segments.find((s) => s.node === container) : undefined;
  if (inText) return inText.start + inText.rawOffsets.filter((raw) => raw < offset).length;
  // A point between nodes, or inside text that is not mapped: the first mapped character after it.
  const isElement = container.nodeType === 1 || container.nodeType === 9 || container.nodeType === 11;
  const child = isElement ? container.childNodes[offset] : undefined;
  const after = (node: Node): boolean => {
    if (child) return node === child || child.contains(node) || !!(child.compareDocumentPosition(node) & 4);
    // past the container's last child, or inside an unmapped text node: anything following the container
    return !container.contains(node) && !!(container.compareDocumentPosition(node) & 4);
  };
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(segments[mid]!.node)) hi = mid;
    else lo = mid + 1;
  }
  return lo < segments.length ? segments[lo]!.start : text.length;
}

/** Text offsets [start, end) covered by a DOM range. */
export function offsetsForRange(domText: DomText, range: Range): { start: number; end: number } {
  return {
    start: offsetOfPoint(domText, range.startContainer, range.startOffset),
    end: offsetOfPoint(domText, range.endContainer, range.endOffset),
  };
}
