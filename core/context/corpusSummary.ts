/**
 * What the corpus covers and how old it is, for the first-run page: its sources with their dates (and whether a
 * date was inferred), the counts of what was read from them, and who is quoted.
 */
import type { Corpus, SourceOrigin } from '../corpus/model';

export interface CorpusSummary {
  sources: { id: string; title: string; publisher?: string; date?: string; dateBasis?: string; origin: SourceOrigin }[];
  counts: { facts: number; quotes: number; positions: number; discrepancies: number };
  /** people quoted, most quoted first */
  speakers: string[];
  propositions: string[];
  /** earliest and latest source dates (ISO) */
  firstDate?: string;
  lastDate?: string;
  /** whole days from the latest source date to `today` */
  ageDays?: number;
}

export function summarizeCorpus(corpus: Corpus, today: Date): CorpusSummary {
  const dates = corpus.sources.map((s) => s.date).filter((d): d is string => Boolean(d)).sort();
  const quoteCounts = new Map<string, number>();
  for (const q of corpus.quotes) quoteCounts.set(q.speaker, (quoteCounts.get(q.speaker) ?? 0) + 1);
  const lastDate = dates.at(-1);
  return {
    sources: corpus.sources.map((s) => ({
      id: s.id,
      title: s.title,
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.date ? { date: s.date } : {}),
      ...(s.dateBasis ? { dateBasis: s.dateBasis } : {}),
      origin: s.origin,
    })),
    counts: {
      facts: corpus.facts.length,
      quotes: corpus.quotes.length,
      positions: corpus.positions.length,
      discrepancies: corpus.discrepancies.length,
    },
    speakers: [...quoteCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name),
    propositions: corpus.propositions.map((p) => p.text),
    ...(dates[0] ? { firstDate: dates[0] } : {}),
    ...(lastDate ? { lastDate, ageDays: Math.floor((today.getTime() - Date.parse(`${lastDate}T00:00:00Z`)) / 86_400_000) } : {}),
  };
}
