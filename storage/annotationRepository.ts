/**
 * Saved annotations in IndexedDB: save, edit, delete (and restore, for undo), list, import, and where each one
 * last anchored. An import is validated whole before a single row is written, then written in one
 * transaction; an annotation already present (same id) is kept or replaced by whichever was modified last.
 */
import type { AnchoringReport, AnchorState, AnnotationListing } from '../core/annotations/anchorState';
import { savedOrder } from '../core/annotations/savedOrder';
import type { Annotation } from '../core/annotations/model';
import { editAnnotation, type AnnotationEdit } from '../core/annotations/newAnnotation';
import { parseAnnotationCollection } from '../core/annotations/parseAnnotationCollection';
import type { CrosscheckDB } from './db';

export async function saveAnnotation(db: CrosscheckDB, annotation: Annotation): Promise<Annotation> {
  await db.annotations.put(annotation);
  return annotation;
}

export async function updateAnnotation(db: CrosscheckDB, edit: AnnotationEdit, now: Date): Promise<Annotation> {
  return db.transaction('rw', db.annotations, async () => {
    const existing = await db.annotations.get(edit.id);
    if (!existing) throw new Error(`No annotation ${edit.id}: it may have been deleted.`);
    const edited = editAnnotation(existing, edit, now);
    await db.annotations.put(edited);
    return edited;
  });
}

/** Deletes the annotation and returns it, so the caller can offer to undo. */
export async function deleteAnnotation(db: CrosscheckDB, id: string): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, db.anchorStates, async () => {
    const existing = await db.annotations.get(id);
    await db.annotations.delete(id);
    await db.anchorStates.delete(id);
    return existing;
  });
}

export async function listAnnotations(db: CrosscheckDB, filter: { url?: string } = {}): Promise<Annotation[]> {
  const rows = filter.url === undefined ? await db.annotations.toArray() : await db.annotations.where('url').equals(filter.url).toArray();
  return rows.sort(savedOrder);
}

/** Every page that has at least one annotation. */
export async function annotatedUrls(db: CrosscheckDB): Promise<string[]> {
  return (await db.annotations.orderBy('url').uniqueKeys()) as string[];
}

export async function listAnchorStates(db: CrosscheckDB, filter: { url?: string } = {}): Promise<AnchorState[]> {
  return filter.url === undefined ? db.anchorStates.toArray() : db.anchorStates.where('url').equals(filter.url).toArray();
}

/** Annotations with where each last anchored. */
export async function listAnnotationListings(db: CrosscheckDB, filter: { url?: string } = {}): Promise<AnnotationListing[]> {
  const [annotations, states] = await Promise.all([listAnnotations(db, filter), listAnchorStates(db, filter)]);
  const anchorOf = new Map(states.map((s) => [s.id, s]));
  return annotations.map((annotation) => ({ annotation, anchor: anchorOf.get(annotation.id) ?? null }));
}

/**
 * Records how a page's annotations anchored. An annotation saved without a position (from the popup, which
 * knows the quote but not where it sits in the page) gets the position and context it anchored at.
 */
export async function recordAnchoring(db: CrosscheckDB, url: string, reports: readonly AnchoringReport[], now: Date): Promise<void> {
  const checked = now.toISOString();
  await db.transaction('rw', db.annotations, db.anchorStates, async () => {
    const annotations = await db.annotations.bulkGet(reports.map((r) => r.id));
    const states: AnchorState[] = [];
    const completed: Annotation[] = [];
    reports.forEach((report, i) => {
      const annotation = annotations[i];
      if (!annotation || annotation.url !== url) return; // deleted meanwhile, or not this page's
      states.push({
        id: report.id,
        url,
        status: report.status,
        ...(report.method ? { method: report.method } : {}),
        ...(report.reason ? { reason: report.reason } : {}),
        checked,
      });
      const [quote, position] = annotation.selectors;
      if (report.status === 'anchored' && report.selectors && position.start === position.end) {
        const [foundQuote, foundPosition] = report.selectors;
        completed.push({
          ...annotation,
          selectors: [
            { ...quote, prefix: quote.prefix ?? foundQuote.prefix ?? '', suffix: quote.suffix ?? foundQuote.suffix ?? '' },
            { type: 'TextPositionSelector', start: foundPosition.start, end: foundPosition.end },
          ],
        });
      }
    });
    await db.anchorStates.bulkPut(states);
    await db.annotations.bulkPut(completed);
  });
}

export type ImportResult =
  | { ok: true; added: number; updated: number; unchanged: number }
  | { ok: false; error: string };

export async function importAnnotations(db: CrosscheckDB, fileText: string): Promise<ImportResult> {
  const parsed = parseAnnotationCollection(fileText);
  if (!parsed.ok) return parsed;
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  await db.transaction('rw', db.annotations, async () => {
    const existing = await db.annotations.bulkGet(parsed.annotations.map((a) => a.id));
    const writes: Annotation[] = [];
    parsed.annotations.forEach((incoming, i) => {
      const current = existing[i];
      if (!current) {
        added++;
        writes.push(incoming);
      } else if (incoming.modified > current.modified) {
        updated++;
        writes.push(incoming);
      } else {
        unchanged++;
      }
    });
    await db.annotations.bulkPut(writes);
  });
  return { ok: true, added, updated, unchanged };
}

/** Everything the reader has stored: annotations, the corpus they grew, settings. Seeds load again on next use. */
export async function deleteAllData(db: CrosscheckDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
