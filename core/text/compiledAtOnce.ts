/**
 * V8 runs a regular expression's first use in its interpreter, compiled for that, and compiles it again to
 * machine code for its next use, unless the first use is on a text of 1,000 characters or more: that it compiles
 * to machine code at once. A pattern every sentence of a page is tried with is compiled once, not twice, when it
 * is first tried on a long stretch of the page's own text. The answer is not read: the sentences give it.
 */

/** the length from which V8 compiles a pattern to machine code at its first use */
const AT_ONCE = 1_000;

/** Tries each pattern once on the opening of the page's text (when it is long enough), leaving it as it was. */
export function compileAtOnce(patterns: Iterable<RegExp>, pageText: string): void {
  if (pageText.length < AT_ONCE) return;
  const opening = pageText.slice(0, 2 * AT_ONCE);
  for (const pattern of patterns) {
    const { lastIndex } = pattern;
    pattern.lastIndex = 0;
    pattern.test(opening);
    pattern.lastIndex = lastIndex;
  }
}
