/**
 * Finds the page's matched sentences in the live DOM and turns them into Ranges. The sentences were extracted
 * from a clone (Readability, block text), so they can differ from the DOM's text in whitespace (line breaks,
 * block boundaries with no space between their text nodes), quote and dash style, case and invisible
 * characters. Both sides are folded the same way before searching: whitespace and invisible characters are
 * dropped, quotes and dashes made ASCII, letters lower-cased. The index keeps where each text node starts in the
 * folded text; a hit's two ends are mapped back into their nodes, so the cost of mapping is paid only for hits.
 * Only DOM types are used (runs in happy-dom).
 */
import { runAtOnce, runInSlices, type YieldToPage } from '../slices';
import { foldPunctuation } from '../text/normalize';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);
/** whitespace, soft hyphen, zero-width characters and the byte-order mark carry no text to match on */
const DROPPED = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]/;
/** how much of each end of a sentence must be found verbatim when the sentence as a whole is not */
const ANCHOR_CHARS = 40;

export interface TextIndex {
  /** the folded text of the whole root */
  folded: string;
  nodes: Text[];
  /** where each node's folded text starts in `folded` (ascending) */
  starts: Uint32Array;
}

export interface LocateOptions {
  /** elements to leave out with everything inside (e.g. the extension's own card host) */
  skip?: (element: Element) => boolean;
  /** a hit inside an element that is not rendered is passed over for a later one */
  isVisible?: (element: Element) => boolean;
}

const DROPPED_ALL = new RegExp(DROPPED.source, 'g');

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return '';
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  }
  if (DROPPED.test(c)) return '';
  const lower = foldPunctuation(c).toLowerCase();
  return lower.length === 1 ? lower : c;
}

/** The folded form of a string, as the index holds the page's text. */
export function foldForLocating(text: string): string {
  // Whole-string operations first (fast); character by character only where lower-casing changes a length.
  const stripped = text.replace(DROPPED_ALL, '');
  const lowered = foldPunctuation(stripped).toLowerCase();
  if (lowered.length === stripped.length) return lowered;
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

/** The offset in a text node's value of its `folded`-th folded character. */
function rawOffset(value: string, folded: number): number {
  let seen = 0;
  for (let i = 0; i < value.length; i++) {
    if (!foldChar(value[i]!)) continue;
    if (seen === folded) return i;
    seen++;
  }
  return value.length;
}

/** how many nodes are indexed between two points where the walk may pause */
const NODES_PER_STEP = 200;

/** The walk behind indexText, pausing every NODES_PER_STEP nodes (core/slices.ts). */
export function* indexTextWork(root: Node, options: LocateOptions = {}): Generator<void, TextIndex> {
  const nodes: Text[] = [];
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const folded = foldForLocating(node.nodeValue ?? '');
      if (folded) {
        nodes.push(node as Text);
        starts.push(length);
        parts.push(folded);
        length += folded.length;
      }
    } else if (node.nodeType === 1 && node.firstChild) {
      const el = node as Element;
      if (!SKIPPED.has(el.tagName.toUpperCase()) && !options.skip?.(el)) {
        node = el.firstChild;
        continue;
      }
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = !node || node === root ? null : node.nextSibling;
    if (++visited % NODES_PER_STEP === 0) yield;
  }
  return { folded: parts.join(''), nodes, starts: Uint32Array.from(starts) };
}

export function indexText(root: Node, options: LocateOptions = {}): TextIndex {
  return runAtOnce(indexTextWork(root, options));
}

/** The text node holding a folded position, and the position's offset in that node's value. */
function pointAt(index: TextIndex, position: number): { node: Text; offset: number } {
  let low = 0;
  let high = index.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (index.starts[mid]! <= position) low = mid;
    else high = mid - 1;
  }
  const node = index.nodes[low]!;
  return { node, offset: rawOffset(node.nodeValue ?? '', position - index.starts[low]!) };
}

export interface FoldedSpan {
  start: number;
  /** exclusive */
  end: number;
}

/** Every place the folded sentence occurs in the index, verbatim first, else by its two ends. */
function* occurrences(index: TextIndex, needle: string): Generator<FoldedSpan> {
  const { folded } = index;
  let found = false;
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    found = true;
    yield { start: at, end: at + needle.length };
  }
  if (found || needle.length < ANCHOR_CHARS * 2) return;
  // The middle differs (a footnote marker, an inline element Readability dropped): anchor on both ends,
  // with the end no further than the sentence's length allows.
  const head = needle.slice(0, ANCHOR_CHARS);
  const tail = needle.slice(-ANCHOR_CHARS);
  for (let at = folded.indexOf(head); at !== -1; at = folded.indexOf(head, at + 1)) {
    const tailAt = folded.indexOf(tail, at + head.length);
    if (tailAt !== -1 && tailAt + tail.length - at <= needle.length * 1.25) yield { start: at, end: tailAt + tail.length };
  }
}

function elementOf(index: TextIndex, position: number): Element | null {
  return pointAt(index, position).node.parentElement;
}

/**
 * Where each sentence is, in folded positions, or null. Sentences are taken to come in page order: each is
 * looked for after the previous hit first (a headline repeated in a sidebar does not steal the article's),
 * then anywhere. Visibility is asked only of a sentence the page has more than once (asking costs a style
 * read, and a sentence found once has no other place to be), and only until a visible place is found.
 */
export function locateSpans(index: TextIndex, sentences: string[], options: LocateOptions = {}): (FoldedSpan | null)[] {
  return runAtOnce(locateSpansWork(index, sentences, options));
}

/** The search behind locateSpans, pausing after each sentence (core/slices.ts). */
function* locateSpansWork(index: TextIndex, sentences: string[], options: LocateOptions): Generator<void, (FoldedSpan | null)[]> {
  let cursor = 0;
  const spans: (FoldedSpan | null)[] = [];
  for (const sentence of sentences) {
    spans.push(spanOf(sentence));
    yield;
  }
  return spans;

  function spanOf(sentence: string): FoldedSpan | null {
    const needle = foldForLocating(sentence);
    if (!needle) return null;
    const first = index.folded.indexOf(needle);
    const unique = first !== -1 && first === index.folded.lastIndexOf(needle);
    const shows = (span: FoldedSpan) => {
      if (unique || !options.isVisible) return true;
      const el = elementOf(index, span.start);
      return !el || options.isVisible(el);
    };
    let before: FoldedSpan | null = null;
    for (const span of occurrences(index, needle)) {
      if (span.start >= cursor) {
        if (!shows(span)) continue;
        cursor = span.end;
        return span;
      }
      if (!before && shows(span)) before = span;
    }
    return before;
  }
}

export function rangeOf(index: TextIndex, span: FoldedSpan, doc: Document): Range {
  const range = doc.createRange();
  const start = pointAt(index, span.start);
  const last = pointAt(index, span.end - 1);
  range.setStart(start.node, start.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

/** The Range of each sentence under `root`, or null where it cannot be found. */
export function locateSentences(root: Node, sentences: string[], options: LocateOptions = {}): (Range | null)[] {
  const doc = root.ownerDocument ?? (root as Document);
  const index = indexText(root, options);
  return locateSpans(index, sentences, options).map((span) => (span ? rangeOf(index, span, doc) : null));
}

/**
 * locateSentences for the live page, a slice at a time. The page may change between slices: a sentence whose
 * text is no longer where it was found is left out (null), as a sentence not found is.
 */
export function locateSentencesInSlices(root: Node, sentences: string[], options: LocateOptions, yieldToPage: YieldToPage): Promise<(Range | null)[]> {
  return runInSlices(locateRangesWork(root, sentences, options), yieldToPage);
}

/**
 * The work behind locateSentencesInSlices: the index, the search, then each sentence's Range, pausing after
 * each sentence (on a 20,000-word page the Ranges and their checks alone took 25 to 30 ms).
 */
function* locateRangesWork(root: Node, sentences: string[], options: LocateOptions): Generator<void, (Range | null)[]> {
  const doc = root.ownerDocument ?? (root as Document);
  const index = yield* indexTextWork(root, options);
  const spans = yield* locateSpansWork(index, sentences, options);
  const ranges: (Range | null)[] = [];
  for (const [i, span] of spans.entries()) {
    ranges.push(span && checkedRange(index, span, sentences[i]!, doc));
    yield;
  }
  return ranges;
}

/** The span's Range, if the page still holds the sentence's opening there. */
function checkedRange(index: TextIndex, span: FoldedSpan, sentence: string, doc: Document): Range | null {
  try {
    const range = rangeOf(index, span, doc);
    const head = foldForLocating(sentence).slice(0, ANCHOR_CHARS);
    return foldForLocating(range.toString()).startsWith(head) ? range : null;
  } catch (error) {
    // A text node got shorter meanwhile, so the offsets no longer fit in it; anything else is a bug.
    if ((error as { name?: unknown } | null)?.name === 'IndexSizeError') return null;
    throw error;
  }
}
