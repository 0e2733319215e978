/**
 * The highlights the analyzer paints, one CSS highlight per kind of match, and what the background's result says
 * they must be; the same in Chromium and Firefox.
 */
import { matchedSentences } from '../../core/highlight/matchedSentences';
import type { TabResult } from '../../core/tabResult';

export const KIND_NAMES = ['crosscheck-fact-agrees', 'crosscheck-fact-differs', 'crosscheck-quote', 'crosscheck-position'];

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Run in the page with KIND_NAMES: name of each painted kind -> the text of each of its ranges, in page order. */
export function paintedHighlightKinds(names: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of names) {
    const highlight = CSS.highlights.get(name);
    if (highlight) out[name] = [...highlight].map((r) => (r as Range).toString());
  }
  return out;
}

/** The sentences the background matched, each with the kind its highlight must have, whitespace squashed. */
export function expectedKinds(result: TabResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of matchedSentences(result.analysis.matches)) (out[`crosscheck-${s.kind}`] ??= []).push(squash(s.sentence));
  return out;
}

/** Painted kinds with their texts' whitespace squashed, to compare with `expectedKinds`. */
export function squashedKinds(painted: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(painted).map(([kind, texts]) => [kind, texts.map(squash)]));
}
