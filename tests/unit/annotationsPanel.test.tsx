// @vitest-environment happy-dom
/**
 * The options page's Annotations panel, rendered with its real storage underneath (the repository on
 * fake-indexeddb): search and filters, orphans marked, edit, delete and undo, import errors, delete-all with a
 * backup first.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotationPage } from '../../core/annotations/annotationPage';
import { exportFile, type ExportFile } from '../../core/annotations/exportFile';
import type { Annotation } from '../../core/annotations/model';
import { AnnotationsPanel } from '../../components/options/AnnotationsPanel';
import type { AnnotationsClient } from '../../components/options/annotationsClient';
import {
  deleteAllData,
  deleteAnnotation,
  importAnnotations,
  listAnnotationListings,
  listAnnotations,
  recordAnchoring,
  saveAnnotation,
  updateAnnotation,
} from '../../storage/annotationRepository';
import { openDatabase, type CrosscheckDB } from '../../storage/db';

function repositoryClient(db: CrosscheckDB, exported: ExportFile[]): AnnotationsClient {
  return {
    queryAnnotations: async (query) => annotationPage(await listAnnotationListings(db), query),
    updateAnnotation: (data) => updateAnnotation(db, data, new Date()),
    deleteAnnotation: async ({ id }) => (await deleteAnnotation(db, id)) ?? null,
    restoreAnnotation: ({ annotation }) => saveAnnotation(db, annotation),
    exportAnnotations: async ({ format, backup }) => {
      const annotations = await listAnnotations(db);
      const file = exportFile(annotations, format, new Date(), backup ? 'backup' : 'annotations');
      exported.push(file);
      return { fileName: file.fileName, count: annotations.length };
    },
    importAnnotations: ({ text }) => importAnnotations(db, text),
    deleteAllData: async () => {
      await deleteAllData(db);
      return true;
    },
  };
}

const annotation = (n: number, over: Partial<Annotation>): Annotation => ({
  id: `urn:uuid:00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
  url: 'https://www.bbc.co.uk/news/uk-39396578',
  title: 'Amber Rudd: no place for terrorists to hide',
  selectors: [{ type: 'TextQuoteSelector', exact: 'quote' }, { type: 'TextPositionSelector', start: 0, end: 5 }],
  note: '',
  tags: [],
  links: [],
  created: `2026-11-2${n}T10:00:00.000Z`,
  modified: `2026-11-2${n}T10:00:00.000Z`,
  ...over,
});

const saved = [
  annotation(1, { selectors: [{ type: 'TextQuoteSelector', exact: 'there should be no place for terrorists to hide' }, { type: 'TextPositionSelector', start: 10, end: 57 }], tags: ['encryption'], topic: 'encryption', note: 'Compare with what Europol said' }),
  annotation(2, { url: 'https://www.theguardian.com/uk-news/westminster', title: 'Westminster attack', selectors: [{ type: 'TextQuoteSelector', exact: 'It took just 82 seconds for Masood to kill four people' }, { type: 'TextPositionSelector', start: 0, end: 54 }], tags: ['attack', 'timeline'], topic: 'attack' }),
  annotation(3, { selectors: [{ type: 'TextQuoteSelector', exact: 'Lord Paddick called the plans draconian' }, { type: 'TextPositionSelector', start: 90, end: 129 }], tags: ['Encryption'], topic: 'encryption' }),
];

let db: CrosscheckDB;
let exported: ExportFile[];
let dbCount = 0;

beforeEach(async () => {
  db = openDatabase(`panel-test-${++dbCount}`);
  exported = [];
  for (const a of saved) await saveAnnotation(db, a);
  await recordAnchoring(db, saved[2]!.url, [{ id: saved[2]!.id, status: 'orphan', reason: 'the quote is not in the page' }], new Date());
  render(<AnnotationsPanel client={repositoryClient(db, exported)} />);
  await screen.findByText(/3 saved, 1 not found/);
});
afterEach(() => {
  cleanup();
  db.close();
});

const items = () => screen.queryAllByRole('listitem').filter((li) => li.classList.contains('annotation'));

describe('Annotations panel', () => {
  it('lists every annotation and marks the orphan', () => {
    expect(items()).toHaveLength(3);
    const orphan = items().find((li) => li.textContent!.includes('Lord Paddick'))!;
    expect(within(orphan).getByRole('note').textContent).toMatch(/Not found on the page the last time it was opened \(the quote is not in the page\)/);
  });

  it('searches with typos forgiven and filters by site, tag and topic', async () => {
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Eurpol' } });
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]!.textContent).toContain('no place for terrorists to hide');

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'theguardian.com' } });
    await waitFor(() => expect(items()).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'encryption' } });
    await waitFor(() => expect(items()).toHaveLength(2)); // "encryption" and "Encryption" are one tag
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Topic'), { target: { value: 'attack' } });
    await waitFor(() => expect(items()).toHaveLength(1));
  });

  it('edits the note and tags, stored at once', async () => {
    const item = items().find((li) => li.textContent!.includes('82 seconds'))!;
    fireEvent.click(within(item).getByRole('button', { name: /^Edit/ }));
    fireEvent.input(within(item).getByLabelText('Note'), { target: { value: 'Seed 002 says a couple of minutes' } });
    fireEvent.input(within(item).getByLabelText(/Tags/), { target: { value: 'attack, discrepancy, attack' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save' }));
    await screen.findByText('Seed 002 says a couple of minutes');
    const stored = await db.annotations.get(saved[1]!.id);
    expect(stored?.note).toBe('Seed 002 says a couple of minutes');
    expect(stored?.tags).toEqual(['attack', 'discrepancy']);
  });

  it('deletes with undo', async () => {
    const item = items().find((li) => li.textContent!.includes('82 seconds'))!;
    fireEvent.click(within(item).getByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(await db.annotations.count()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(await db.annotations.get(saved[1]!.id)).toEqual(saved[1]);
  });

  it('refuses a bad import with the reason and writes nothing', async () => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "total": 1, "first": {"type": "AnnotationPage", "items": [{"id": "x"}]}}'], 'broken.jsonld');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Nothing was imported from broken.jsonld. Item 1 (x): id: id must be a urn:uuid');
    expect(await db.annotations.count()).toBe(3);
  });

  it('deletes all data only after confirming, offering a backup first', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(await db.annotations.count()).toBe(3);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Back up annotations, then delete' }));
    await screen.findByText(/All your data was deleted/);
    expect(exported).toHaveLength(1);
    expect(exported[0]!.fileName).toMatch(/^crosscheck-backup-\d{4}-\d{2}-\d{2}\.jsonld$/);
    expect(JSON.parse(exported[0]!.text).total).toBe(3);
    expect(await db.annotations.count()).toBe(0);
  });
});
