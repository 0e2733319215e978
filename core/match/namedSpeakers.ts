/**
 * Someone named by two capitalised words who speaks or demands: "former Prime Minister David Cameron lobbied for…",
 * "Diane Abbott said…", "…, says Andy Burnham". It is what
 * `/\b\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+\s+(?:has\s+|had\s+|also\s+)?(?:lobbied|…)\b|\b(?:said|says)\s+\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+/gu`
 * finds, read from each verb outwards instead: that pattern's Unicode classes cost a cold worker several
 * milliseconds to compile on its first page, where this costs nothing. Letters are told by their case, which every
 * script a name in an English page is written in has.
 */

const VERB = /\b(?:lobbied|called|urged|demanded|argued|said|says|told|wants|wanted|warned|insisted)\b/g;
const HELPERS = ['has', 'had', 'also'];
const SPACE = /\s/;

export interface NamedSpeaker {
  index: number;
  end: number;
}

/** The spans of "First Last said" and "said First Last" in `text`, left to right, none overlapping another. */
export function namedSpeakers(text: string): NamedSpeaker[] {
  const found: NamedSpeaker[] = [];
  for (const verb of text.matchAll(VERB)) {
    const end = verb.index + verb[0].length;
    const before = nameBefore(text, verb.index);
    if (before !== undefined) found.push({ index: before, end });
    if (verb[0] === 'said' || verb[0] === 'says') {
      const after = twoNamesFrom(text, end);
      if (after !== undefined) found.push({ index: verb.index, end: after });
    }
  }
  found.sort((a, b) => a.index - b.index);
  const out: NamedSpeaker[] = [];
  for (const span of found) if (out.length === 0 || span.index >= out.at(-1)!.end) out.push(span);
  return out;
}

/** where "First Last " (and "has ", "had " or "also ") before the verb at `at` starts */
function nameBefore(text: string, at: number): number | undefined {
  let p = spacesBack(text, at);
  if (p === undefined) return undefined;
  const helper = HELPERS.find((h) => text.startsWith(h, p! - h.length) && p! - h.length > 0 && SPACE.test(text[p! - h.length - 1]!));
  if (helper) p = spacesBack(text, p - helper.length);
  if (p === undefined) return undefined;
  // the second name: a whole word, from just after a space
  let start = p;
  while (start > 0 && isNameChar(text[start - 1]!)) start--;
  if (start === 0 || !SPACE.test(text[start - 1]!) || p - start < 2 || !isUpper(text[start]!)) return undefined;
  const q = spacesBack(text, start);
  if (q === undefined) return undefined;
  // the first name: from its leftmost capital at a word boundary
  let from = q;
  while (from > 0 && isNameChar(text[from - 1]!)) from--;
  for (let j = from; j <= q - 2; j++) if (isUpper(text[j]!) && asciiWordBoundary(text, j)) return j;
  return undefined;
}

/** where "First Last" after "said " at `at` ends */
function twoNamesFrom(text: string, at: number): number | undefined {
  let p = spacesOn(text, at);
  if (p === undefined) return undefined;
  const first = nameOn(text, p);
  if (first === undefined) return undefined;
  p = spacesOn(text, first);
  return p === undefined ? undefined : nameOn(text, p);
}

/** the end of a capital and one or more name characters from `at` */
function nameOn(text: string, at: number): number | undefined {
  if (at >= text.length || !isUpper(text[at]!)) return undefined;
  let end = at + 1;
  while (end < text.length && isNameChar(text[end]!)) end++;
  return end - at >= 2 ? end : undefined;
}

/** the start of one or more spaces ending at `at`, or undefined if none */
function spacesBack(text: string, at: number): number | undefined {
  let p = at;
  while (p > 0 && SPACE.test(text[p - 1]!)) p--;
  return p < at ? p : undefined;
}

/** the end of one or more spaces from `at`, or undefined if none */
function spacesOn(text: string, at: number): number | undefined {
  let p = at;
  while (p < text.length && SPACE.test(text[p]!)) p++;
  return p > at ? p : undefined;
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** a letter, an apostrophe or a hyphen */
function isNameChar(c: string): boolean {
  return c === "'" || c === '-' || c.toLowerCase() !== c.toUpperCase();
}

const ASCII_WORD = /[A-Za-z0-9_]/;

/** `\b` as a pattern without the `i` flag reads it: between an ASCII word character and anything else */
function asciiWordBoundary(text: string, at: number): boolean {
  const before = at > 0 && ASCII_WORD.test(text[at - 1]!);
  return before !== ASCII_WORD.test(text[at]!);
}

/** The pattern every sentence of a page is read with for the people it gives words to. */
export const NAMED_SPEAKER_PATTERNS: readonly RegExp[] = [VERB];
