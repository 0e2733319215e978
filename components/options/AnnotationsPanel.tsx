/**
 * The options page's Annotations section: every saved annotation, searchable and filterable by site, tag and
 * topic, with orphans marked; edit note and tags, delete with undo; and the export/import/backup controls.
 * The list comes a page of PAGE_SIZE rows at a time from the background, which searches and filters
 * (core/annotations/annotationPage.ts): with 100,000 annotations the options page holds and renders only the
 * rows in view, and typing a search never blocks it. A reply that a newer request overtook is dropped.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationPage } from '../../core/annotations/annotationPage';
import { NO_FILTER, type AnnotationFilter } from '../../core/annotations/filterAnnotations';
import type { Annotation } from '../../core/annotations/model';
import { AnnotationDataControls } from './AnnotationDataControls';
import { AnnotationItem } from './AnnotationItem';
import type { AnnotationsClient } from './annotationsClient';
import { topicName } from './topicNames';
import './annotationsPanel.css';

const UNDO_MS = 10_000;
export const PAGE_SIZE = 50;
/** a search runs once typing pauses this long */
const SEARCH_DELAY_MS = 250;

interface FilterSelectProps {
  label: string;
  /** the option that filters nothing */
  all: string;
  value: string;
  /** [value, label] pairs */
  options: [string, string][];
  onChange(value: string): void;
}

function FilterSelect({ label, all, value, options, onChange }: FilterSelectProps) {
  if (options.length < 2 && !value) return null; // nothing to choose between
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{all}</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
}

export function AnnotationsPanel({ client }: { client: AnnotationsClient }) {
  const [page, setPage] = useState<AnnotationPage | null>(null);
  const [loadError, setLoadError] = useState('');
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const [offset, setOffset] = useState(0);
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout>>();
  const searchTimer = useRef<ReturnType<typeof setTimeout>>();
  const latest = useRef(0);

  const load = (wanted = filter, from = offset) => {
    const request = ++latest.current;
    return client
      .queryAnnotations({ filter: wanted, offset: from, limit: PAGE_SIZE })
      .then((answer) => {
        if (request !== latest.current) return; // overtaken by a newer request
        setPage(answer);
        setOffset(answer.offset);
        setLoadError('');
      })
      .catch((e: Error) => setLoadError(`Could not read your annotations: ${e.message}`));
  };
  useEffect(() => {
    void load();
    return () => {
      clearTimeout(undoTimer.current);
      clearTimeout(searchTimer.current);
    };
  }, []);

  const listings = page?.listings ?? [];
  const total = page?.total ?? 0;
  const orphanCount = page?.orphans ?? 0;
  const facets = page?.facets ?? { sites: [], tags: [], topics: [] };
  /** A new filter starts from the first page; a search waits for typing to pause. */
  const set = (change: Partial<AnnotationFilter>) => {
    const next = { ...filter, ...change };
    setFilter(next);
    clearTimeout(searchTimer.current);
    if ('query' in change) searchTimer.current = setTimeout(() => void load(next, 0), SEARCH_DELAY_MS);
    else void load(next, 0);
  };
  const turn = (to: number) => void load(filter, to);

  const remove = async (annotation: Annotation) => {
    await client.deleteAnnotation({ id: annotation.id });
    setDeleted(annotation);
    clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setDeleted(null), UNDO_MS);
    await load();
  };
  const undo = async () => {
    if (!deleted) return;
    clearTimeout(undoTimer.current);
    await client.restoreAnnotation({ annotation: deleted });
    setDeleted(null);
    await load();
  };
  const save = async (id: string, note: string, tags: string[]) => {
    const updated = await client.updateAnnotation({ id, note, tags });
    setPage((p) => p && { ...p, listings: p.listings.map((l) => (l.annotation.id === id ? { ...l, annotation: updated } : l)) });
  };
  const matching = page?.matching ?? 0;
  const last = Math.min(offset + listings.length, matching);

  return (
    <section class="annotations-panel" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">Annotations</h2>
      {loadError && <p role="alert" class="error">{loadError}</p>}
      {page && (
        <p class="muted">
          {total === 0
            ? 'No annotations yet. Select text on a page and choose “Save selection to Crosscheck” from the context menu, or press Alt+Shift+S.'
            : `${total} saved${orphanCount ? `, ${orphanCount} not found on their page last time` : ''}.`}
        </p>
      )}
      {total > 0 && (
        <div class="filters" role="search">
          <label>
            Search
            <input type="search" value={filter.query} placeholder="Quote, note, tag or title" onInput={(e) => set({ query: e.currentTarget.value })} />
          </label>
          <FilterSelect label="Site" all="All sites" value={filter.site} options={facets.sites.map((site) => [site, site])} onChange={(site) => set({ site })} />
          <FilterSelect label="Tag" all="All tags" value={filter.tag} options={facets.tags.map((tag) => [tag, tag])} onChange={(tag) => set({ tag })} />
          <FilterSelect
            label="Topic"
            all="All topics"
            value={filter.topic}
            options={facets.topics.map((topic) => [topic, topicName(topic)])}
            onChange={(topic) => set({ topic: topic as AnnotationFilter['topic'] })}
          />
          {orphanCount > 0 && (
            <label class="checkbox">
              <input type="checkbox" checked={filter.orphansOnly} onChange={(e) => set({ orphansOnly: e.currentTarget.checked })} />
              Only those not found
            </label>
          )}
        </div>
      )}
      {deleted && (
        <p role="status" class="undo">
          Annotation deleted. <button type="button" onClick={undo}>Undo</button>
        </p>
      )}
      {total > 0 && matching === 0 && <p class="muted">No annotation matches.</p>}
      <ul class="annotation-list">
        {listings.map((listing) => (
          <AnnotationItem
            key={listing.annotation.id}
            listing={listing}
            onSave={(note, tags) => save(listing.annotation.id, note, tags)}
            onDelete={() => void remove(listing.annotation)}
          />
        ))}
      </ul>
      {matching > PAGE_SIZE && (
        <nav class="pager" aria-label="Pages of annotations">
          <button type="button" disabled={offset === 0} onClick={() => turn(Math.max(0, offset - PAGE_SIZE))}>
            Previous
          </button>
          <span role="status">{`${offset + 1}–${last} of ${matching}`}</span>
          <button type="button" disabled={last >= matching} onClick={() => turn(offset + PAGE_SIZE)}>
            Next
          </button>
        </nav>
      )}
      <AnnotationDataControls client={client} onChanged={() => void load()} />
    </section>
  );
}
