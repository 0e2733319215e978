/**
 * A source's whole text cut into paragraphs and runs, with the runs that fall inside the passages being opened
 * marked, so the source view can highlight them and scroll the first into view.
 */
import type { Passage } from '../../core/corpus/model';

export interface SourceRun {
  text: string;
  highlighted: boolean;
}

export type SourceParagraph = SourceRun[];

export function sourceSegments(text: string, highlight: readonly Pick<Passage, 'start' | 'end'>[]): SourceParagraph[] {
  const ranges = highlight
    .map((p) => [Math.max(0, p.start), Math.min(text.length, p.end)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const paragraphs: SourceParagraph[] = [];
  const breaks = /\n\s*\n/g;
  let at = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const end = m ? m.index : text.length;
    const runs = runsOf(text, at, end, ranges);
    if (runs.length) paragraphs.push(runs);
    if (!m) break;
    at = m.index + m[0].length;
  }
  return paragraphs;
}

function runsOf(text: string, start: number, end: number, ranges: readonly (readonly [number, number])[]): SourceRun[] {
  const runs: SourceRun[] = [];
  const push = (s: number, e: number, highlighted: boolean) => {
    const piece = text.slice(s, e);
    if (!piece) return;
    const last = runs.at(-1);
    if (last && last.highlighted === highlighted) last.text += piece;
    else runs.push({ text: piece, highlighted });
  };
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= at || s >= end) continue;
    push(at, Math.max(at, s), false);
    push(Math.max(at, s), Math.min(end, e), true);
    at = Math.min(end, e);
  }
  push(at, end, false);
  // trim the paragraph's outer whitespace without losing the runs' inner spacing
  if (runs[0]) runs[0].text = runs[0].text.trimStart();
  const last = runs.at(-1);
  if (last) last.text = last.text.trimEnd();
  return runs.filter((r) => r.text.length > 0);
}
