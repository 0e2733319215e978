/**
 * Saved annotations in IndexedDB (fake-indexeddb): what a save request becomes, edits, delete and restore,
 * the annotated pages, and how anchoring reports are kept (and complete a quote saved without its position).
 */
import { describe, expect, it } from 'vitest';
import { newAnnotation, parseOrThrow, saveAnnotationSchema } from '../../core/annotations/newAnnotation';
import {
  annotatedUrls,
  deleteAllData,
  deleteAnnotation,
  listAnnotationListings,
  recordAnchoring,
  saveAnnotation,
  updateAnnotation,
} from '../../storage/annotationRepository';
import { openDatabase } from '../../storage/db';

let dbCount = 0;
const freshDb = () => openDatabase(`repository-test-${++dbCount}`);
const ID = 'urn:uuid:11111111-1111-4111-8111-111111111111';
const saveRequest = (data: unknown) => newAnnotation(parseOrThrow(saveAnnotationSchema, data, 'annotation'), new Date('2026-11-24T09:00:00Z'), ID);

describe('saving an annotation', () => {
  it('keeps the page without its fragment, a trimmed note and tidy tags', () => {
    const annotation = saveRequest({
      url: 'https://news.example/story#comments',
      title: ' Story ',
      exact: 'no place for terrorists to hide',
      prefix: 'there should be ',
      start: 120,
      end: 151,
      note: '  check this \n',
      tags: ['#encryption', ' Home  Office ', 'encryption', ''],
    });
    expect(annotation).toEqual({
      id: ID,
      url: 'https://news.example/story',
      title: 'Story',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'no place for terrorists to hide', prefix: 'there should be ' },
        { type: 'TextPositionSelector', start: 120, end: 151 },
      ],
      note: 'check this',
      tags: ['encryption', 'Home Office'],
      links: [],
      created: '2026-11-24T09:00:00.000Z',
      modified: '2026-11-24T09:00:00.000Z',
    });
  });

  it('refuses a request that names no web page or has no quote, saying which field', () => {
    expect(() => saveRequest({ url: 'file:///etc/passwd', title: '', exact: 'x' })).toThrow(/^Invalid annotation: url: expected an http\(s\) address/);
    expect(() => saveRequest({ url: 'https://news.example/', title: '', exact: '   ' })).toThrow(/^Invalid annotation: exact: the quote is empty/);
  });
});

describe('the annotation repository', () => {
  it('edits, deletes and restores; lists annotated pages', async () => {
    const db = freshDb();
    const annotation = saveRequest({ url: 'https://news.example/a', title: 'A', exact: 'quote', start: 0, end: 5 });
    await saveAnnotation(db, annotation);
    await saveAnnotation(db, { ...annotation, id: 'urn:uuid:22222222-2222-4222-8222-222222222222' });
    await saveAnnotation(db, { ...annotation, id: 'urn:uuid:33333333-3333-4333-8333-333333333333', url: 'https://news.example/b' });
    expect(await annotatedUrls(db)).toEqual(['https://news.example/a', 'https://news.example/b']);

    const edited = await updateAnnotation(db, { id: ID, note: ' new note ', tags: ['x', 'X', 'y'] }, new Date('2026-11-25T00:00:00Z'));
    expect(edited).toMatchObject({ note: 'new note', tags: ['x', 'y'], created: annotation.created, modified: '2026-11-25T00:00:00.000Z' });
    await expect(updateAnnotation(db, { id: 'urn:uuid:missing', note: '' }, new Date())).rejects.toThrow(/No annotation urn:uuid:missing/);

    await recordAnchoring(db, annotation.url, [{ id: ID, status: 'orphan', reason: 'gone' }], new Date());
    const deleted = await deleteAnnotation(db, ID);
    expect(deleted).toEqual(edited);
    expect(await db.anchorStates.get(ID)).toBeUndefined();
    await saveAnnotation(db, deleted!);
    expect((await listAnnotationListings(db, { url: annotation.url })).map((l) => l.annotation.id)).toContain(ID);

    await deleteAllData(db);
    expect(await db.annotations.count()).toBe(0);
    db.close();
  });

  it('records anchoring, and completes a quote saved without a position, never overwriting one it has', async () => {
    const db = freshDb();
    const withoutPosition = saveRequest({ url: 'https://news.example/a', title: 'A', exact: 'no place to hide' });
    expect(withoutPosition.selectors[1]).toEqual({ type: 'TextPositionSelector', start: 0, end: 0 });
    const withPosition = { ...saveRequest({ url: 'https://news.example/a', title: 'A', exact: 'Europol', start: 500, end: 507 }), id: 'urn:uuid:22222222-2222-4222-8222-222222222222' };
    await saveAnnotation(db, withoutPosition);
    await saveAnnotation(db, withPosition);
    const found = (exact: string, start: number, prefix: string) => [
      { type: 'TextQuoteSelector' as const, exact, prefix, suffix: ' after' },
      { type: 'TextPositionSelector' as const, start, end: start + exact.length },
    ] as [any, any];

    await recordAnchoring(db, 'https://news.example/a', [
      { id: withoutPosition.id, status: 'anchored', method: 'quote', selectors: found('no place to hide', 40, 'there should be ') },
      { id: withPosition.id, status: 'anchored', method: 'quote', selectors: found('Europol', 90, 'backed by ') },
      { id: withPosition.id.replace('2222', '9999'), status: 'orphan' }, // not stored: ignored
    ], new Date('2026-11-24T10:00:00Z'));

    const listings = await listAnnotationListings(db, { url: 'https://news.example/a' });
    const byId = new Map(listings.map((l) => [l.annotation.id, l]));
    expect(byId.get(withoutPosition.id)!.annotation.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'no place to hide', prefix: 'there should be ', suffix: ' after' },
      { type: 'TextPositionSelector', start: 40, end: 56 },
    ]);
    expect(byId.get(withPosition.id)!.annotation.selectors).toEqual(withPosition.selectors);
    expect(byId.get(withPosition.id)!.anchor).toEqual({ id: withPosition.id, url: 'https://news.example/a', status: 'anchored', method: 'quote', checked: '2026-11-24T10:00:00.000Z' });
    expect(await db.anchorStates.count()).toBe(2);

    // A report for another page does not touch this page's annotations.
    await recordAnchoring(db, 'https://news.example/other', [{ id: withoutPosition.id, status: 'orphan' }], new Date());
    expect((await db.anchorStates.get(withoutPosition.id))?.status).toBe('anchored');
    db.close();
  });
});
