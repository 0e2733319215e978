/**
 * A content script runs inside pages the extension does not control, so whatever reaches the background as
 * `analyzePage` may be forged. The background parses it with parsePageInput before anything else: wrong types,
 * addresses that are not http(s) and unknown fields are rejected with the path of the bad field; oversized text,
 * titles and addresses are cut to their bounds, never refused and never analysed whole.
 */
import { describe, expect, it } from 'vitest';
import { newAnnotation, saveAnnotationSchema } from '../../core/annotations/newAnnotation';
import { MAX_TITLE, MAX_URL, pageUrl } from '../../core/pageAddress';
import { MAX_TEXT, parsePageInput } from '../../core/pageInputSchema';
import * as v from 'valibot';

const VALID = {
  url: 'https://www.reuters.com/article/britain-security-rudd',
  title: 'Rudd: WhatsApp encryption completely unacceptable',
  text: 'British interior minister Amber Rudd said on Sunday end-to-end encryption is "completely unacceptable".',
  siteName: 'Reuters',
  published: '2017-03-26',
  lang: 'en',
};

function rejection(data: unknown): string {
  const parsed = parsePageInput(data);
  if (parsed.ok) throw new Error(`accepted ${JSON.stringify(data).slice(0, 200)}`);
  return `${parsed.issue.path}: ${parsed.issue.message}`;
}

describe('forged analyzePage messages', () => {
  it('accepts a real page input unchanged', () => {
    expect(parsePageInput(VALID)).toEqual({ ok: true, value: VALID });
  });

  it.each([
    ['nothing', undefined, /\(root\)/],
    ['null', null, /\(root\)/],
    ['a string', 'Khalid Masood', /\(root\)/],
    ['an array (no title at its root)', [VALID], /^title: /],
    ['a number as title', { ...VALID, title: 42 }, /^title: /],
    ['an object as text', { ...VALID, text: { toString: (): string => 'Masood' } }, /^text: /],
    ['null text', { ...VALID, text: null }, /^text: /],
    ['no text', { url: VALID.url, title: VALID.title }, /^text: /],
    ['an array as url', { ...VALID, url: ['https://a', 'https://b'] }, /^url: /],
    ['a date object as published', { ...VALID, published: new Date('2017-03-26') }, /^published: /],
    ['a boolean as lang', { ...VALID, lang: true }, /^lang: /],
  ])('rejects %s with the bad field named', (_name, data, path) => {
    expect(rejection(data)).toMatch(path);
  });

  it.each([
    ['a tab id of its choosing', { ...VALID, tabId: 7 }, 'tabId'],
    ['pre-computed matches', { ...VALID, matches: [{ itemId: 'fact-1', verdict: 'agrees' }] }, 'matches'],
    ['raw HTML', { ...VALID, html: '<img src=x onerror=alert(1)>' }, 'html'],
    ['a prototype', JSON.parse(`{"title":"t","text":"x","__proto__":{"polluted":true}}`), '__proto__'],
    ['a constructor', { ...VALID, constructor: { prototype: { polluted: true } } }, 'constructor'],
  ])('rejects injected fields: %s', (_name, data, field) => {
    expect(rejection(data)).toContain(field);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'ftp://example.com/a'])(
    'rejects a page address that is not http(s): %s',
    (url) => {
      expect(rejection({ ...VALID, url })).toMatch(/^url: expected an http\(s\) address/);
    },
  );

  it('cuts a 2 MB title and a 9,000-character share link instead of refusing the page', () => {
    const url = `https://example.com/story?share=${'a'.repeat(9_000)}`;
    const parsed = parsePageInput({ ...VALID, url, title: 'Westminster '.repeat(200_000) });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.title.length).toBe(MAX_TITLE);
    expect(parsed.value.url).toBe(url.slice(0, MAX_URL));
  });

  it('keeps an annotation of a page with a long address and title, found again by that address', () => {
    const url = `https://example.com/story?share=${'b'.repeat(9_000)}#comments`;
    const request = v.parse(saveAnnotationSchema, { url, title: 'T'.repeat(2_000_000), exact: 'Khalid Masood' });
    const annotation = newAnnotation(request, new Date('2026-01-01T00:00:00Z'), '6c1e2a8e-5d0f-4b7e-9a43-0d4bf4c1d2a1');
    expect(annotation.url).toBe(pageUrl(url));
    expect(annotation.url.length).toBe(MAX_URL);
    expect(annotation.title.length).toBe(MAX_TITLE);
  });

  it('still rejects oversized date and language fields, which no page has', () => {
    expect(rejection({ ...VALID, published: '2017-03-26'.repeat(10) })).toMatch(/^published: /);
    expect(rejection({ ...VALID, lang: 'en-'.repeat(20) })).toMatch(/^lang: /);
  });

  it('cuts huge text (50 MB) and long titles to their bounds instead of analysing them whole', () => {
    const huge = 'Khalid Masood sent a WhatsApp message. '.repeat(1_300_000);
    expect(huge.length).toBeGreaterThan(50_000_000);
    const parsed = parsePageInput({ ...VALID, text: huge, title: 'T'.repeat(15_000) });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.text.length).toBe(MAX_TEXT);
    expect(huge.startsWith(parsed.value.text)).toBe(true);
    expect(parsed.value.title.length).toBe(MAX_TITLE);
  });
});
