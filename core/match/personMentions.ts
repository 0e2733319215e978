/**
 * Where a page sentence names the corpus's people, the way newspapers write them: the full name, the surname
 * ("Cochran", "Mr Cochran"), the first name ("Keith"), an alias ("the Home Secretary") or a description from the
 * story's data ("the pensioner", "the American tourist"). A form two people share names neither.
 */
import type { Person } from '../corpus/model';
import { CAPITALISED_ROLE_WORDS, HONORIFICS, NOT_NAME_WORDS, OTHER_COUNTRIES, ROLE_HEADS, SENTENCE_OPENERS } from '../corpus/lexicon';
import { isMonthName } from '../text/months';
import { isStopword } from '../text/terms';
import { letterOrNumberAt, letterOrNumberBefore } from '../text/wordEdges';

export interface PersonMention {
  personId: string;
  start: number;
  end: number;
  /** a name says who it is; a description ("the officer") only when nothing closer does */
  by: 'name' | 'description';
}

interface Forms {
  /**
   * lower-cased forms (three characters or more) by their first two (startKey), longest first, so "PC Keith Palmer"
   * is one mention and not three
   */
  byStart: Map<string, string[]>;
  /** lower-cased form -> whose it is, whether it is a name or a description, and whether it may be written lower-case */
  owners: Map<string, Owner>;
}

/** whose a form is, whether it is a name or a description, whether it may be written lower-case, and whether it names them only as one who speaks */
interface Owner {
  personId: string;
  by: PersonMention['by'];
  lowerCase: boolean;
  /** a surname that is also a month ("May" of "Theresa May") */
  onlySpeaking: boolean;
}


const OTHER_HOLDER = /\b(?:shadow|former|ex-?)\s*$/i;
/** "the Australian prime minister", "France's interior minister": the title in another country */
const OTHER_COUNTRY = new RegExp(String.raw`(?:^|[^\p{L}.])(?:${OTHER_COUNTRIES.adjectives.map((a) => a.replace(/\./g, '\\.')).join('|')}|(?:${OTHER_COUNTRIES.names.join('|')})['\u2019]s)\s*$`, 'u');

/** the word written just before a mention: "Melissa" in "Melissa Cochran", "Mrs" in "Mrs Cochran" */
const WORD_BEFORE = /(\p{Lu}[\p{L}'.-]*)\s+$/u;
const HONORIFIC_PRONOUN: Record<string, 'he' | 'she'> = { Mr: 'he', Mrs: 'she', Ms: 'she', Miss: 'she', Lord: 'he', Lady: 'she', Sir: 'he', Dame: 'she', Baroness: 'she', Baron: 'he' };

/**
 * A surname on its own names the person only if the word before it does not make it someone else's: "Melissa
 * Cochran" is his wife and "Mrs Cochran" too, for a man; "Home Secretary Rudd", "PC Palmer", "Kurt W. Cochran"
 * and "Yesterday Cochran" are still him.
 */
function someoneElsesSurname(sentence: string, start: number, person: Person | undefined): boolean {
  const before = WORD_BEFORE.exec(sentence.slice(Math.max(0, start - 30), start))?.[1];
  if (!before || !person) return false;
  const honorificPronoun = HONORIFIC_PRONOUN[before];
  if (honorificPronoun) return person.pronoun !== undefined && person.pronoun !== honorificPronoun;
  if (HONORIFICS.has(before) || CAPITALISED_ROLE_WORDS.has(before) || ROLE_HEADS.has(before.toLowerCase()) || /^\p{Lu}\.$/u.test(before)) return false;
  // a given name of theirs ("Kurt Cochran" is matched whole; "Keith" alone is a name of theirs too)
  const own = new Set([person.name, ...person.aliases, ...(person.descriptions ?? [])].flatMap((n) => n.split(/\s+/)));
  if (own.has(before)) return false;
  // only a word written like a given name makes it someone else: not "Yesterday", "Although", "Utah's", "Spanish-born", "British"
  return /^\p{Lu}\p{Ll}+$/u.test(before) && !SENTENCE_OPENERS.has(before) && !NOT_NAME_WORDS.has(before) && !isStopword(before.toLowerCase());
}


const formsCache = new WeakMap<ReadonlyMap<string, Person>, Forms>();

/** The forms each person goes by, compiled once per people map. */
function formsOf(people: ReadonlyMap<string, Person>): Forms {
  const cached = formsCache.get(people);
  if (cached) return cached;
  const claims = new Map<string, { ids: Set<string>; by: PersonMention['by']; lowerCase: boolean; onlySpeaking: boolean }>();
  const note = (form: string, personId: string, by: PersonMention['by'], onlySpeaking = false) => {
    const key = form.trim().toLowerCase();
    if (key.length < 3) return;
    const claim = claims.get(key) ?? { ids: new Set<string>(), by, lowerCase: false, onlySpeaking };
    claim.ids.add(personId);
    if (by === 'name') claim.by = 'name';
    // "home secretary" as well as "Home Secretary": the data writes the title both ways
    if (/^\p{Ll}/u.test(form.trim())) claim.lowerCase = true;
    claims.set(key, claim);
    // "UK minister" is written "U.K. minister" too
    if (/\bUK\b/.test(form)) note(form.replace(/\bUK\b/g, 'U.K.'), personId, by, onlySpeaking);
  };
  for (const person of people.values()) {
    const parts = person.name.split(' ');
    note(person.name, person.id, 'name');
    if (parts.length > 1) {
      // "Theresa May" is not named by "in May", only by "May said"
      note(parts[parts.length - 1]!, person.id, 'name', isMonthName(parts[parts.length - 1]!));
      if (!/^(?:Lord|Lady|Sir|Dame)$/.test(parts[0]!)) note(parts[0]!, person.id, 'name');
    }
    for (const alias of person.aliases) {
      const form = alias.replace(/^the /i, '');
      note(form, person.id, /^[A-Z]/.test(form) ? 'name' : 'description');
    }
    for (const d of person.descriptions ?? []) note(d, person.id, /^(?:Mr|Mrs|Ms|Miss|Sir|PC|Pc|Lord)\b|^[A-Z][a-z]+ [A-Z]/.test(d) ? 'name' : 'description');
  }
  const owners = new Map<string, Owner>();
  for (const [form, claim] of claims) if (claim.ids.size === 1) owners.set(form, { personId: [...claim.ids][0]!, by: claim.by, lowerCase: claim.lowerCase, onlySpeaking: claim.onlySpeaking });
  const byStart = new Map<string, string[]>();
  for (const form of [...owners.keys()].sort((a, b) => b.length - a.length)) {
    const key = startKey(form, 0);
    const list = byStart.get(key) ?? [];
    list.push(form);
    byStart.set(key, list);
  }
  const forms = { byStart, owners };
  formsCache.set(people, forms);
  return forms;
}

const WHITESPACE = /\s/;

/** The two characters from `at`, white space as a space: what the forms are filed under. */
function startKey(text: string, at: number): string {
  return text[at]! + (WHITESPACE.test(text[at + 1]!) ? ' ' : text[at + 1]!);
}

/** Where `form` (lower-cased, a space for any run of white space) ends if it is written at `at`, else -1. */
function formEnd(lower: string, at: number, form: string): number {
  let i = at;
  for (let f = 0; f < form.length; f++) {
    if (form[f] === ' ') {
      if (i >= lower.length || !WHITESPACE.test(lower[i]!)) return -1;
      i++;
      if (form[f + 1] !== ' ') while (i < lower.length && WHITESPACE.test(lower[i]!)) i++;
    } else if (lower[i] === form[f]) i++;
    else return -1;
  }
  return i;
}

/** The whole words or phrases of the sentence that are one of the forms, left to right, the longest at each place: where, as written, and which form. */
function* formsIn(sentence: string, byStart: ReadonlyMap<string, readonly string[]>): Generator<{ index: number; text: string; form: string }> {
  let lower = sentence.toLowerCase();
  // a character whose lower case is longer ("İ") would shift every offset after it: lower-case the rest one by one
  if (lower.length !== sentence.length) lower = [...sentence].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  for (let at = 0; at < lower.length; at++) {
    // a form is three characters or more: none starts at the last one
    const candidates = at + 1 < lower.length ? byStart.get(startKey(lower, at)) : undefined;
    if (!candidates || letterOrNumberBefore(lower, at)) continue;
    for (const form of candidates) {
      const end = formEnd(lower, at, form);
      if (end === -1 || letterOrNumberAt(lower, end)) continue;
      yield { index: at, text: sentence.slice(at, end), form };
      at = end - 1;
      break;
    }
  }
}

/** a surname that is also a month names the person only as one who speaks: "May said", "May told reporters" */
const SPEAKS_AFTER = /^\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|tells|added|adds|warned|insisted|urged|argued|wrote|stressed)\b/;
/** "in May said", "on 3 May told": the month */
const MONTH_BEFORE = /(?:\b(?:in|on|of|since|until|till|from|by|early|late|mid|last|next|this|during|before|after)|\d)\s*$/i;

export function personMentions(sentence: string, people: ReadonlyMap<string, Person>): PersonMention[] {
  const { byStart, owners } = formsOf(people);
  const out: PersonMention[] = [];
  for (const m of formsIn(sentence, byStart)) {
    const owner = owners.get(m.form);
    // a name keeps its capital: "Rudd", not "rudd"; "May" the name, not "may" the verb; a surname keeps it though the
    // given name lost it ("the interior amber Rudd", as a translation wrote it)
    if (!owner || (owner.by === 'name' && !owner.lowerCase && !/^\p{Lu}/u.test(m.text.split(/\s+/).at(-1)!))) continue;
    // "May said", not "in May said" or "May 2017"
    if (owner.onlySpeaking && (!SPEAKS_AFTER.test(sentence.slice(m.index + m.text.length, m.index + m.text.length + 30)) || MONTH_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index)))) continue;
    // "the Shadow Home Secretary", "a former Home Secretary": another holder of the title
    if (OTHER_HOLDER.test(sentence.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (ROLE_HEADS.has(m.text.trim().split(/\s+/).at(-1)!.toLowerCase()) && OTHER_COUNTRY.test(sentence.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "Melissa Cochran", "Mrs Cochran": someone else of that surname
    if (owner.by === 'name' && !/\s/.test(m.text.trim()) && someoneElsesSurname(sentence, m.index, people.get(owner.personId))) continue;
    out.push({ personId: owner.personId, start: m.index, end: m.index + m.text.length, by: owner.by });
  }
  return out;
}

/** The patterns each person a page's sentences name is read with. */
export const MENTION_PATTERNS: readonly RegExp[] = [OTHER_HOLDER, OTHER_COUNTRY, WORD_BEFORE, SPEAKS_AFTER, MONTH_BEFORE];
