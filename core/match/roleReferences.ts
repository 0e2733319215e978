/**
 * A bare role noun that stands for a person the page has named: "the minister's plan", "the commissioner said".
 * Its head ("minister", "commissioner") must be the head of one of that person's titles or descriptions in the
 * corpus ("Interior Minister", "acting Met Commissioner"), and the person the page named most lately with that
 * head is the one meant, if the page named them within the last few sentences and named nobody else with it in
 * that same sentence. "The minister for digital" is someone else, and so is "the Health Secretary": only "the"
 * and the head itself are read.
 */
import type { Person } from '../corpus/model';
import { ROLE_HEADS } from '../corpus/lexicon';
import type { PersonMention } from './personMentions';

/** how many sentences back the person must have been named */
const REACH = 4;

const headsCache = new WeakMap<ReadonlyMap<string, Person>, Map<string, Set<string>>>();

/** role head -> the people one of whose titles or descriptions ends in it */
function roleHeads(people: ReadonlyMap<string, Person>): Map<string, Set<string>> {
  let heads = headsCache.get(people);
  if (heads) return heads;
  heads = new Map();
  for (const person of people.values()) {
    for (const form of [person.role ?? '', ...person.aliases, ...(person.descriptions ?? [])]) {
      const head = form.trim().split(/\s+/).at(-1)?.toLowerCase();
      if (!head || !ROLE_HEADS.has(head) || form.trim().split(/\s+/).length < 2) continue;
      heads.set(head, (heads.get(head) ?? new Set()).add(person.id));
    }
  }
  headsCache.set(people, heads);
  return heads;
}

/** Reads each sentence in page order: `lastNamed` is when each person was last named, kept by the caller. */
export function roleReferences(
  folded: string,
  mentions: readonly PersonMention[],
  people: ReadonlyMap<string, Person>,
  sentenceIndex: number,
  lastNamed: ReadonlyMap<string, { sentenceIndex: number; with: readonly string[] }>,
): PersonMention[] {
  const heads = roleHeads(people);
  if (heads.size === 0) return [];
  const out: PersonMention[] = [];
  for (const m of folded.matchAll(/\bthe\s+([A-Za-z]+)\b(?!\s+(?:of|for|to)\b)/gi)) {
    const head = m[1]!.toLowerCase();
    const holders = heads.get(head);
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (!holders || mentions.some((x) => x.start < end && x.end > start - 1)) continue;
    // the one of them the page named most lately, within reach, and not beside another of them
    const named = [...holders]
      .map((personId) => ({ personId, at: lastNamed.get(personId) }))
      .filter((h): h is { personId: string; at: { sentenceIndex: number; with: readonly string[] } } => h.at !== undefined && sentenceIndex - h.at.sentenceIndex <= REACH)
      .sort((a, b) => b.at.sentenceIndex - a.at.sentenceIndex);
    const latest = named[0];
    if (!latest || latest.at.with.some((id) => id !== latest.personId && holders.has(id))) continue;
    if (named[1] && named[1].at.sentenceIndex === latest.at.sentenceIndex) continue;
    out.push({ personId: latest.personId, start, end, by: 'description' });
  }
  return out;
}
