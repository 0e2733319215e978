/**
 * The options page's Annotations section: every saved annotation, searchable and filterable by site, tag and
 * topic, with orphans marked; edit note and tags, delete with undo; and the export/import/backup controls.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnnotationListing } from '../../core/annotations/anchorState';
import { annotationFacets, filterAnnotations, NO_FILTER, type AnnotationFilter } from '../../core/annotations/filterAnnotations';
import type { Annotation } from '../../core/annotations/model';
import { AnnotationDataControls } from './AnnotationDataControls';
import { AnnotationItem } from './AnnotationItem';
import type { AnnotationsClient } from './annotationsClient';
import { TOPIC_NAMES } from './topicNames';
import './annotationsPanel.css';

const UNDO_MS = 10_000;

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
  const [listings, setListings] = useState<AnnotationListing[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout>>();

  const load = () =>
    client
      .listAnnotations({})
      .then((list) => {
        setListings(list);
        setLoadError('');
      })
      .catch((e: Error) => setLoadError(`Could not read your annotations: ${e.message}`));
  useEffect(() => {
    void load();
    return () => clearTimeout(undoTimer.current);
  }, []);

  const facets = useMemo(() => annotationFacets(listings ?? []), [listings]);
  const shown = useMemo(() => filterAnnotations(listings ?? [], filter), [listings, filter]);
  const orphanCount = (listings ?? []).filter((l) => l.anchor?.status === 'orphan').length;
  const set = (change: Partial<AnnotationFilter>) => setFilter({ ...filter, ...change });

  const remove = async (annotation: Annotation) => {
    await client.deleteAnnotation({ id: annotation.id });
    setListings((list) => (list ?? []).filter((l) => l.annotation.id !== annotation.id));
    setDeleted(annotation);
    clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setDeleted(null), UNDO_MS);
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
    setListings((list) => (list ?? []).map((l) => (l.annotation.id === id ? { ...l, annotation: updated } : l)));
  };

  return (
    <section class="annotations-panel" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">Annotations</h2>
      {loadError && <p role="alert" class="error">{loadError}</p>}
      {listings && (
        <p class="muted">
          {listings.length === 0
            ? 'No annotations yet. Select text on a page and choose “Save selection to Crosscheck” from the context menu, or press Alt+Shift+S.'
            : `${listings.length} saved${orphanCount ? `, ${orphanCount} not found on their page last time` : ''}.`}
        </p>
      )}
      {listings && listings.length > 0 && (
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
            options={facets.topics.map((topic) => [topic, TOPIC_NAMES[topic]])}
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
      {listings && listings.length > 0 && shown.length === 0 && <p class="muted">No annotation matches.</p>}
      <ul class="annotation-list">
        {shown.map((listing) => (
          <AnnotationItem
            key={listing.annotation.id}
            listing={listing}
            onSave={(note, tags) => save(listing.annotation.id, note, tags)}
            onDelete={() => void remove(listing.annotation)}
          />
        ))}
      </ul>
      <AnnotationDataControls client={client} onChanged={() => void load()} />
    </section>
  );
}
