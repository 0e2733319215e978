/**
 * One canonical order for a corpus's lists: sources (seeds, then packs, then the reader's, oldest first), and
 * every item by its source and its place in it. The builder and the repository both return this order, so
 * the extension (reading IndexedDB, which keeps rows by key) and Node (building from seeds/) match alike.
 */
import type { Corpus, Fact, Position, SourceOrigin } from './model';

const ORIGIN_RANK: Record<SourceOrigin, number> = { seed: 0, pack: 1, user: 2 };

export function orderCorpus(corpus: Corpus): Corpus {
  const sources = [...corpus.sources].sort((a, b) => ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin] || a.addedAt - b.addedAt || cmp(a.id, b.id));
  const rank = new Map(sources.map((s, i) => [s.id, i]));
  const passageStart = new Map(corpus.passages.map((p) => [p.id, p.start]));
  const at = (sourceId: string, passageId: string | undefined) => [rank.get(sourceId) ?? Infinity, passageStart.get(passageId ?? '') ?? Infinity] as const;
  const byPlace = <T>(key: (item: T) => readonly [number, number], id: (item: T) => string) => (a: T, b: T) => {
    const [sa, pa] = key(a);
    const [sb, pb] = key(b);
    return sa - sb || pa - pb || cmp(id(a), id(b));
  };
  const quoteAt = new Map(corpus.quotes.map((q) => [q.id, at(q.sourceId, q.passageIds[0])]));
  const passageText = new Map(corpus.passages.map((p) => [p.id, p.text]));
  // facts of one sentence in the order their numbers appear in it
  const factAt = (f: Fact) => {
    const [source, start] = at(f.sourceId, f.passageId);
    const within = passageText.get(f.passageId)?.indexOf(f.quantities[0]?.text ?? '') ?? -1;
    return [source, start + Math.max(0, within) / 10_000] as const;
  };
  return {
    sources,
    passages: [...corpus.passages].sort(byPlace((p) => at(p.sourceId, p.id), (p) => p.id)),
    facts: [...corpus.facts].sort(byPlace(factAt, (f) => f.id)),
    quotes: [...corpus.quotes].sort(byPlace((q) => quoteAt.get(q.id)!, (q) => q.id)),
    people: [...corpus.people].sort((a, b) => cmp(a.id, b.id)),
    propositions: [...corpus.propositions].sort((a, b) => cmp(a.id, b.id)),
    positions: [...corpus.positions].sort(
      (a, b) => cmp(a.propositionId, b.propositionId) || byPlace((p: Position) => quoteAt.get(p.quoteIds[0] ?? '') ?? at(p.sourceId, undefined), (p) => p.id)(a, b),
    ),
    discrepancies: [...corpus.discrepancies].sort((a, b) => cmp(a.subject, b.subject) || cmp(a.id, b.id)),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
