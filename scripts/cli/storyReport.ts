/** The story file as `npm run corpus` prints it: topics and names, cues by topic with weights and flags, the rest (fact wording, place words, dates) in brief. */
import type { Story, StoryCue } from '../../core/story/model';

export function storyReport(story: Story): string {
  const flags = (c: StoryCue) => [c.anchor ? 'anchor' : '', c.policy ? 'policy' : '', c.trigger ? 'trigger' : ''].filter(Boolean).join(', ');
  const cueLine = (c: StoryCue) => `    ${c.weight.toFixed(1).padStart(4)}  ${c.label}${flags(c) ? `  [${flags(c)}]` : ''}`;
  const topic = (t: Story['event'], role: string) => [`  ${role} "${t.id}": ${t.name} (${t.phrase})`, ...story.cues.filter((c) => c.side === t.id).map(cueLine)];
  return [
    `Story ${story.id}: pages about ${story.name}`,
    ...topic(story.event, 'event'),
    ...topic(story.policy, 'policy'),
    `  both: ${story.both.name}`,
    ...story.anchorCombinations.map((a) => `  anchors "${a.topic}" together: ${a.all.map((g) => g.join(' or ')).join(' + ')}${a.withAnchorOf ? ` (with an anchor in "${a.withAnchorOf}")` : ''}`),
    '  near misses:',
    ...story.nearMisses.map(cueLine),
    `  pre-check: ${story.precheck.termIds.length} terms, ${story.precheck.enough} enough, pairs ${story.precheck.pairs.map((p) => p.join('+')).join(', ')}`,
    `  facts worded: ${Object.entries(story.facts.statements).map(([kind, t]) => `${kind} "${t}"`).join('; ')}; no one named: "${story.facts.attacker}"`,
    `  words that name no person here: ${[...story.notNames].join(', ')}; bodies that speak as one: ${story.institutions.join(', ') || 'none beyond "Police"'}`,
    `  dates: event ${story.dates.event}; ${story.dates.windows.map((w) => `to ${w.until} ${Object.entries(w.weights).map(([t, x]) => `${t} ${x}`).join(', ')}`).join('; ')}; before ${story.dates.before.weight}, after ${story.dates.after.weight}`,
  ].join('\n');
}
