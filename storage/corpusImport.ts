/**
 * Growing the corpus: a corpus pack, or a page the reader adds as a source, built with the same builder as the
 * seeds and written in one transaction. A bad pack throws before anything is written. Removing takes a user or
 * pack source out with all its items; seed sources stay (they come with the extension).
 */
import type { PageInput } from '../core/analysis';
import { buildCorpus } from '../core/corpus/buildCorpus';
import { buildPackCorpus, parseCorpusPack } from '../core/corpus/corpusPack';
import type { Corpus } from '../core/corpus/model';
import { CorpusDataError } from '../core/corpus/overlay';
import type { CrosscheckDB } from './db';
import { removeSources, writeCorpusPart } from './corpusRepository';

export interface CorpusChange {
  sourceIds: string[];
  facts: number;
  quotes: number;
  positions: number;
}

/** What a change answers: what it added, or why nothing was written. */
export type CorpusChangeResult = ({ ok: true } & CorpusChange) | { ok: false; error: string };

/** Runs a change; the reader's bad data becomes `{ ok: false, error }`, anything else (a bug) propagates. */
export async function corpusChangeResult(run: () => Promise<CorpusChange | void>): Promise<CorpusChangeResult> {
  try {
    const done = await run();
    return { ok: true, ...(done ?? { sourceIds: [], facts: 0, quotes: 0, positions: 0 }) };
  } catch (error) {
    if (error instanceof CorpusDataError) return { ok: false, error: error.message };
    throw error;
  }
}

function changeOf(part: Corpus): CorpusChange {
  return { sourceIds: part.sources.map((s) => s.id), facts: part.facts.length, quotes: part.quotes.length, positions: part.positions.length };
}

export async function importCorpusPack(db: CrosscheckDB, input: string | unknown): Promise<CorpusChange> {
  const pack = parseCorpusPack(input);
  const part = buildPackCorpus(pack, await db.propositions.toArray());
  await writeCorpusPart(db, part);
  return changeOf(part);
}

export async function addPageSource(db: CrosscheckDB, page: PageInput): Promise<CorpusChange> {
  if (!page.text.trim()) throw new CorpusDataError('the page has no article text');
  const part = buildCorpus([
    {
      key: page.url ?? page.title,
      text: page.text,
      origin: 'user',
      title: page.title,
      addedAt: Date.now(),
      ...(page.siteName ? { publisher: page.siteName } : {}),
      ...(page.url ? { url: page.url } : {}),
      ...(page.published && /^\d{4}-\d{2}-\d{2}/.test(page.published) ? { date: page.published.slice(0, 10) } : {}),
    },
  ]);
  await writeCorpusPart(db, part);
  return changeOf(part);
}

export async function removeSource(db: CrosscheckDB, sourceId: string): Promise<void> {
  const source = await db.sources.get(sourceId);
  if (!source) throw new CorpusDataError(`no source ${sourceId}`);
  if (source.origin === 'seed') throw new CorpusDataError('seed sources come with the extension and cannot be removed');
  await removeSources(db, [sourceId]);
}
