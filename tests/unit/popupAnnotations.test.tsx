/**
 * The popup's "Your annotations here": the page's annotations from storage (fake-indexeddb), orphans marked,
 * saving the selected text, on story pages and on pages that are not about the story.
 */
import './domGlobals';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/popup/PopupApp';
import type { Annotation } from '../../core/annotations/model';
import { recordAnchoring, saveAnnotation } from '../../storage/annotationRepository';
import { popupApiFor, tabResultFor } from './popupFixtures';

afterEach(cleanup);

const annotation = (n: number, url: string, exact: string, note = ''): Annotation => ({
  id: `urn:uuid:00000000-0000-4000-8000-00000000000${n}`,
  url,
  title: 'Story',
  selectors: [{ type: 'TextQuoteSelector', exact }, { type: 'TextPositionSelector', start: 0, end: exact.length }],
  note,
  tags: [],
  links: [],
  created: `2026-11-2${n}T10:00:00.000Z`,
  modified: `2026-11-2${n}T10:00:00.000Z`,
});

describe('your annotations in the popup', () => {
  it('lists the page’s annotations with their notes and marks the one that could not be placed', async () => {
    const result = tabResultFor('devset', '013-');
    const api = popupApiFor(result);
    const url = api.tab.url!;
    await saveAnnotation(api.db, annotation(1, url, 'It is completely unacceptable', 'Marr Show'));
    await saveAnnotation(api.db, annotation(2, url, 'a sentence the page no longer has'));
    await saveAnnotation(api.db, annotation(3, 'https://elsewhere.example/', 'another page'));
    await recordAnchoring(api.db, url, [{ id: annotation(2, url, '').id, status: 'orphan', reason: 'gone' }], new Date());
    render(<PopupApp api={api} />);

    const section = (await screen.findByRole('heading', { name: /Your annotations here/ })).closest('section')!;
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = within(section).getAllByRole('listitem');
    expect(first!.textContent).toBe('It is completely unacceptableMarr Show');
    expect(second!.textContent).toContain('Not found on this page any more; kept in your annotations.');
    expect(within(section).getByText('One annotation could not be placed on the page as it is now.')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'All annotations' }).getAttribute('href')).toBe('/options.html#annotations');
  });

  it('saves the selected text from a page that is not about the story', async () => {
    const api = popupApiFor(null, 'https://recipes.example/soup');
    render(<PopupApp api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save selected text' }));
    await waitFor(() => expect(api.selectionSaves).toBe(1));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});
