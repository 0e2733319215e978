/** A source's paragraphs with their offsets: blank lines separate them, or single line breaks when a text has no blank line. */
import type { TextSpan } from '../text/segment';

export function splitParagraphs(text: string): TextSpan[] {
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*(?:\n[ \t]*)+/g : /\n+/g;
  const out: TextSpan[] = [];
  let at = 0;
  const push = (end: number) => {
    const raw = text.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: at + lead, end: at + lead + trimmed.length });
  };
  for (const m of text.matchAll(separator)) {
    push(m.index);
    at = m.index + m[0].length;
  }
  push(text.length);
  return out;
}
