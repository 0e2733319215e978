/**
 * Quoted words in a source, found by their quotation marks: curly and straight mixed, a quote that runs over
 * several paragraphs (each opening with a quotation mark, closing only at the end) kept whole, and single
 * quotes of three words or more (British headlines quote in single marks; shorter ones are scare quotes
 * such as 'back doors'). Apostrophes inside and at the end of words are not quotation marks.
 */
import type { TextSpan } from '../text/segment';

export interface QuotedSpan {
  /** the quoted words, paragraph pieces joined by a space, without the marks */
  text: string;
  /** the quoted words of each paragraph, without the marks, with offsets into the source text */
  pieces: TextSpan[];
  /** offset of the opening mark */
  start: number;
  /** offset just after the closing mark (or the end of the last piece when it never closes) */
  end: number;
  /** indexes of the paragraphs it spans */
  paragraphs: number[];
  marks: 'double' | 'single';
}

const MIN_SINGLE_QUOTE_WORDS = 3;
const MAX_SINGLE_QUOTE_WORDS = 40;

type Mark = { at: number; role: 'open' | 'close' };

/** Double marks: “ opens, ” closes, a straight " opens after a space (or at the start) and closes after a word. */
function doubleMarks(para: string): Mark[] {
  const out: Mark[] = [];
  for (let i = 0; i < para.length; i++) {
    const c = para[i];
    if (c === '\u201C' || c === '\u201E') out.push({ at: i, role: 'open' });
    else if (c === '\u201D') out.push({ at: i, role: 'close' });
    else if (c === '"') {
      const before = i === 0 ? ' ' : para[i - 1]!;
      const after = para[i + 1] ?? ' ';
      out.push({ at: i, role: /[\s([\u2014\u2013-]/.test(before) && !/\s/.test(after) ? 'open' : 'close' });
    }
  }
  return out;
}

export function findQuotedSpans(paragraphs: readonly TextSpan[]): QuotedSpan[] {
  const doubles = findDoubleQuotes(paragraphs).filter((d) => !isTitle(d.text));
  // single quotes inside double quotes are quotes within quotes, not the source quoting someone
  const singles = findSingleQuotes(paragraphs).filter((s) => !doubles.some((d) => s.start >= d.start && s.end <= d.end));
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}

/** A quoted title, not speech: the BBC's “Andrew Marr Show.”, Sky's “Sophy Ridge on Sunday” */
function isTitle(text: string): boolean {
  const words = text.replace(/[.,!?]$/, '').split(/\s+/);
  const capitalised = words.filter((w) => /^[A-Z0-9]/.test(w)).length;
  return words.length <= 8 && capitalised >= 2 && words.every((w) => /^[A-Z0-9]/.test(w) || /^(?:on|of|and|the|in|at|for|to|a)$/.test(w));
}

function findDoubleQuotes(paragraphs: readonly TextSpan[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let open: { start: number; pieces: TextSpan[]; paragraphs: number[]; pieceStart: number } | undefined;
  const closePiece = (paraIndex: number, end: number) => {
    const para = paragraphs[paraIndex]!;
    const raw = para.text.slice(open!.pieceStart - para.start, end - para.start);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (piece) open!.pieces.push({ text: piece, start: open!.pieceStart + lead, end: open!.pieceStart + lead + piece.length });
    if (!open!.paragraphs.includes(paraIndex)) open!.paragraphs.push(paraIndex);
  };
  const finish = (end: number) => {
    if (open && open.pieces.length > 0) {
      out.push({ text: open.pieces.map((p) => p.text).join(' '), pieces: open.pieces, start: open.start, end, paragraphs: open.paragraphs, marks: 'double' });
    }
    open = undefined;
  };
  paragraphs.forEach((para, paraIndex) => {
    const marks = doubleMarks(para.text);
    for (const [k, mark] of marks.entries()) {
      const at = para.start + mark.at;
      if (mark.role === 'open' && !open) open = { start: at, pieces: [], paragraphs: [], pieceStart: at + 1 };
      else if (mark.role === 'open' && open && k === 0 && mark.at === 0 && open.pieces.length > 0) open.pieceStart = at + 1; // continued paragraph
      else if (mark.role === 'open' && open) {
        // an opening mark inside an open quote is a paragraph break the text lost: `hide. "We need ...`
        closePiece(paraIndex, at);
        open.pieceStart = at + 1;
      }
      else if (mark.role === 'close' && open) {
        closePiece(paraIndex, at);
        finish(at + 1);
      }
    }
    if (!open) return;
    closePiece(paraIndex, para.end);
    // A quote left open continues only into a paragraph that opens with a quotation mark.
    const next = paragraphs[paraIndex + 1];
    const nextOpens = next !== undefined && doubleMarks(next.text)[0]?.at === 0 && doubleMarks(next.text)[0]?.role === 'open';
    if (!nextOpens) finish(para.end);
  });
  return out;
}

function findSingleQuotes(paragraphs: readonly TextSpan[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const opener = /(?<=^|[\s(\u2014\u2013-])['\u2018](?=[A-Za-z0-9])/g;
  paragraphs.forEach((para, paraIndex) => {
    for (const m of para.text.matchAll(opener)) {
      const from = m.index + 1;
      // the next mark that follows a word and is not followed by a letter: "terrorists' messages" is not one
      const close = /(?<=[A-Za-z0-9.!?,])['\u2019](?![A-Za-z])/g;
      close.lastIndex = from;
      const c = close.exec(para.text);
      if (!c) continue;
      const inner = para.text.slice(from, c.index);
      const words = inner.trim().split(/\s+/).length;
      if (words < MIN_SINGLE_QUOTE_WORDS || words > MAX_SINGLE_QUOTE_WORDS || /["\u201C\u201D]/.test(inner)) continue;
      const start = para.start + from;
      out.push({
        text: inner.trim(),
        pieces: [{ text: inner.trim(), start, end: start + inner.trim().length }],
        start: para.start + m.index,
        end: para.start + c.index + 1,
        paragraphs: [paraIndex],
        marks: 'single',
      });
    }
  });
  return out;
}
