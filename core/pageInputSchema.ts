/**
 * The background trusts nothing a tab sends: a page input is validated (types, sizes) before analysis.
 * Oversized text is cut, not rejected: a very long article is still analysed on its first MAX_TEXT characters.
 */
import * as v from 'valibot';
import type { PageInput } from './analysis';

const MAX_TEXT = 2_000_000;
const MAX_SHORT = 2_000;

const short = v.pipe(v.string(), v.maxLength(MAX_SHORT * 10), v.transform((s) => s.slice(0, MAX_SHORT)));

export const pageInputSchema = v.strictObject({
  url: v.optional(v.pipe(v.string(), v.maxLength(8192))),
  title: short,
  text: v.pipe(v.string(), v.transform((s) => s.slice(0, MAX_TEXT))),
  siteName: v.optional(short),
  published: v.optional(v.pipe(v.string(), v.maxLength(64))),
  lang: v.optional(v.pipe(v.string(), v.maxLength(35))),
});

export type PageInputIssue = { path: string; message: string };

export function parsePageInput(data: unknown): { ok: true; value: PageInput } | { ok: false; issue: PageInputIssue } {
  const result = v.safeParse(pageInputSchema, data);
  if (result.success) return { ok: true, value: result.output };
  const first = result.issues[0];
  return {
    ok: false,
    issue: { path: first ? v.getDotPath(first) ?? '(root)' : '(root)', message: first?.message ?? 'invalid input' },
  };
}
