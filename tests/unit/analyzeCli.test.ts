/**
 * `npm run analyze -- --json ...`: one JSON line per input on stdout and nothing else, errors as {input, error}
 * with a non-zero exit at the end; .txt, .html and pages served on this machine.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPLITS } from './analyzeFixtures';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';
import { quoteBy } from './seedItems';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-analyze-'));
const corpusPath = join(dir, 'corpus.json');
const devset = (prefix: string) => `${SPLITS.devset}${prefix}`;
let server: Server;
let base: string;

function analyze(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let ruddMarr: string;

beforeAll(async () => {
  const corpus = loadSeedCorpusFromDisk();
  ruddMarr = quoteBy(corpus, 'Amber Rudd', 'It is completely unacceptable').id;
  writeFileSync(corpusPath, JSON.stringify(corpus));
  writeFileSync(join(dir, 'page.html'), `<html><head><title>Rudd on WhatsApp</title></head><body><article><h1>Amber Rudd: WhatsApp must not be a secret place for terrorists</h1>
<p>Home Secretary Amber Rudd told BBC One's Andrew Marr Show: "It is completely unacceptable, there should be no place for terrorists to hide."</p>
<p>Khalid Masood used WhatsApp a couple of minutes before he launched his attack on Westminster Bridge, which lasted 82 seconds.</p>
<p>Ms Rudd said she would meet technology companies on Thursday to discuss end-to-end encryption and back doors for the intelligence services.</p></article></body></html>`);
  server = createServer((req, res) => {
    if (req.url === '/story') {
      res.setHeader('content-type', 'text/html');
      res.end(`<html><head><title>Westminster attack inquest</title></head><body><article><h1>Westminster attack: Masood inquest opens</h1>
<p>Khalid Masood, 52, drove into pedestrians on Westminster Bridge on 22 March last year, killing four people, before he stabbed PC Keith Palmer.</p>
<p>He was shot dead by bodyguards 82 seconds after the rampage began, the Old Bailey inquest heard.</p></article></body></html>`);
    } else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('analyze CLI', () => {
  it('prints one JSON line per input and nothing else', async () => {
    const inputs = [devset('013-reuters-rudd-end-to-end-encryption-completely-unacceptable.txt'), devset('041-technobuffalo-nintendo-switch-surpasses-1-5-million-sold.txt'), join(dir, 'page.html'), `${base}/story`];
    const { code, stdout } = await analyze(['--json', '--corpus', corpusPath, ...inputs]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input)).toEqual(inputs);
    const [reuters, nintendo, html, served] = lines;
    expect(reuters.topic).toBe('encryption');
    expect(reuters.matches.some((m: { kind: string; verdict: string; itemId: string }) => m.kind === 'quote' && m.verdict === 'verbatim' && m.itemId === ruddMarr)).toBe(true);
    expect(nintendo).toMatchObject({ topic: 'none', matches: [] });
    expect(html.topic).not.toBe('none');
    expect(html.matches.map((m: { kind: string }) => m.kind)).toEqual(expect.arrayContaining(['quote', 'fact']));
    expect(served.topic).toBe('attack');
    for (const line of lines) {
      expect(line.score).toBeGreaterThanOrEqual(0);
      expect(line.score).toBeLessThanOrEqual(1);
      for (const m of line.matches) expect(Object.keys(m)).toEqual(expect.arrayContaining(['sentence', 'kind', 'itemId', 'verdict']));
    }
  }, 90_000);

  it('reports a failing input as {input, error} and exits non-zero at the end', async () => {
    const good = devset('001-scotsman-police-name-westminster-attacker-khalid-masood.txt');
    const inputs = [join(dir, 'missing.txt'), `${base}/nothing-here`, 'https://example.com/story', good];
    const { code, stdout } = await analyze(['--json', '--corpus', corpusPath, ...inputs]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).every((l) => l.error && !('topic' in l))).toBe(true);
    expect(lines[2].error).toMatch(/this machine/);
    expect(lines[3]).toMatchObject({ input: good, topic: 'attack' });
  }, 90_000);
});
