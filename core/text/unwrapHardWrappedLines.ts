/**
 * Wire copy often arrives hard-wrapped at ~65 characters, and Intl.Segmenter treats every line break as the
 * end of a sentence. When most lines of a text look wrapped (medium length, no closing punctuation), single
 * line breaks become spaces. Length-preserving, so offsets into the text stay valid for highlighting.
 */
const MIN_WRAPPED_LINES = 5;
const WRAPPED_SHARE = 0.5;

export function unwrapHardWrappedLines(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim());
  const wrapped = lines.filter((l) => l.length >= 30 && l.length <= 90 && !/[.!?:"'\u201D\u2019)]\s*$/.test(l));
  if (wrapped.length < MIN_WRAPPED_LINES || wrapped.length / lines.length < WRAPPED_SHARE) return text;
  return text.replace(/([^\n])\n(?=[^\n])/g, '$1 ');
}
