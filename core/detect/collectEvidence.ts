/**
 * Finds the story's cues in a page: the headline counts double, repeated mentions count with diminishing
 * returns (a page that names Masood ten times is not ten times more about him than one naming him three).
 */
import type { TopicEvidence } from '../analysis';
import { foldPunctuation } from '../text/normalize';
import type { Story, StoryCue } from '../story/model';
import { round } from '../text/wording';

export interface CueHit {
  cue: StoryCue;
  where: 'title' | 'text' | 'meta';
  count: number;
  weight: number;
}

const TITLE_FACTOR = 2;

export function findCues(rawTitle: string, rawText: string, rawMeta: string, story: Story): CueHit[] {
  const [title, text, meta] = [rawTitle, rawText, rawMeta].map(foldPunctuation) as [string, string, string];
  const hits: CueHit[] = [];
  for (const cue of [...story.cues, ...story.nearMisses]) {
    // the text first: V8 compiles a pattern first used on a long text to machine code at once, where the title
    // first would have it compiled for its interpreter, then again for the text
    const inText = count(cue.pattern, text);
    const inTitle = count(cue.pattern, title);
    const inMeta = count(cue.pattern, meta);
    if (inTitle) hits.push({ cue, where: 'title', count: inTitle, weight: cue.weight * TITLE_FACTOR });
    if (inText) hits.push({ cue, where: 'text', count: inText, weight: cue.weight * Math.min(3, 1 + Math.log2(inText)) });
    if (inMeta && !inTitle) hits.push({ cue, where: 'meta', count: inMeta, weight: cue.weight });
  }
  return hits;
}

function count(pattern: RegExp, text: string): number {
  if (!text) return 0;
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

export function cueEvidence(hit: CueHit): TopicEvidence {
  const times = hit.count > 1 ? ` (${hit.count}×)` : '';
  return { label: `${hit.cue.label}${times}`, weight: round(hit.cue.side === 'negative' ? -hit.weight : hit.weight), where: hit.where, side: hit.cue.side };
}


