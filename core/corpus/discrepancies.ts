/**
 * Facts on the same subject from different sources whose values differ: both values, both facts, the earlier
 * source first. One discrepancy per pair of sources and values, whatever order the facts come in.
 */
import type { Discrepancy, Fact } from './model';
import { contentId } from './ids';

export function findDiscrepancies(facts: readonly Fact[]): Discrepancy[] {
  const ordered = [...facts].sort((a, b) => (a.asOf ?? '9999').localeCompare(b.asOf ?? '9999') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bySubject = new Map<string, Fact[]>();
  for (const f of ordered) bySubject.set(f.subject, [...(bySubject.get(f.subject) ?? []), f]);
  const out: Discrepancy[] = [];
  for (const [subject, group] of bySubject) {
    const seen = new Set<string>();
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        const qa = a.quantities[0];
        const qb = b.quantities[0];
        if (a.sourceId === b.sourceId || !qa || !qb || qa.value === qb.value) continue;
        const key = `${a.sourceId}|${b.sourceId}|${qa.value}|${qb.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ id: contentId('d', subject, a.id, b.id), subject, factIds: [a.id, b.id], values: [qa.text, qb.text] });
      }
    }
  }
  return out;
}
