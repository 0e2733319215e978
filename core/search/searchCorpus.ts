/**
 * Search over the corpus's facts, quotes and positions from the popup, for pages that are not about the story
 * (or a reader who wants more). fuse.js over a few thousand short records is instant; the index is built once
 * per loaded corpus and reused for every query.
 */
import Fuse from 'fuse.js';
import type { ContextCorpus } from '../context/pageContext';
import { sourceRefOf } from '../context/sourceRef';
import { MIN_QUERY_LENGTH, type SearchHit } from './searchHit';

export type { SearchHit };

export type CorpusSearch = (query: string, limit?: number) => SearchHit[];

export function buildCorpusSearch(corpus: ContextCorpus): CorpusSearch {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const propositions = new Map(corpus.propositions.map((p) => [p.id, p]));
  const quotes = new Map(corpus.quotes.map((q) => [q.id, q]));
  const ref = (sourceId: string) => sourceRefOf(sourceId, sources);

  const records: Omit<SearchHit, 'score'>[] = [
    ...corpus.facts.map((f) => ({
      kind: 'fact' as const, itemId: f.id, text: f.statement, ...(f.asOf ? { date: f.asOf } : {}), source: ref(f.sourceId), passageIds: [f.passageId],
    })),
    ...corpus.quotes.map((q) => {
      const role = q.role ?? people.get(q.speakerId)?.role;
      return {
        kind: 'quote' as const, itemId: q.id, text: q.text, speaker: q.speaker, ...(role ? { role } : {}),
        ...(q.venue ? { venue: q.venue } : {}), ...(q.date ? { date: q.date } : {}), source: ref(q.sourceId), passageIds: q.passageIds,
      };
    }),
    ...corpus.positions.map((p) => {
      const role = people.get(p.holderId)?.role;
      const proposition = propositions.get(p.propositionId)?.text;
      return {
        kind: 'position' as const, itemId: p.id, text: p.summary, speaker: p.holder, ...(role ? { role } : {}),
        ...(proposition ? { proposition } : {}), stance: p.stance, source: ref(p.sourceId),
        passageIds: p.quoteIds.flatMap((id) => quotes.get(id)?.passageIds ?? []),
      };
    }),
  ];
  const fuse = new Fuse(records, {
    keys: [
      { name: 'text', weight: 3 },
      { name: 'speaker', weight: 2 },
      { name: 'role', weight: 1 },
      { name: 'venue', weight: 1 },
      { name: 'proposition', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.35,
    minMatchCharLength: MIN_QUERY_LENGTH,
  });

  return (query, limit = 20) => {
    const q = query.trim();
    if (q.length < MIN_QUERY_LENGTH) return [];
    return fuse.search(q, { limit }).map((r) => ({ ...r.item, score: Math.round((r.score ?? 0) * 1000) / 1000 }));
  };
}
