/** A source as an item cites it: enough to name it and date it without carrying its whole text. */
import type { Source } from '../corpus/model';

export interface SourceRef {
  id: string;
  title: string;
  publisher?: string;
  date?: string;
  /** why the date is believed, when the document does not state it */
  dateBasis?: string;
}

export function sourceRefOf(sourceId: string, sources: ReadonlyMap<string, Source>): SourceRef {
  const s = sources.get(sourceId);
  if (!s) return { id: sourceId, title: sourceId };
  return {
    id: s.id,
    title: s.title,
    ...(s.publisher ? { publisher: s.publisher } : {}),
    ...(s.date ? { date: s.date } : {}),
    ...(s.dateBasis ? { dateBasis: s.dateBasis } : {}),
  };
}
