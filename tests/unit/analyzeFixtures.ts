/**
 * The labelled pages under tests/fixtures/pages (the devset) and tests/fixtures/pages/heldout (pages by other
 * publishers kept out of tuning), read the way the CLI reads them. The label is the answer: it is returned
 * beside the page input, never inside it. Also the dev half of the matching evaluation's pages (tests/fixtures/matching/dev),
 * read the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PageInput, Topic } from '../../core/analysis';
import { pageInputFromText } from '../../scripts/cli/pageInputFromText';

export type Label = 'attack' | 'encryption' | 'both' | 'related-other' | 'unrelated';

export interface LabelledPage {
  file: string;
  label: Label;
  input: PageInput;
}

const ROOT = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
export const SPLITS = { devset: ROOT, heldout: `${ROOT}heldout/` } as const;

export function labelledPages(split: keyof typeof SPLITS): LabelledPage[] {
  const dir = SPLITS[split];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(dir + file, 'utf8');
      const label = /^LABEL: (\S+)$/m.exec(raw)?.[1] as Label | undefined;
      if (!label) throw new Error(`${file} has no LABEL line`);
      return { file, label, input: pageInputFromText(raw) };
    });
}

export function fixtureText(split: keyof typeof SPLITS, prefix: string): PageInput {
  const page = labelledPages(split).find((p) => p.file.startsWith(prefix));
  if (!page) throw new Error(`no ${split} fixture starting with ${prefix}`);
  return page.input;
}

/** The topic a label expects: the negatives must come out `none`. */
export function expectedTopic(label: Label): Topic {
  return label === 'related-other' || label === 'unrelated' ? 'none' : label;
}

const MATCHING_DEV = fileURLToPath(new URL('../fixtures/matching/dev/', import.meta.url));

/** A page of the matching evaluation's dev half, by the start of its file name; `published` stands in for its date. */
export function matchingDevPage(prefix: string, published?: string): PageInput {
  const file = readdirSync(MATCHING_DEV).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no matching dev page ${prefix}`);
  const input = pageInputFromText(readFileSync(MATCHING_DEV + file, 'utf8'));
  return published ? { ...input, published } : input;
}
