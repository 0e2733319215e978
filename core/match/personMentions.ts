/**
 * Where a page sentence names the corpus's people, the way newspapers write them: the full name, the surname
 * ("Cochran", "Mr Cochran"), the first name ("Keith"), an alias ("the Home Secretary") or a description from the
 * story's data ("the pensioner", "the American tourist"). A form two people share names neither.
 */
import type { Person } from '../corpus/model';

export interface PersonMention {
  personId: string;
  start: number;
  end: number;
  /** a name says who it is; a description ("the officer") only when nothing closer does */
  by: 'name' | 'description';
}

interface Form {
  pattern: RegExp;
  personId: string;
  by: PersonMention['by'];
}

const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

const formsCache = new WeakMap<ReadonlyMap<string, Person>, Form[]>();

/** The forms each person goes by, compiled once per people map. */
function formsOf(people: ReadonlyMap<string, Person>): Form[] {
  const cached = formsCache.get(people);
  if (cached) return cached;
  const owners = new Map<string, Set<string>>();
  const byForm = new Map<string, PersonMention['by']>();
  const note = (form: string, personId: string, by: PersonMention['by']) => {
    const key = form.trim();
    if (key.length < 3) return;
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(personId);
    if (byForm.get(key) !== 'name') byForm.set(key, by);
  };
  for (const person of people.values()) {
    const parts = person.name.split(' ');
    note(person.name, person.id, 'name');
    if (parts.length > 1) {
      // "Theresa May" is not named by "in May"
      if (!MONTHS.test(parts[parts.length - 1]!)) note(parts[parts.length - 1]!, person.id, 'name');
      if (!/^(?:Lord|Lady|Sir|Dame)$/.test(parts[0]!)) note(parts[0]!, person.id, 'name');
    }
    for (const alias of person.aliases) note(alias.replace(/^the /i, ''), person.id, /^[A-Z]/.test(alias.replace(/^the /i, '')) ? 'name' : 'description');
    for (const d of person.descriptions ?? []) note(d, person.id, /^(?:Mr|Mrs|Ms|Miss|Sir|PC|Pc|Lord)\b|^[A-Z][a-z]+ [A-Z]/.test(d) ? 'name' : 'description');
  }
  const forms: Form[] = [];
  for (const [form, ids] of owners) {
    if (ids.size !== 1) continue;
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    // Names keep their capital; descriptions are found in any case ("Home Secretary", "home secretary").
    const caseless = byForm.get(form) === 'description' || form === form.toLowerCase();
    forms.push({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, caseless ? 'giu' : 'gu'), personId: [...ids][0]!, by: byForm.get(form)! });
  }
  // Longest forms first, so "PC Keith Palmer" is one mention and not three.
  forms.sort((a, b) => b.pattern.source.length - a.pattern.source.length);
  formsCache.set(people, forms);
  return forms;
}

export function personMentions(sentence: string, people: ReadonlyMap<string, Person>): PersonMention[] {
  const out: PersonMention[] = [];
  for (const form of formsOf(people)) {
    for (const m of sentence.matchAll(form.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      out.push({ personId: form.personId, start, end, by: form.by });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
