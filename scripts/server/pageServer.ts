/**
 * A local web server for the demo and the browser tests: every labelled text page under tests/fixtures/pages
 * is served as an article at /pages/<name> (title, site name, publication date and source URL in its metadata,
 * one <p> per paragraph), and the hand-written pages under tests/fixtures/html at /html/<file>. Loopback only.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { pageInputFromText } from '../cli/pageInputFromText';
import { pageDate } from '../../core/detect/pageDate';
import { unwrapHardWrappedLines } from '../../core/text/unwrapHardWrappedLines';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
const TEXT_DIRS = [`${FIXTURES}pages/`, `${FIXTURES}pages/heldout/`];
const HTML_DIR = `${FIXTURES}html/`;

export interface PageServer {
  origin: string;
  /** the URL of a fixture, by file name with or without `.txt`/`.html`, or by its number prefix ("009-") */
  urlFor(fixture: string): string;
  close(): Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function textFixtures(dirs: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.txt')) files.set(f.slice(0, -4), dir + f);
  }
  return files;
}

/** The article page a reader would see for a labelled text fixture. */
export function articleHtml(raw: string): string {
  const input = pageInputFromText(raw);
  const source = input.url ? new URL(input.url) : undefined;
  const siteName = source?.hostname.replace(/^www\./, '');
  const date = pageDate(undefined, input.text)?.date;
  const paragraphs = unwrapHardWrappedLines(input.text)
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `    <p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(input.title)}</title>
  ${siteName ? `<meta property="og:site_name" content="${escapeHtml(siteName)}">` : ''}
  ${date ? `<meta property="article:published_time" content="${date}">` : ''}
  ${input.url ? `<link rel="canonical" href="${escapeHtml(input.url)}">` : ''}
  <style>
    body { font: 18px/1.6 Georgia, serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
    header small { font: 13px system-ui, sans-serif; color: #666; }
    h1 { font: 700 2rem/1.2 system-ui, sans-serif; }
  </style>
</head>
<body>
  <header><small>${escapeHtml(siteName ?? 'local page')}${input.url ? ` · saved copy of <a href="${escapeHtml(input.url)}">${escapeHtml(input.url)}</a>` : ''}</small></header>
  <article>
    <h1>${escapeHtml(input.title)}</h1>
${paragraphs}
  </article>
</body>
</html>
`;
}

/** `textDirs`: the folders of labelled text pages to serve (another story's pages, say); the story's own by default. */
export async function startPageServer(port = 0, textDirs: readonly string[] = TEXT_DIRS): Promise<PageServer> {
  const texts = textFixtures(textDirs);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(body);
    };
    const page = /^\/pages\/([\w.-]+)$/.exec(path);
    const html = /^\/html\/([\w.-]+\.html)$/.exec(path);
    if (page && texts.has(page[1]!)) return send(200, 'text/html', articleHtml(readFileSync(texts.get(page[1]!)!, 'utf8')));
    if (html && existsSync(HTML_DIR + html[1])) return send(200, 'text/html', readFileSync(HTML_DIR + html[1], 'utf8'));
    if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (path === '/') {
      const links = [...texts.keys()].sort().map((name) => `<li><a href="/pages/${name}">${escapeHtml(name)}</a></li>`);
      return send(200, 'text/html', `<!doctype html><title>Fixture pages</title><ul>${links.join('')}</ul>`);
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    urlFor(fixture) {
      const name = fixture.replace(/\.(txt|html)$/, '');
      if (fixture.endsWith('.html')) return `${origin}/html/${fixture}`;
      const found = texts.has(name) ? name : [...texts.keys()].find((k) => k.startsWith(name));
      if (!found) throw new Error(`no fixture page named ${fixture}`);
      return `${origin}/pages/${found}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
