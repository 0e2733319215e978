/**
 * Source documents (+ an optional curated overlay) -> a Corpus: every source built by buildSource, people
 * merged across sources, the overlay's positions attached to the built quotes, and the discrepancies between
 * sources' facts. Used for the seeds (at install, and in Node), corpus packs and pages the reader adds.
 */
import type { Corpus, Person, Position, Proposition, Source } from './model';
import { buildSource, type SourceDocument } from './buildSource';
import { findDiscrepancies } from './discrepancies';
import { orderCorpus } from './orderCorpus';
import { resolvePositions, type PersonEntry, type CuratedPosition } from './overlay';
import { bundledStory } from '../story/bundledStory';
import { corpusWording, type CorpusWording } from './corpusWording';

export interface KeyedDocument extends SourceDocument {
  /** how the overlay refers to it: a seed's file name, a pack source's key */
  key: string;
}

export interface Stances {
  propositions: Proposition[];
  positions: CuratedPosition[];
  /** what the texts do not say of people, by person name */
  people?: Record<string, PersonEntry>;
  /**
   * what a sentence must speak of for its number to be a subject's, by fact subject, or by the family before its first
   * dot for every subject of that family ("arrests" for arrests.total, arrests.bailed…); the subject's own entry wins
   */
  subjects?: Record<string, { cues: string[][] }>;
}

/** `wording`: how the story words facts and which of its words name no person (buildSource). */
export function buildCorpus(docs: readonly KeyedDocument[], stances?: Stances, what = 'overlay', wording: CorpusWording = corpusWording(bundledStory)): Corpus {
  const builds = docs.map((doc) => buildSource(doc, wording));
  const people = mergePeople(builds.flatMap((b) => b.people), stances?.people ?? {});
  const byId = new Map(people.map((p) => [p.id, p]));
  const quotes = builds.flatMap((b) => b.quotes).map((q) => {
    const speaker = byId.get(q.speakerId);
    return speaker?.role ? { ...q, role: speaker.role } : q;
  });
  const sourceByKey = new Map<string, Source>(docs.map((doc, i) => [doc.key, builds[i]!.source]));
  const positions: Position[] = stances ? resolvePositions(stances.positions, stances.propositions, sourceByKey, people, quotes, what) : [];
  const facts = builds.flatMap((b) => b.facts).map((f) => {
    const cues = (stances?.subjects?.[f.subject] ?? stances?.subjects?.[f.subject.split('.')[0]!])?.cues;
    return cues ? { ...f, cues } : f;
  });
  return orderCorpus({
    sources: builds.map((b) => b.source),
    passages: builds.flatMap((b) => b.passages),
    facts,
    quotes,
    people,
    propositions: stances?.propositions ?? [],
    positions,
    discrepancies: findDiscrepancies(facts),
  });
}

/** One person per id across sources: aliases and source ids joined, the first role kept unless curated. */
export function mergePeople(people: readonly Person[], curated: Readonly<Record<string, PersonEntry>> = {}): Person[] {
  const out = new Map<string, Person>();
  for (const p of people) {
    const had = out.get(p.id);
    const merged: Person = had
      ? {
          ...had,
          ...(had.role ? {} : p.role ? { role: p.role } : {}),
          aliases: [...new Set([...had.aliases, ...p.aliases])],
          sourceIds: [...new Set([...(had.sourceIds ?? []), ...(p.sourceIds ?? [])])],
        }
      : { ...p, aliases: [...p.aliases] };
    const entry = curated[merged.name];
    out.set(p.id, {
      ...merged,
      ...(entry?.role ? { role: entry.role.value } : {}),
      ...(entry?.descriptions ? { descriptions: entry.descriptions } : {}),
      ...(entry?.pronoun ? { pronoun: entry.pronoun } : {}),
    });
  }
  return [...out.values()];
}

