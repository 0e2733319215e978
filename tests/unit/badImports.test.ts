/**
 * Files a reader imports are not trusted. A corpus pack or an annotation file that is malformed, cut short,
 * huge, of the wrong kind or carrying fields of its own gets a message that says what is wrong, and not one row
 * is written or lost: every table of a database holding the seed corpus and a saved annotation is counted before
 * and after. A good file imported the same way does write, so the counts can tell.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { exportCsv } from '../../core/annotations/exportCsv';
import { exportMarkdown } from '../../core/annotations/exportMarkdown';
import { exportJsonLd } from '../../core/annotations/jsonLd';
import type { Annotation } from '../../core/annotations/model';
import { CorpusDataError } from '../../core/corpus/overlay';
import { importAnnotations, saveAnnotation } from '../../storage/annotationRepository';
import { importCorpusPack } from '../../storage/corpusImport';
import { openDatabase, type CrosscheckDB } from '../../storage/db';
import { ensureSeedCorpus } from '../../storage/seedLoader';

const saved: Annotation = {
  id: 'urn:uuid:2b0c6a3e-6a53-4a3c-9b43-5d7e1f0a9c11',
  url: 'https://www.reuters.com/article/britain-security-rudd',
  title: 'Rudd: end-to-end encryption completely unacceptable',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'there should be no place for terrorists to hide', prefix: 'completely unacceptable, ' },
    { type: 'TextPositionSelector', start: 412, end: 460 },
  ],
  note: 'Marr Show, 26 March',
  tags: ['encryption'],
  links: [],
  topic: 'encryption',
  created: '2026-11-24T09:00:00.000Z',
  modified: '2026-11-24T09:00:00.000Z',
};
const incoming: Annotation = { ...saved, id: 'urn:uuid:7c1e2f4a-0d3b-4e5f-8a6b-9c0d1e2f3a4b', note: 'imported' };

const PACK = {
  format: 'crosscheck-corpus-pack',
  version: 1,
  name: 'Wire copy',
  sources: [
    {
      title: 'Rudd: end-to-end encryption completely unacceptable',
      publisher: 'Reuters',
      url: 'https://www.reuters.com/article/britain-security-rudd',
      date: '2017-03-26',
      text: 'British interior minister Amber Rudd said on Sunday end-to-end encryption of messages offered by services like Whatsapp are "completely unacceptable".\n\nShortly before launching an attack that killed four people, Khalid Masood sent an encrypted message via Whatsapp.',
    },
  ],
};
const FIFTY_MB = 50 * 1024 * 1024;

let db: CrosscheckDB;
let dbCount = 0;

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return counts;
}

async function corpusImportFails(input: string | unknown): Promise<string> {
  const before = await rowCounts();
  const error = await importCorpusPack(db, input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the pack was imported').toBeInstanceOf(CorpusDataError);
  expect(await rowCounts(), 'rows written or lost').toEqual(before);
  return (error as Error).message;
}

async function annotationImportFails(text: string): Promise<string> {
  const before = await rowCounts();
  const result = await importAnnotations(db, text);
  expect(result.ok, 'the file was imported').toBe(false);
  expect(await rowCounts(), 'rows written or lost').toEqual(before);
  return result.ok ? '' : result.error;
}

beforeEach(async () => {
  db = openDatabase(`bad-imports-${++dbCount}`);
  await ensureSeedCorpus(db);
  await saveAnnotation(db, saved);
});

describe('corpus packs', () => {
  it('a good pack writes its source and items (the counts can tell)', async () => {
    const before = await rowCounts();
    await importCorpusPack(db, JSON.stringify(PACK));
    const after = await rowCounts();
    expect(after.sources).toBe(before.sources! + 1);
    expect(after.passages!).toBeGreaterThan(before.passages!);
  });

  it('malformed or cut short: "not JSON"', async () => {
    expect(await corpusImportFails('{"format": "crosscheck-corpus-pack", "sources": [')).toMatch(/^not JSON: /);
    const whole = JSON.stringify(PACK);
    expect(await corpusImportFails(whole.slice(0, Math.floor(whole.length / 2)))).toMatch(/^not JSON: /);
    expect(await corpusImportFails('')).toMatch(/^not JSON: /);
  });

  it('huge (50 MB): a source text over the bound, or 50 MB of garbage', async () => {
    const huge = { ...PACK, sources: [{ ...PACK.sources[0]!, text: 'Khalid Masood. '.repeat(FIFTY_MB / 15) }] };
    expect(await corpusImportFails(JSON.stringify(huge))).toMatch(/sources\[0\]\.text: expected at most 2000000 characters/);
    expect(await corpusImportFails('x'.repeat(FIFTY_MB))).toMatch(/^not JSON: /);
  });

  it('of the wrong kind: an annotation export, a CSV, an array, null, a number', async () => {
    expect(await corpusImportFails(exportJsonLd([incoming]))).toMatch(/format/);
    expect(await corpusImportFails(exportCsv([incoming]))).toMatch(/^not JSON: /);
    expect(await corpusImportFails([PACK])).not.toBe('');
    expect(await corpusImportFails(null)).not.toBe('');
    expect(await corpusImportFails(42)).not.toBe('');
    expect(await corpusImportFails({ ...PACK, version: 2 })).toMatch(/version/);
  });

  it('with fields of its own: at the top, in a source (posing as a seed), or a prototype', async () => {
    expect(await corpusImportFails({ ...PACK, trusted: true })).toMatch(/trusted/);
    const asSeed = { ...PACK, sources: [{ ...PACK.sources[0]!, origin: 'seed', id: 'seed-000' }] };
    expect(await corpusImportFails(asSeed)).toMatch(/origin|id/);
    const polluting = `{"__proto__": {"polluted": true}, ${JSON.stringify(PACK).slice(1)}`;
    expect(await corpusImportFails(polluting)).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.com/a'])(
    'a source address that is not http(s) is refused with its field: %s',
    async (url) => {
      const unsafe = { ...PACK, sources: [PACK.sources[0]!, { ...PACK.sources[0]!, key: 'second', url }] };
      expect(await corpusImportFails(unsafe)).toMatch(/sources\[1\]\.url: expected an http\(s\) address/);
    },
  );

  it('a bad source after a good one: the good one is not written either', async () => {
    const mixed = { ...PACK, sources: [PACK.sources[0]!, { title: 'Second', text: 'More text.', date: '26 March 2017' }] };
    expect(await corpusImportFails(mixed)).toMatch(/sources\[1\]\.date: expected a date as YYYY-MM-DD/);
  });
});

describe('annotation files', () => {
  it('a good export writes its annotation (the counts can tell)', async () => {
    const result = await importAnnotations(db, exportJsonLd([incoming]));
    expect(result).toEqual({ ok: true, added: 1, updated: 0, unchanged: 0 });
    expect(await db.annotations.count()).toBe(2);
  });

  it('malformed or cut short', async () => {
    expect(await annotationImportFails('{"@context": "http://www.w3.org/ns/anno.jsonld", "type": ')).not.toBe('');
    const whole = exportJsonLd([incoming, { ...incoming, id: 'urn:uuid:7c1e2f4a-0d3b-4e5f-8a6b-9c0d1e2f3a4c' }]);
    expect(await annotationImportFails(whole.slice(0, Math.floor(whole.length * 0.7)))).not.toBe('');
    expect(await annotationImportFails('')).not.toBe('');
  });

  it('huge (50 MB): refused before it is parsed', async () => {
    const note = 'n'.repeat(FIFTY_MB);
    expect(await annotationImportFails(exportJsonLd([{ ...incoming, note }]))).toBe('The file is too large to be a Crosscheck export.');
  });

  it('of the wrong kind: a corpus pack, the Markdown or CSV export, a bare annotation', async () => {
    for (const text of [
      JSON.stringify(PACK),
      exportMarkdown([incoming]),
      exportCsv([incoming]),
      JSON.stringify((JSON.parse(exportJsonLd([incoming])) as { first: { items: unknown[] } }).first.items[0]),
    ]) {
      expect(await annotationImportFails(text)).not.toBe('');
    }
  });

  it('one bad item among good ones: none is written, and the message names the item and the field', async () => {
    const file = JSON.parse(exportJsonLd([incoming, { ...incoming, id: 'urn:uuid:7c1e2f4a-0d3b-4e5f-8a6b-9c0d1e2f3a4c' }])) as {
      first: { items: { target: { selector: { start?: unknown }[] } }[] };
    };
    file.first.items[1]!.target.selector[1]!.start = 'twelve';
    expect(await annotationImportFails(JSON.stringify(file))).toMatch(/^Item 2 .*start/);
  });

  it('with fields of its own: the W3C model lets other tools add properties, so they are dropped, never stored', async () => {
    const file = JSON.parse(exportJsonLd([incoming])) as { first: { items: Record<string, unknown>[] } };
    Object.assign(file.first.items[0]!, { tabId: 7, html: '<img src=x onerror=alert(1)>', origin: 'seed' });
    const text = JSON.stringify(file).replace('"first":', '"__proto__": {"polluted": true}, "first":');
    expect(await importAnnotations(db, text)).toEqual({ ok: true, added: 1, updated: 0, unchanged: 0 });
    expect(await db.annotations.get(incoming.id)).toStrictEqual(incoming);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
