/**
 * The hand labels of the matching evaluation (tests/fixtures/matching/README.md): per page, the sentences a
 * careful reader links, each with its links. Read and checked with valibot, so a typo in a label file is a clear
 * error with its path, not a silently wrong figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import type { PageInput } from '../../core/analysis';
import { foldPunctuation, normalizeForMatch } from '../../core/text/normalize';
import { pageInputFromText } from '../cli/pageInputFromText';

const FactLink = v.object({
  kind: v.literal('fact'),
  subject: v.pipe(v.string(), v.minLength(3)),
  verdict: v.picklist(['agrees', 'differs']),
});
const QuoteLink = v.object({
  kind: v.literal('quote'),
  speaker: v.pipe(v.string(), v.minLength(2)),
  words: v.pipe(v.string(), v.minLength(2)),
});
const PositionLink = v.object({
  kind: v.literal('position'),
  proposition: v.pipe(v.string(), v.minLength(3)),
  holder: v.pipe(v.string(), v.minLength(2)),
  stance: v.picklist(['for', 'against']),
});
const Link = v.variant('kind', [FactLink, QuoteLink, PositionLink]);
const LabelFile = v.object({
  sentences: v.array(v.object({ text: v.pipe(v.string(), v.minLength(5)), links: v.array(Link) })),
});

export type LabelledLink = v.InferOutput<typeof Link>;
export type FactLabel = v.InferOutput<typeof FactLink>;
export type QuoteLabel = v.InferOutput<typeof QuoteLink>;
export type PositionLabel = v.InferOutput<typeof PositionLink>;

export interface LabelledPage {
  file: string;
  input: PageInput;
  /** a piece of a sentence, copied exactly, and what that sentence links to */
  sentences: { text: string; links: LabelledLink[] }[];
}

export function readLabelledPages(dir: string): LabelledPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => readLabelledPage(dir, file));
}

/** One labelled page: its text file in `dir` and the label file beside it. */
export function readLabelledPage(dir: string, file: string): LabelledPage {
  return { file, input: pageInputFromText(readFileSync(dir + file, 'utf8')), sentences: readLabels(dir + file.replace(/\.txt$/, '.links.json')) };
}

/** One page's label file, checked. */
export function readLabels(path: string): LabelledPage['sentences'] {
  const parsed = v.safeParse(LabelFile, JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`${path.split('/').pop()}: ${v.getDotPath(issue) ?? ''}: ${issue.message}`);
  }
  return parsed.output.sentences;
}

/** Where a page's labels go among its sentences, and the label pieces that are not in exactly one of them. */
export interface PlacedLabels {
  /** sentence index -> the links the reader gave it */
  links: Map<number, LabelledLink[]>;
  /** a label file to mend: a piece found in no sentence or in several */
  errors: string[];
}

/**
 * Each label's piece finds its one sentence: as written first (two sentences may differ only by a full stop),
 * then folded to letters and digits, so a piece copied with other quotation marks or dashes still finds it. A
 * sentence the page repeats word for word takes the label in each place.
 */
export function placeLabels(page: LabelledPage, sentences: readonly { text: string }[]): PlacedLabels {
  const links = new Map<number, LabelledLink[]>();
  const errors: string[] = [];
  for (const label of page.sentences) {
    const exact = sentences.flatMap((s, i) => (foldPunctuation(s.text).includes(foldPunctuation(label.text)) ? [i] : []));
    const piece = squash(label.text);
    const found = exact.length === 1 ? exact : sentences.flatMap((s, i) => (squash(s.text).includes(piece) ? [i] : []));
    // a sentence the page repeats word for word ("…refused to rule out…" twice) is labelled wherever it stands
    const repeated = found.every((i) => squash(sentences[i]!.text) === squash(sentences[found[0]!]!.text));
    const at = found.length === 1 || repeated ? found : [];
    if (at.length === 0) {
      errors.push(`${page.file}: "${label.text}" is in ${found.length} sentences`);
      continue;
    }
    for (const i of at) links.set(i, [...(links.get(i) ?? []), ...label.links]);
  }
  return { links, errors };
}

/** Folded to letters and digits, so a label copied with other quotation marks or dashes still finds its text. */
export function squash(text: string): string {
  return normalizeForMatch(text).replace(/[^a-z0-9]+/g, ' ').trim();
}
