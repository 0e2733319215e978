/** What each export format produces: its text, media type and a file name carrying the date. */
import { exportCsv } from './exportCsv';
import { exportJsonLd } from './jsonLd';
import { exportMarkdown } from './exportMarkdown';
import type { Annotation } from './model';

export type ExportFormat = 'jsonld' | 'markdown' | 'csv';

const FORMATS = {
  jsonld: { extension: 'jsonld', mediaType: 'application/ld+json', render: exportJsonLd },
  markdown: { extension: 'md', mediaType: 'text/markdown', render: exportMarkdown },
  csv: { extension: 'csv', mediaType: 'text/csv', render: exportCsv },
} as const;

export interface ExportFile {
  fileName: string;
  mediaType: string;
  text: string;
}

/** The local calendar date, YYYY-MM-DD: the day the reader made the file. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function exportFile(
  annotations: readonly Annotation[],
  format: ExportFormat,
  now: Date,
  kind: 'annotations' | 'backup' = 'annotations',
): ExportFile {
  const { extension, mediaType, render } = FORMATS[format];
  return {
    fileName: `crosscheck-${kind}-${localDate(now)}.${extension}`,
    mediaType: `${mediaType};charset=utf-8`,
    text: render(annotations),
  };
}
