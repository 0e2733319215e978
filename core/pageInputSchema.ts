/**
 * The background trusts nothing a tab sends: a page input is validated (types, schemes) before analysis.
 * Oversized values are cut, not rejected: a very long article is still analysed on its first MAX_TEXT
 * characters, a 2 MB title on its first MAX_TITLE, a long share link on its first MAX_URL (pageAddress.ts).
 */
import * as v from 'valibot';
import type { PageInput } from './analysis';
import { cutTo, MAX_TITLE, webAddressSchema } from './pageAddress';

export const MAX_TEXT = 2_000_000;

export const pageInputSchema = v.strictObject({
  url: v.optional(webAddressSchema),
  title: cutTo(MAX_TITLE),
  text: cutTo(MAX_TEXT),
  siteName: v.optional(cutTo(MAX_TITLE)),
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
