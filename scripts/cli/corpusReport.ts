/** The corpus as plain text for a terminal: sources, facts, quotes with speakers and venues, positions, discrepancies. */
import { pluralize } from '../../core/text/wording';
import type { Corpus } from '../../core/corpus/model';

export function corpusReport(corpus: Corpus): string {
  const lines: string[] = [];
  const sourceNo = new Map(corpus.sources.map((s, i) => [s.id, `[${i + 1}]`]));
  const dateOf = (sourceId: string) => corpus.sources.find((s) => s.id === sourceId)?.date ?? 'undated';
  const section = (title: string, count: number) => lines.push('', `${title} (${count})`, '-'.repeat(title.length + String(count).length + 3));

  section('Sources', corpus.sources.length);
  for (const s of corpus.sources) {
    const counts = (['passages', 'facts', 'quotes', 'positions'] as const).map((k) => `${corpus[k].filter((x) => x.sourceId === s.id).length} ${k}`);
    lines.push(`${sourceNo.get(s.id)} ${s.title}`);
    lines.push(`    ${s.origin}, ${s.publisher ?? 'publisher unknown'}, ${s.url ?? 'no URL'}, ${s.date ?? 'undated'}; ${counts.join(', ')}`);
    if (s.titleBasis) lines.push(`    title inferred: ${s.titleBasis}`);
    if (s.dateBasis) lines.push(`    date inferred: ${s.dateBasis}`);
  }

  section('Facts', corpus.facts.length);
  for (const f of corpus.facts) {
    const q = f.quantities.map((x) => `${x.kind} ${x.value} ${x.unit} ("${x.text}")`).join('; ');
    lines.push(`${sourceNo.get(f.sourceId)} ${f.subject}: ${f.statement}  [${q}] as of ${f.asOf ?? 'undated'}`);
  }

  section('Quotes', corpus.quotes.length);
  for (const q of corpus.quotes) {
    const who = [q.speaker, q.role].filter(Boolean).join(', ');
    lines.push(`${sourceNo.get(q.sourceId)} ${who}; ${q.venue ?? 'venue not stated'}; ${q.date ?? dateOf(q.sourceId)}:`);
    lines.push(`    "${q.text}"`);
  }

  section('People', corpus.people.length);
  for (const p of corpus.people) lines.push(`${p.name}${p.role ? `, ${p.role}` : ''}${p.aliases.length ? `  (also: ${p.aliases.join('; ')})` : ''}`);

  section('Positions', corpus.positions.length);
  for (const prop of corpus.propositions) {
    lines.push(`${prop.text}`);
    for (const p of corpus.positions.filter((x) => x.propositionId === prop.id)) {
      lines.push(`    ${p.stance === 'for' ? 'FOR    ' : 'AGAINST'} ${p.holder} ${sourceNo.get(p.sourceId)}: ${p.summary} (${pluralize(p.quoteIds.length, 'quote')})`);
    }
  }

  section('Discrepancies', corpus.discrepancies.length);
  for (const d of corpus.discrepancies) {
    const [a, b] = d.factIds.map((id) => corpus.facts.find((f) => f.id === id));
    lines.push(`${d.subject}: "${d.values[0]}" ${a ? `${sourceNo.get(a.sourceId)} as of ${a.asOf ?? 'undated'}` : ''} vs "${d.values[1]}" ${b ? `${sourceNo.get(b.sourceId)} as of ${b.asOf ?? 'undated'}` : ''}`);
  }
  return lines.join('\n').trimStart();
}
