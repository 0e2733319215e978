// @vitest-environment happy-dom
/**
 * A full disk is told to the reader, not swallowed: importing annotations into storage that refuses the write
 * (QuotaExceededError from IndexedDB, through the real repository) shows an alert saying so, and nothing is
 * written. The popup's Save says the same through the same wording (core/storageErrors.ts).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { exportJsonLd } from '../../core/annotations/jsonLd';
import type { Annotation } from '../../core/annotations/model';
import { describeStorageError } from '../../components/storageErrors';
import { AnnotationDataControls } from '../../components/options/AnnotationDataControls';
import type { AnnotationsClient } from '../../components/options/annotationsClient';
import { importAnnotations } from '../../storage/annotationRepository';
import { databaseWithFullTable } from './fullDatabase';

const annotation: Annotation = {
  id: 'urn:uuid:4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a',
  url: 'https://www.bbc.co.uk/news/uk-39396578',
  title: 'Amber Rudd: no place for terrorists to hide',
  selectors: [{ type: 'TextQuoteSelector', exact: 'there should be no place for terrorists to hide' }, { type: 'TextPositionSelector', start: 10, end: 57 }],
  note: '',
  tags: [],
  links: [],
  created: '2026-11-24T10:00:00.000Z',
  modified: '2026-11-24T10:00:00.000Z',
};

const unused = () => Promise.reject(new Error('not used here'));

afterEach(cleanup);

describe('storage full', () => {
  it('importing annotations says the browser has no room left, and writes nothing', async () => {
    const db = await databaseWithFullTable('annotations', []);
    const client: AnnotationsClient = {
      queryAnnotations: unused,
      updateAnnotation: unused,
      deleteAnnotation: unused,
      restoreAnnotation: unused,
      exportAnnotations: unused,
      deleteAllData: unused,
      importAnnotations: ({ text }) => importAnnotations(db, text),
    };
    render(<AnnotationDataControls client={client} onChanged={() => {}} />);
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File([exportJsonLd([annotation])], 'backup.jsonld')], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Nothing was imported from backup.jsonld. The browser has no room left to store Crosscheck data, so nothing was saved. Free some disk space and try again.',
    );
    expect(await db.annotations.count()).toBe(0);
  });

  it('keeps any other storage error as it is', () => {
    expect(describeStorageError(new Error('No annotation x: it may have been deleted.'))).toBe('No annotation x: it may have been deleted.');
    expect(describeStorageError({ name: 'QuotaExceededError', message: 'quota' })).toMatch(/^The browser has no room left/);
  });
});
