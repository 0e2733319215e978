/**
 * One CLI input -> PageInput: a `.txt` page (first line the title, or the devset's URL:/TITLE:/LABEL: header),
 * an `.html` file, or a page served on this machine (http://127.0.0.1..., http://localhost...). Crosscheck
 * makes no request off the machine, and neither does its CLI.
 */
import { readFile } from 'node:fs/promises';
import type { PageInput } from '../../core/analysis';
import { pageInputFromHtml } from './pageInputFromHtml';
import { pageInputFromText } from './pageInputFromText';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function readPageInput(input: string): Promise<PageInput> {
  if (/^https?:\/\//i.test(input)) {
    const url = new URL(input);
    if (!LOOPBACK.has(url.hostname)) throw new Error(`only pages on this machine can be fetched (127.0.0.1, localhost), not ${url.hostname}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${input}`);
    const body = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return type.includes('text/plain') ? pageInputFromText(body) : pageInputFromHtml(body, input);
  }
  const lower = input.toLowerCase();
  if (lower.endsWith('.txt')) return pageInputFromText(await readFile(input, 'utf8'));
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return pageInputFromHtml(await readFile(input, 'utf8'));
  throw new Error('unsupported input: give a .txt or .html file, or a http://127.0.0.1 URL');
}
