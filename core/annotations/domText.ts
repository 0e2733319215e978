/**
 * The text of a DOM subtree as annotations see it, and the mapping between offsets in that text and points
 * in its text nodes. Whitespace is collapsed to single spaces (indentation in the HTML source is not
 * text a reader sees) and a space separates block elements that the source runs together, so a quote reads
 * the same whether it was selected in the page, taken from the extracted article, or exported.
 * Script, style and template contents are not text. Only DOM interfaces are used, through the root's own
 * document, so this runs on the live page and on happy-dom alike.
 */

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);
const BLOCK_TAGS =
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(' ');
const BLOCKS = new Set(BLOCK_TAGS);
const BLOCK_SELECTOR = BLOCK_TAGS.join(',');

interface Segment {
  node: Text;
  /** offset in the collapsed text of this segment's first character */
  start: number;
  /** characters this segment contributes (a separator after the node included) */
  length: number;
  /** offset in node.data of the first character, when the characters map one to one (most nodes) */
  shift: number;
  /** offset in node.data of each character, only for nodes with whitespace collapsed inside them */
  rawOffsets: number[] | null;
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

/** Offset in node.data of the segment's i-th character. */
function rawAt(segment: Segment, i: number): number {
  return segment.rawOffsets ? segment.rawOffsets[i]! : Math.min(segment.shift + i, segment.node.data.length);
}

/** Characters of the segment that come before offset `raw` of its node. */
function countBefore(segment: Segment, raw: number): number {
  if (!segment.rawOffsets) return Math.max(0, Math.min(segment.length, raw - segment.shift));
  let count = 0;
  while (count < segment.rawOffsets.length && segment.rawOffsets[count]! < raw) count++;
  return count;
}

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
  let block: Element | null = null; // the block element last entered
  let blockChanged = false;
  let last: Segment | undefined;

  // "end.</p><p>Start" reads as two words: a space where a block starts or ends, or a <br> is, unless one is there.
  const separate = () => {
    if (!last || lastWasSpace) return;
    parts.push(' ');
    last.rawOffsets?.push(last.node.data.length);
    last.length++;
    length++;
    lastWasSpace = true;
  };

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR') separate();
      else if (BLOCKS.has(tag)) {
        block = node as Element;
        blockChanged = true;
      }
      continue;
    }
    const textNode = node as Text;
    if (blockChanged || (block && !block.contains(textNode))) {
      separate();
      blockChanged = false;
      if (block && !block.contains(textNode)) block = textNode.parentElement?.closest(BLOCK_SELECTOR) ?? null;
    }
    const data = textNode.data;
    let from = 0;
    if (lastWasSpace) while (from < data.length && isWhitespace(data[from]!)) from++;
    if (from === data.length) continue;
    const rest = data.slice(from);
    let chunk: string;
    let rawOffsets: number[] | null = null;
    if (!/[ \t\n\r\f]{2,}[^ \t\n\r\f]/.test(rest) && !/^[ \t\n\r\f]{2}/.test(rest)) {
      // Whitespace collapses only at the end, if at all: characters map one to one.
      chunk = rest.replace(/[ \t\n\r\f]+$/, ' ').replace(/[\t\n\r\f]/g, ' ');
    } else {
      rawOffsets = [];
      chunk = '';
      let space = lastWasSpace;
      for (let i = from; i < data.length; i++) {
        const c = data[i]!;
        if (isWhitespace(c)) {
          if (space) continue;
          chunk += ' ';
          space = true;
        } else {
          chunk += c;
          space = false;
        }
        rawOffsets.push(i);
      }
    }
    lastWasSpace = chunk.endsWith(' ');
    const segment: Segment = { node: textNode, start: length, length: chunk.length, shift: from, rawOffsets };
    parts.push(chunk);
    length += chunk.length;
    segments.push(segment);
    last = segment;
  }
  let text = parts.join('');
  if (text.endsWith(' ') && last) {
    text = text.slice(0, -1);
    last.length--;
    last.rawOffsets?.pop();
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
  return [
    { node: first.node, offset: rawAt(first, start - first.start) },
    { node: last.node, offset: Math.min(rawAt(last, end - 1 - last.start) + 1, last.node.data.length) },
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
  if (inText) return inText.start + countBefore(inText, offset);
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
