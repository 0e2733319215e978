/**
 * The pre-check the content script runs on every page: a handful of regular expressions over the title, the
 * metadata and the opening of the text. It answers "maybe" (true) when the page could be about the Westminster
 * attack or the 2017 encryption row, and "no" otherwise. A false "maybe" costs one extraction; a false "no"
 * hides the extension on a story page, so the bar is low: two distinct cues, or one name only the story has.
 */
export interface PrecheckInput {
  title: string;
  url: string;
  meta: string;
  /** at most the first ~30k characters of the page's text */
  text: string;
}

/** Names and phrases that, on their own, make a page worth a closer look. */
const STRONG = /\b(?:khalid masood|masood|keith palmer|andreea cristea|aysha frade|kurt cochran|leslie rhodes|westminster (?:bridge )?(?:terror )?attack|attack (?:on|at) westminster|no place for terrorists to hide|secret place for terrorists)\b/gi;

/** Cues that only count together: each distinct one adds one. */
const WEAK = /\b(?:westminster|parliament|amber rudd|rudd|whatsapp|encrypt(?:ed|ion)|end-to-end|back ?doors?|home secretary|terror(?:ist|ism)?|22 march|march 22|marr show)\b/gi;

const MAX_TEXT = 30_000;

export function precheckPage(input: PrecheckInput): boolean {
  const haystack = `${input.title}\n${input.meta}\n${decodeUrlWords(input.url)}\n${input.text.slice(0, MAX_TEXT)}`;
  STRONG.lastIndex = 0;
  if (STRONG.test(haystack)) return true;
  const cues = new Set<string>();
  for (const m of haystack.matchAll(WEAK)) {
    cues.add(canonicalCue(m[0]));
    if (cues.size >= 3) return true;
  }
  // Two cues are enough when one of them is the home secretary or the place and the other the policy.
  return cues.size >= 2 && (cues.has('westminster') || cues.has('rudd') || cues.has('whatsapp')) && cues.has('terror');
}

function canonicalCue(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('terror')) return 'terror';
  if (w.startsWith('encrypt') || w === 'end-to-end') return 'encrypt';
  if (w.includes('rudd')) return 'rudd';
  if (w.startsWith('back')) return 'backdoor';
  if (w.includes('march')) return 'date';
  return w;
}

/** URL slugs carry the headline on many news sites: "westminster-attacker-named" -> words. */
function decodeUrlWords(url: string): string {
  return url.replace(/[-_/+.]+/g, ' ');
}
