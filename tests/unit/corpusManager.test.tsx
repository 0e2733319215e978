/**
 * The options page's Corpus section, rendered with its real storage underneath (the repositories on
 * fake-indexeddb): the built-in sources listed without a way to remove them, a pack imported from the file
 * input and listed, a bad pack refused with its field named and nothing written, a source removed.
 */
import './domGlobals';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusManager } from '../../components/options/CorpusManager';
import type { CorpusClient } from '../../components/options/corpusClient';
import { PACK_FORMAT } from '../../core/corpus/corpusPack';
import { corpusChangeResult, importCorpusPack, removeSource } from '../../storage/corpusImport';
import { sourceSummaries } from '../../storage/corpusRepository';
import { openDatabase, type CrosscheckDB } from '../../storage/db';
import { ensureSeedCorpus } from '../../storage/seedLoader';
import { fixtureText } from './analyzeFixtures';

function repositoryClient(db: CrosscheckDB): CorpusClient {
  return {
    listSources: async () => {
      await ensureSeedCorpus(db);
      return sourceSummaries(db);
    },
    importCorpusPack: ({ json }) => corpusChangeResult(() => importCorpusPack(db, json)),
    removeSource: ({ sourceId }) => corpusChangeResult(() => removeSource(db, sourceId)),
  };
}

let db: CrosscheckDB;
let n = 0;
beforeEach(() => {
  db = openDatabase(`corpus-manager-${n++}`);
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

/** building and writing the seeds and a pack takes more than Testing Library's default second on a busy machine */
const SLOW = { timeout: 10_000 };

const page = fixtureText('heldout', '121-');
const pack = JSON.stringify({ format: PACK_FORMAT, version: 1, sources: [{ title: page.title, text: page.text, publisher: 'Counter Terror Business', date: '2017-03-27' }] });

function chooseFile(name: string, text: string) {
  const input = screen.getByLabelText('Import a corpus pack…') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

describe('the Corpus section', () => {
  it('lists the built-in sources with their dates and counts, and offers no way to remove them', async () => {
    render(<CorpusManager client={repositoryClient(db)} />);
    const builtIn = await screen.findByRole('list', { name: 'Built-in sources' }, SLOW);
    const items = within(builtIn).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('26 Mar 2017 (inferred'),
      expect.stringContaining('13 facts · 7 quotes · 3 positions · 19 sentences'),
    ]);
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
    expect(screen.getByText(/Nothing added yet/)).toBeTruthy();
  });

  it('imports a pack from the file input, lists it, and removes it again', async () => {
    render(<CorpusManager client={repositoryClient(db)} />);
    await screen.findByRole('list', { name: 'Built-in sources' }, SLOW);
    chooseFile('ctb.json', pack);
    expect((await screen.findByRole('status', {}, SLOW)).textContent).toBe('Imported ctb.json: 1 source, 1 fact, 4 quotes, 0 positions.');
    const added = await screen.findByRole('list', { name: 'Added sources' }, SLOW);
    expect(within(added).getByRole('listitem').textContent).toContain('Counter Terror Business, 27 Mar 2017');

    fireEvent.click(screen.getByRole('button', { name: `Remove “${page.title}”` }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Removed “${page.title}” and everything it added.`), SLOW);
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Added sources' })).toBeNull(), SLOW);
    expect(await db.sources.count()).toBe(2);
  });

  it('refuses a bad pack with the field it got wrong, and writes nothing', async () => {
    render(<CorpusManager client={repositoryClient(db)} />);
    await screen.findByRole('list', { name: 'Built-in sources' }, SLOW);
    const rows = await db.quotes.count();
    chooseFile('bad.json', '{"format": "crosscheck-corpus-pack", "version": 1, "sources": [{"title": "x", "text": ""}]}');
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toBe('Nothing was imported from bad.json: sources[0].text: expected a non-empty string');
    expect(await db.quotes.count()).toBe(rows);
    expect(await db.sources.count()).toBe(2);
  });

  it('says so when the corpus cannot be read', async () => {
    const failing: CorpusClient = { ...repositoryClient(db), listSources: () => Promise.reject(new Error('the background did not answer')) };
    render(<CorpusManager client={failing} />);
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toBe('Could not read the corpus: the background did not answer');
  });
});
