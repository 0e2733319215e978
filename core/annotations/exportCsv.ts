/**
 * Annotations as CSV with Readwise's import columns (Highlight, Title, Author, URL, Note, Location, Date).
 * Fields are quoted per RFC 4180 (quotes doubled, lines CRLF). Tags go into the note as Readwise's inline
 * ".tag" words; Location is the quote's character offset in the page, so highlights sort in reading order.
 * A cell that a spreadsheet would run as a formula gets a leading apostrophe.
 */
import { savedOrder } from './savedOrder';
import type { Annotation } from './model';

export const CSV_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'] as const;

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function noteWithTags(annotation: Annotation): string {
  const tags = annotation.tags.map((tag) => `.${tag.trim().replace(/\s+/g, '-')}`).join(' ');
  return [annotation.note, tags].filter(Boolean).join('\n');
}

export function exportCsv(annotations: readonly Annotation[]): string {
  const rows = [...annotations].sort(savedOrder).map((annotation) =>
    [
      annotation.selectors[0].exact,
      annotation.title,
      '',
      annotation.url,
      noteWithTags(annotation),
      String(annotation.selectors[1].start),
      annotation.created,
    ]
      .map(csvField)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
