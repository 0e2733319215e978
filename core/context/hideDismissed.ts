/**
 * The page without the items the reader marked "not relevant" on it: the popup's context (its match count
 * follows, so the header counts only the sentences still shown) and the analysis the page paints.
 */
import type { PageAnalysis } from '../analysis';
import type { PageContext, PositionEntry, PropositionEntry } from './pageContext';

/** The matches the page paints and the badge counts: none for a dismissed item. */
export function withoutDismissedMatches(analysis: PageAnalysis, dismissed: ReadonlySet<string>): PageAnalysis {
  if (dismissed.size === 0) return analysis;
  return { ...analysis, matches: analysis.matches.filter((m) => !dismissed.has(m.itemId)) };
}

export function hideDismissed(context: PageContext, dismissed: ReadonlySet<string>): PageContext {
  if (dismissed.size === 0) return context;
  const keep = <T extends { itemId: string }>(items: T[]) => items.filter((i) => !dismissed.has(i.itemId));
  const facts = keep(context.facts);
  const quotes = keep(context.quotes);
  const propositions = context.propositions
    .map((p): PropositionEntry => ({ ...p, leftOut: keep(p.leftOut), for: keep(p.for), against: keep(p.against) }))
    .filter((p) => [...p.for, ...p.against].some((e) => e.onPage))
    .map((p) => (p.leftOut.length ? p : { ...p, leftOutNote: '' }));
  const discrepancyIds = new Set(facts.map((f) => f.discrepancyId));
  const sentences = new Set<number>();
  for (const item of [...facts, ...quotes, ...propositions.flatMap((p): PositionEntry[] => [...p.for, ...p.against])]) {
    for (const s of item.sentences) sentences.add(s.index);
  }
  return {
    matchCount: sentences.size,
    facts,
    discrepancies: context.discrepancies.filter((d) => discrepancyIds.has(d.id)),
    quotes,
    elsewhere: context.elsewhere.filter((s) => quotes.some((q) => q.speakerId === s.speakerId)),
    propositions,
  };
}
