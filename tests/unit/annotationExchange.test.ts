/**
 * Export and import of annotations: JSON-LD round trips byte for byte (property tests over generated
 * collections, directly and through IndexedDB), every kind of malformed file is refused with a message naming
 * the item and field and with nothing written, duplicates are recognised by id, and the Markdown and CSV
 * exports carry what a reader expects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../core/annotations/exportCsv';
import { exportFile } from '../../core/annotations/exportFile';
import { exportMarkdown } from '../../core/annotations/exportMarkdown';
import { exportJsonLd, type JsonLdCollection } from '../../core/annotations/jsonLd';
import type { Annotation } from '../../core/annotations/model';
import { parseAnnotationCollection } from '../../core/annotations/parseAnnotationCollection';
import { importAnnotations, listAnnotations, saveAnnotation } from '../../storage/annotationRepository';
import { openDatabase } from '../../storage/db';

let dbCount = 0;
const freshDb = () => openDatabase(`annotations-test-${++dbCount}`);

const text = fc.string({ unit: 'binary', maxLength: 60 });
const nonEmpty = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const annotationArb: fc.Arbitrary<Annotation> = fc
  .record({
    uuid: fc.uuid(),
    url: fc.webUrl({ withQueryParameters: true, withFragments: false }),
    title: text,
    exact: nonEmpty,
    prefix: fc.option(text, { nil: undefined }),
    suffix: fc.option(text, { nil: undefined }),
    start: fc.nat({ max: 1_000_000 }),
    length: fc.nat({ max: 5000 }),
    note: text,
    tags: fc.array(nonEmpty, { maxLength: 4 }),
    links: fc.array(fc.record({ kind: fc.constantFrom('fact', 'quote', 'position' as const), itemId: nonEmpty, label: text }), { maxLength: 3 }),
    topic: fc.option(fc.constantFrom('attack', 'encryption', 'both', 'none' as const), { nil: undefined }),
    created: isoDate,
    modified: isoDate,
  })
  .map((r) => ({
    id: `urn:uuid:${r.uuid}`,
    url: r.url,
    title: r.title,
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: r.exact,
        ...(r.prefix !== undefined ? { prefix: r.prefix } : {}),
        ...(r.suffix !== undefined ? { suffix: r.suffix } : {}),
      },
      { type: 'TextPositionSelector', start: r.start, end: r.start + r.length },
    ],
    note: r.note,
    tags: r.tags,
    links: r.links,
    ...(r.topic ? { topic: r.topic } : {}),
    created: r.created,
    modified: r.modified,
  }));

const collectionArb = fc.uniqueArray(annotationArb, { selector: (a) => a.id, maxLength: 12 });

describe('JSON-LD export and import', () => {
  it('export -> import -> export is byte-identical for generated collections', () => {
    fc.assert(
      fc.property(collectionArb, (annotations) => {
        const first = exportJsonLd(annotations);
        const parsed = parseAnnotationCollection(first);
        if (!parsed.ok) throw new Error(parsed.error);
        expect(exportJsonLd(parsed.annotations)).toBe(first);
      }),
      { numRuns: 300 },
    );
  });

  it('export -> import into IndexedDB -> export is byte-identical', async () => {
    await fc.assert(
      fc.asyncProperty(collectionArb, async (annotations) => {
        const first = exportJsonLd(annotations);
        const db = freshDb();
        const result = await importAnnotations(db, first);
        expect(result).toEqual({ ok: true, added: annotations.length, updated: 0, unchanged: 0 });
        expect(exportJsonLd(await listAnnotations(db))).toBe(first);
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('is a W3C AnnotationCollection whose items are Annotations with typed bodies and selectors', () => {
    const [sample] = fc.sample(annotationArb, { numRuns: 1, seed: 7 });
    const annotation: Annotation = { ...sample!, note: 'Compare with Europol', tags: ['encryption'], topic: 'encryption', links: [{ kind: 'quote', itemId: 'q-1', label: 'Amber Rudd: “no place to hide”' }] };
    const collection = JSON.parse(exportJsonLd([annotation])) as JsonLdCollection;
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    // The model requires ids of the collection and of its page (MUST); the same annotations give the same ids.
    expect(collection.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(collection.first.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(collection.first.id).not.toBe(collection.id);
    expect((JSON.parse(exportJsonLd([annotation])) as JsonLdCollection).id).toBe(collection.id);
    expect((JSON.parse(exportJsonLd([{ ...annotation, note: 'changed', modified: '2030-01-01T00:00:00.000Z' }])) as JsonLdCollection).id).not.toBe(collection.id);
    expect(collection.total).toBe(1);
    const item = collection.first.items[0]!;
    expect(item.type).toBe('Annotation');
    expect(item.motivation).toBe('commenting');
    expect(item.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: 'Compare with Europol' },
      { type: 'TextualBody', purpose: 'tagging', value: 'encryption' },
      { type: 'TextualBody', purpose: 'classifying', value: 'encryption' },
      { type: 'SpecificResource', purpose: 'linking', source: 'urn:crosscheck:quote:q-1', label: 'Amber Rudd: “no place to hide”' },
    ]);
    expect(item.target.source.id).toBe(annotation.url);
    expect(item.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  });
});

const base: Annotation[] = [0, 1, 2].map((i) => ({
  id: `urn:uuid:00000000-0000-4000-8000-00000000000${i}`,
  url: `https://news.example/story-${i}`,
  title: `Story ${i}`,
  selectors: [
    { type: 'TextQuoteSelector', exact: `quote ${i}`, prefix: 'before ', suffix: ' after' },
    { type: 'TextPositionSelector', start: 10 * i, end: 10 * i + 7 },
  ],
  note: i === 1 ? 'a note' : '',
  tags: ['attack'],
  links: [],
  created: `2026-11-2${i}T10:00:00.000Z`,
  modified: `2026-11-2${i}T10:00:00.000Z`,
}));

/** The valid export of `base`, changed by `mutate`. */
function mutated(mutate: (c: any) => void): string {
  const collection = JSON.parse(exportJsonLd(base));
  mutate(collection);
  return JSON.stringify(collection);
}

const malformed: { kind: string; file: string; error: RegExp }[] = [
  { kind: 'not JSON', file: '{"@context": "http://www.w3.org/ns/anno.jsonld",', error: /^The file is not JSON/ },
  { kind: 'empty file', file: '', error: /^The file is not JSON/ },
  { kind: 'a JSON list, not a collection', file: '[]', error: /must be a JSON object/ },
  { kind: 'wrong @context', file: mutated((c) => (c['@context'] = 'https://schema.org')), error: /@context: @context must be/ },
  { kind: 'not an AnnotationCollection', file: mutated((c) => (c.type = 'AnnotationPage')), error: /^The file is not a Crosscheck export: type:/ },
  { kind: 'total disagrees with the items', file: mutated((c) => (c.total = 5)), error: /says it holds 5 annotations but has 3/ },
  { kind: 'item without an id', file: mutated((c) => delete c.first.items[1].id), error: /^Item 2: id: is missing$/ },
  { kind: 'id not a urn:uuid', file: mutated((c) => (c.first.items[2].id = 'note-3')), error: /^Item 3 \(note-3\): id: id must be a urn:uuid/ },
  { kind: 'offset given as text', file: mutated((c) => (c.first.items[1].target.selector[1].start = '10')), error: /^Item 2 \(urn:uuid:[^)]+\): target\.selector\.1\.start: start must be a number/ },
  { kind: 'start after end', file: mutated((c) => (c.first.items[0].target.selector[1].start = 99)), error: /^Item 1 .*target\.selector\.1: start is after end/ },
  { kind: 'negative offset', file: mutated((c) => (c.first.items[1].target.selector[1].start = -1)), error: /^Item 2 .*start must not be negative/ },
  { kind: 'created not a date-time', file: mutated((c) => (c.first.items[2].created = 'yesterday')), error: /^Item 3 .*created: created is not an ISO 8601 date-time/ },
  { kind: 'unknown body purpose', file: mutated((c) => (c.first.items[1].body[0].purpose = 'bookmarking')), error: /^Item 2 .*body\.0\.purpose: a body purpose must be/ },
  { kind: 'empty tag', file: mutated((c) => (c.first.items[0].body[0].value = '')), error: /^Item 1 .*body\.0\.value: a tag is empty/ },
  { kind: 'the same id twice', file: mutated((c) => (c.first.items[2].id = c.first.items[0].id)), error: /^Item 3 .*id: appears twice in the file/ },
  { kind: 'target not a web page', file: mutated((c) => (c.first.items[1].target.source.id = 'javascript:alert(1)')), error: /^Item 2 .*target\.source\.id: expected an http\(s\) address/ },
  { kind: 'empty quote', file: mutated((c) => (c.first.items[0].target.selector[0].exact = '')), error: /^Item 1 .*target\.selector\.0\.exact: the quote \(exact\) is empty/ },
  { kind: 'selectors in the wrong order', file: mutated((c) => c.first.items[1].target.selector.reverse()), error: /^Item 2 .*the first selector must be a TextQuoteSelector/ },
  { kind: 'link to something outside the corpus', file: mutated((c) => c.first.items[0].body.push({ type: 'SpecificResource', purpose: 'linking', source: 'https://tracker.example/', label: 'x' })), error: /^Item 1 .*must name a corpus fact, quote or position/ },
  { kind: 'a valid item followed by null', file: mutated((c) => { c.first.items.push(null); c.total = 4; }), error: /^Item 4: / },
];

describe('a malformed file is refused and writes nothing', () => {
  it.each(malformed)('$kind', async ({ file, error }) => {
    const db = freshDb();
    const result = await importAnnotations(db, file);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(error);
    expect(await db.annotations.count()).toBe(0);
    db.close();
  });

  it('covers at least ten kinds of malformed file', () => {
    expect(new Set(malformed.map((m) => m.kind)).size).toBeGreaterThanOrEqual(10);
  });
});

describe('duplicates are recognised by id', () => {
  it('keeps the newer of two versions and adds the rest', async () => {
    const db = freshDb();
    await saveAnnotation(db, { ...base[0]!, note: 'edited here later', modified: '2026-12-01T00:00:00.000Z' });
    await saveAnnotation(db, base[1]!);
    const incoming = [base[0]!, { ...base[1]!, note: 'edited elsewhere', modified: '2026-12-02T00:00:00.000Z' }, base[2]!];
    const result = await importAnnotations(db, exportJsonLd(incoming));
    expect(result).toEqual({ ok: true, added: 1, updated: 1, unchanged: 1 });
    const stored = await listAnnotations(db);
    expect(stored.map((a) => a.note)).toEqual(['edited here later', 'edited elsewhere', '']);
    // Importing the same file again changes nothing.
    expect(await importAnnotations(db, exportJsonLd(incoming))).toEqual({ ok: true, added: 0, updated: 0, unchanged: 3 });
    db.close();
  });
});

describe('Markdown and CSV exports', () => {
  const annotations: Annotation[] = [
    { ...base[0]!, title: 'Rudd [interview]', selectors: [{ type: 'TextQuoteSelector', exact: 'line one\nline two' }, { type: 'TextPositionSelector', start: 50, end: 67 }], note: 'Check "back doors", again', tags: ['encryption', 'home office'] },
    { ...base[1]!, url: base[0]!.url, title: 'Rudd [interview]', selectors: [{ type: 'TextQuoteSelector', exact: '=SUM(A1)' }, { type: 'TextPositionSelector', start: 5, end: 13 }], links: [{ kind: 'fact', itemId: 'f1', label: '82 seconds' }] },
    base[2]!,
  ];

  it('Markdown groups by page, quotes as blockquotes, with note, tags, links and the source link', () => {
    const md = exportMarkdown(annotations);
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md).toContain('## [Rudd \\[interview\\]](<https://news.example/story-0>)');
    // in reading order within the page: the quote at offset 5 before the one at 50
    expect(md.indexOf('> \\=SUM(A1)')).toBeLessThan(md.indexOf('> line one\\\n> line two'));
    expect(md).toContain('Check "back doors", again');
    expect(md).toContain('Tags: #encryption #home-office');
    expect(md).toContain('- fact: 82 seconds');
    expect(md).toContain('## [Story 2](<https://news.example/story-2>)');
  });

  it('Markdown keeps a quote that looks like Markdown or HTML as text', () => {
    const md = exportMarkdown([{ ...base[0]!, selectors: [{ type: 'TextQuoteSelector', exact: '# Breaking <b>news</b>' }, { type: 'TextPositionSelector', start: 0, end: 22 }] }]);
    expect(md).toContain('> \\# Breaking \\<b\\>news\\</b\\>');
  });

  it("CSV has Readwise's columns and quotes fields with commas, quotes and line breaks", () => {
    const csv = exportCsv(annotations);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date');
    expect(csv).toContain('"line one\nline two",Rudd [interview],,https://news.example/story-0,"Check ""back doors"", again\n.encryption .home-office",50,2026-11-20T10:00:00.000Z');
    expect(csv).toContain("'=SUM(A1),"); // not run as a formula by a spreadsheet
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('file names carry the date and the format', () => {
    const now = new Date(2026, 10, 24, 9, 30);
    expect(exportFile(annotations, 'jsonld', now).fileName).toBe('crosscheck-annotations-2026-11-24.jsonld');
    expect(exportFile(annotations, 'markdown', now).fileName).toBe('crosscheck-annotations-2026-11-24.md');
    expect(exportFile(annotations, 'csv', now, 'backup').fileName).toBe('crosscheck-backup-2026-11-24.csv');
  });
});
