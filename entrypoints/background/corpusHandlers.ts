/**
 * Corpus management messages: list sources, import a pack, add a page (given, or the one a tab had analysed),
 * remove a source. Each change is written in one transaction and then drops the in-memory match index, so
 * the next analysis sees it.
 */
import { CorpusDataError } from '../../core/corpus/overlay';
import { parsePageInput } from '../../core/pageInputSchema';
import { onMessage } from '../../messaging/protocol';
import { addPageSource, corpusChangeResult, importCorpusPack, removeSource, type CorpusChange, type CorpusChangeResult } from '../../storage/corpusImport';
import { sourceSummaries } from '../../storage/corpusRepository';
import type { CrosscheckDB } from '../../storage/db';
import { ensureSeedCorpus } from '../../storage/seedLoader';
import type { TabSession } from '../../storage/tabSession';
import { invalidateCorpusIndex } from './corpusIndex';

async function change(run: () => Promise<CorpusChange | void>): Promise<CorpusChangeResult> {
  const result = await corpusChangeResult(run);
  if (result.ok) invalidateCorpusIndex();
  return result;
}

export function registerCorpusHandlers(db: CrosscheckDB, session: TabSession): void {
  onMessage('listSources', async () => {
    await ensureSeedCorpus(db);
    return sourceSummaries(db);
  });
  onMessage('importCorpusPack', ({ data }) => change(() => importCorpusPack(db, data.json)));
  onMessage('addPageSource', ({ data }) =>
    change(() => {
      const parsed = parsePageInput(data);
      if (!parsed.ok) throw new CorpusDataError(`page ${parsed.issue.path}: ${parsed.issue.message}`);
      return addPageSource(db, parsed.value);
    }),
  );
  onMessage('addTabAsSource', ({ data }) =>
    change(async () => {
      const page = await session.page(data.tabId);
      if (!page) throw new CorpusDataError('Crosscheck has not read this page: reload it and try again');
      return addPageSource(db, page);
    }),
  );
  onMessage('removeSource', ({ data }) => change(() => removeSource(db, data.sourceId)));
}
