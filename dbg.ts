import { buildSource } from './core/corpus/buildSource';
import { fixtureText } from './tests/unit/analyzeFixtures';
for (const id of process.argv.slice(2)) {
  const [split, prefix] = id.includes('/') ? id.split('/') as ['heldout', string] : ['devset', id] as const;
  const page = fixtureText(split, prefix);
  const b = buildSource({ text: page.text, origin: 'user', title: page.title });
  console.log(`\n=== ${id} ${page.title} (${page.url})`);
  for (const q of b.quotes) console.log(`  Q ${q.speaker} (${q.role ?? ''}) @ ${q.venue ?? '-'}: ${q.text.slice(0, 90)}`);
  console.log('  people:', b.people.map(p => p.name + (p.role ? ` [${p.role}]` : '')).join('; '));
  for (const f of b.facts) console.log(`  F ${f.subject}: ${f.statement}`);
}
