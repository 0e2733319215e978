/** How numbers and lists are written out for readers, the same on every screen: "4 matching sentences", "A, B and C", "four". */

/** zero to twenty as words; larger numbers stay digits */
export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'] as const;

/** "four", "12,000" */
export function numberInWords(n: number): string {
  return NUMBER_WORDS[n] ?? n.toLocaleString('en-GB');
}

/** "1 sentence", "4 sentences"; `plural` for nouns that do not take an s */
export function pluralize(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${nounFor(n, noun, plural)}`;
}

/** the noun alone, for a count shown apart from it ("<strong>4</strong> matching sentences") */
export function nounFor(n: number, noun: string, plural = `${noun}s`): string {
  return n === 1 ? noun : plural;
}

/** "Rudd", "Rudd and May", "Rudd, May and Johnson"; `none` for an empty list */
export function listPhrase(items: readonly string[], none = ''): string {
  if (items.length <= 1) return items[0] ?? none;
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `x` to `digits` decimal places, as figures are shown and stored */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
