/**
 * Where words start and end, read a character at a time: what `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])` say in
 * a regular expression, without one. A pattern of a hundred alternatives behind such a look-around costs a cold
 * worker tens of milliseconds to compile on its first page; these cost nothing to start.
 */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function isLetterOrNumber(codePoint: number): boolean {
  // ASCII first: almost every character of an English page
  if (codePoint < 0x80) return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x30 && codePoint <= 0x39);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint));
}

/** Whether a letter or a number (a whole code point) ends just before `at`. */
export function letterOrNumberBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const last = text.charCodeAt(at - 1);
  if (last >= 0xdc00 && last <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isLetterOrNumber(((high - 0xd800) << 10) + (last - 0xdc00) + 0x10000);
  }
  return isLetterOrNumber(last);
}

/** Whether a letter or a number starts at `at`. */
export function letterOrNumberAt(text: string, at: number): boolean {
  return at < text.length && isLetterOrNumber(text.codePointAt(at)!);
}

/** Whether `term` occurs in `text` at the start of a word ("encrypt" in "end-to-end encrypted"). */
export function hasWordStart(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) if (!letterOrNumberBefore(text, at)) return true;
  return false;
}
