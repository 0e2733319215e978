/**
 * The options page's Corpus section: the sources the corpus is built from (where each came from, its date,
 * what it gave: facts, quotes, positions), importing a corpus pack from a file, and removing what the reader
 * added. A bad pack writes nothing and the section says which field was wrong.
 */
import { useEffect, useState } from 'preact/hooks';
import { isWebAddress } from '../../core/pageAddress';
import type { SourceSummary } from '../../storage/corpusRepository';
import { DateText } from '../DateText';
import { sourceViewPath } from '../sourceViewUrl';
import type { CorpusClient } from './corpusClient';
import './corpusManager.css';
import { pluralize as plural } from '../../core/text/wording';

const ORIGIN_NAMES: Record<SourceSummary['origin'], string> = { seed: 'Built in', pack: 'Corpus pack', user: 'Added by you' };

type Notice = { kind: 'status' | 'error'; text: string };


function SourceItem({ source, onRemove }: { source: SourceSummary; onRemove?: () => void }) {
  const { counts } = source;
  return (
    <li class="corpus-source" data-origin={source.origin}>
      <div class="corpus-source__head">
        <a href={sourceViewPath(source.id)} target="_blank" rel="noreferrer" class="corpus-source__title">{source.title}</a>
        <span class={`corpus-source__origin corpus-source__origin--${source.origin}`}>{ORIGIN_NAMES[source.origin]}</span>
      </div>
      <div class="corpus-source__meta">
        {source.publisher ?? 'Publisher not stated'}
        {', '}
        {source.date ? <DateText date={source.date} basis={source.dateBasis} /> : 'undated'}
        {source.url && isWebAddress(source.url) ? <> · <a href={source.url} target="_blank" rel="noreferrer">original</a></> : null}
      </div>
      <div class="corpus-source__counts">
        {plural(counts.facts, 'fact')} · {plural(counts.quotes, 'quote')} · {plural(counts.positions, 'position')} · {plural(counts.passages, 'sentence')}
      </div>
      {onRemove ? <button type="button" class="destructive" onClick={onRemove} aria-label={`Remove “${source.title}”`}>Remove</button> : null}
    </li>
  );
}

export function CorpusManager({ client }: { client: CorpusClient }) {
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const load = () =>
    client
      .listSources()
      .then(setSources)
      .catch((e: Error) => setNotice({ kind: 'error', text: `Could not read the corpus: ${e.message}` }));
  useEffect(() => void load(), []);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const result = await client.importCorpusPack({ json: await file.text() });
      if (result.ok) {
        setNotice({ kind: 'status', text: `Imported ${file.name}: ${plural(result.sourceIds.length, 'source')}, ${plural(result.facts, 'fact')}, ${plural(result.quotes, 'quote')}, ${plural(result.positions, 'position')}.` });
      } else {
        setNotice({ kind: 'error', text: `Nothing was imported from ${file.name}: ${result.error}` });
      }
      await load();
    } catch (e) {
      setNotice({ kind: 'error', text: `Nothing was imported from ${file.name}: ${(e as Error).message}` });
    } finally {
      input.value = ''; // choosing the same file again imports it again
      setBusy(false);
    }
  };

  const remove = async (source: SourceSummary) => {
    setBusy(true);
    const result = await client.removeSource({ sourceId: source.id }).catch((e: Error) => ({ ok: false as const, error: e.message }));
    setNotice(result.ok ? { kind: 'status', text: `Removed “${source.title}” and everything it added.` } : { kind: 'error', text: `Could not remove “${source.title}”: ${result.error}` });
    await load();
    setBusy(false);
  };

  const seeds = sources?.filter((s) => s.origin === 'seed') ?? [];
  const added = sources?.filter((s) => s.origin !== 'seed') ?? [];
  return (
    <section class="corpus-manager" aria-labelledby="corpus-heading" aria-busy={busy}>
      <h2 id="corpus-heading">Corpus</h2>
      <p class="muted">What Crosscheck compares pages with. Built-in sources come with the extension; you can add corpus packs and pages.</p>
      <div class="row">
        <label class="button">
          Import a corpus pack…
          <input type="file" accept=".json,application/json" class="cc-visually-hidden" disabled={busy} onChange={(e) => void importFile(e.currentTarget)} />
        </label>
      </div>
      {notice ? <p class={notice.kind} role={notice.kind === 'error' ? 'alert' : 'status'}>{notice.text}</p> : null}
      {sources === null ? (
        <p class="muted">Reading the corpus…</p>
      ) : (
        <>
          <h3>Built in ({seeds.length})</h3>
          <ul class="corpus-sources" aria-label="Built-in sources">
            {seeds.map((s) => <SourceItem key={s.id} source={s} />)}
          </ul>
          <h3>Added ({added.length})</h3>
          {added.length === 0 ? (
            <p class="muted">Nothing added yet. Import a corpus pack, or add a story page from the popup.</p>
          ) : (
            <ul class="corpus-sources" aria-label="Added sources">
              {added.map((s) => <SourceItem key={s.id} source={s} onRemove={() => void remove(s)} />)}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
