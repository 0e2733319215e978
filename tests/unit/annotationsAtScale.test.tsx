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

const COUNT = 100_000;

function listing(n: number): AnnotationListing {
  const stamp = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return {
    annotation: {
      id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      url: `https://news${n % 50}.example/story-${n}`,
      title: `Story ${n}`,
      selectors: [{ type: 'TextQuoteSelector', exact: `Quote number ${n} about Westminster` }, { type: 'TextPositionSelector', start: 0, end: 30 }],
      note: n === 77_777 ? 'the one about Europol' : '',
      tags: [`tag${n % 20}`],
      links: [],
      created: stamp,
      modified: stamp,
    },
    anchor: null,
  };
}

const all = Array.from({ length: COUNT }, (_, n) => listing(n));
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
    expect(document.querySelector('li.annotation')!.textContent).toContain('Quote number 77777');
    expect(queries.at(-1)).toMatchObject({ filter: { query: 'Europol' }, offset: 0, limit: PAGE_SIZE });
  }, 30_000);
});
