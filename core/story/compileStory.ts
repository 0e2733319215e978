/**
 * The story file's data compiled for use: cue patterns to regular expressions (case-insensitive, every
 * occurrence), the pre-check's terms to one pattern with a named group per term. No validation here (see
 * storySchema.ts): the content script compiles its pre-check with this alone, to stay small.
 */
import type { Story, StoryData } from './model';

export function compileStory(s: StoryData): Story {
  const compiled = (c: { label: string; pattern: string; weight: number }, side: string) => ({ label: c.label, pattern: new RegExp(c.pattern, 'gi'), weight: c.weight, side });
  return {
    id: s.id,
    name: s.name,
    reader: s.reader,
    event: s.topics.event,
    policy: s.topics.policy,
    both: s.topics.both,
    cues: s.cues.map((c) => ({ ...compiled(c, c.topic), ...(c.anchor ? { anchor: true } : {}), ...(c.policy ? { policy: true } : {}), ...(c.trigger ? { trigger: true } : {}) })),
    nearMisses: s.nearMisses.map((c) => compiled(c, 'negative')),
    anchorCombinations: s.anchorCombinations,
    otherEvents: {
      places: new RegExp(s.otherEvents.places),
      words: new RegExp(s.otherEvents.words, 'i'),
      ...(s.otherEvents.markers ? { markers: new RegExp(s.otherEvents.markers, 'i') } : {}),
    },
    precheck: compilePrecheck(s.precheck),
    dates: s.dates,
    facts: s.facts,
    notNames: new Set(s.notNames),
    institutions: s.institutions,
  };
}

export function compilePrecheck(p: StoryData['precheck']): Story['precheck'] {
  return {
    names: new RegExp(p.names, 'gi'),
    // one pass over the page: each term a named group, so the group that matched says which term it was
    terms: new RegExp(`\\b(?:${p.terms.map((t, i) => `(?<t${i}>${t.pattern})`).join('|')})\\b`, 'gi'),
    termIds: p.terms.map((t) => t.id),
    enough: p.enough,
    pairs: p.pairs,
  };
}
