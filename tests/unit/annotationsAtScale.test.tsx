// @vitest-environment happy-dom
/**
 * 100,000 annotations in the options page: the panel renders one page of rows (not 100,000), says how many
 * there are, pages through them, and searches through the background's answer (annotationPage), which is where
 * the search and the filters run.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationsPanel, PAGE_SIZE } from '../../components/options/AnnotationsPanel';
import type { AnnotationsClient } from '../../components/options/annotationsClient';
import type { AnnotationListing } from '../../core/annotations/anchorState';
import { annotationPage } from '../../core/annotations/annotationPage';
import { FOUND_BY_SEARCH, manyAnnotation } from '../manyAnnotations';

const COUNT = 100_000;

const all: AnnotationListing[] = Array.from({ length: COUNT }, (_, n) => ({ annotation: manyAnnotation(n), anchor: null }));
const unused = () => Promise.reject(new Error('not used here'));
const queries: unknown[] = [];
const client: AnnotationsClient = {
  queryAnnotations: async (query) => {
    queries.push(query);
    return annotationPage(all, query);
  },
  updateAnnotation: unused,
  deleteAnnotation: unused,
  restoreAnnotation: unused,
  exportAnnotations: unused,
  importAnnotations: unused,
  deleteAllData: unused,
};

const rows = () => document.querySelectorAll('li.annotation').length;

afterEach(cleanup);

describe('the options page with 100,000 annotations', () => {
  it('renders one page of rows, pages through them and searches in the background', async () => {
    render(<AnnotationsPanel client={client} />);
    await screen.findByText(`${COUNT} saved.`);
    expect(rows()).toBe(PAGE_SIZE);
    expect(screen.getByRole('status').textContent).toBe(`1–${PAGE_SIZE} of ${COUNT}`);
    expect(document.querySelector('li.annotation')!.textContent).toContain(`Quote number ${COUNT - 1}`); // newest first

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`${PAGE_SIZE + 1}–${2 * PAGE_SIZE} of ${COUNT}`));
    expect(rows()).toBe(PAGE_SIZE);

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Europol' } });
    await waitFor(() => expect(rows()).toBe(1), { timeout: 10_000 });
    expect(document.querySelector('li.annotation')!.textContent).toContain(`Quote number ${FOUND_BY_SEARCH}`);
    expect(queries.at(-1)).toMatchObject({ filter: { query: 'Europol' }, offset: 0, limit: PAGE_SIZE });
  }, 30_000);
});
