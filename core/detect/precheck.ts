/**
 * The pre-check the content script runs on every page: a handful of regular expressions over the title, the
 * metadata and the opening of the text. It answers "maybe" (true) when the page could be about the story, and
 * "no" otherwise. A false "maybe" costs one extraction; a false "no"
 * hides the extension on a story page, so the bar is low: two distinct cues, or one name only the story has.
 */
import type { Story } from '../story/model';

export type PrecheckRules = Story['precheck'];

export interface PrecheckInput {
  title: string;
  url: string;
  meta: string;
  /** at most the first ~30k characters of the page's text */
  text: string;
}

const MAX_TEXT = 30_000;

/**
 * `rules`: the story's pre-check (seeds/story.json, compiled by compilePrecheck): names that on their own make a
 * page worth a look, and terms that count only together, each distinct one once.
 */
export function precheckPage(input: PrecheckInput, rules: PrecheckRules): boolean {
  const haystack = `${input.title}\n${input.meta}\n${decodeUrlWords(input.url)}\n${input.text.slice(0, MAX_TEXT)}`;
  rules.names.lastIndex = 0;
  if (rules.names.test(haystack)) return true;
  const found = new Set<string>();
  for (const m of haystack.matchAll(rules.terms)) {
    const group = Object.entries(m.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
    if (group) found.add(rules.termIds[Number(group.slice(1))]!);
    if (found.size >= rules.enough) return true;
  }
  // fewer terms are enough when they are a pair the story names ("westminster" with "terror")
  return rules.pairs.some(([a, b]) => found.has(a) && found.has(b));
}

/** URL slugs carry the headline on many news sites: "westminster-attacker-named" -> words. */
function decodeUrlWords(url: string): string {
  return url.replace(/[-_/+.]+/g, ' ');
}
