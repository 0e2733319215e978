import type { QuotedSpan } from './quotedSpans';

/**
 * The text with quoted words blanked out (same length, marks kept): narration patterns (speakers, facts) never
 * match inside what someone is quoted as saying.
 */
export function blankQuotes(text: string, quoted: readonly QuotedSpan[]): string {
  let out = text;
  for (const q of quoted) out = out.slice(0, q.start + 1) + ' '.repeat(Math.max(0, q.end - q.start - 2)) + out.slice(q.end - 1);
  return out;
}
