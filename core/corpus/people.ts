/**
 * People in a source and every place the narration refers to them: full names ("Amber Rudd"), honorific and
 * surname ("Ms Rudd", "Mr Mackey"), a bare surname ("Masood"), pronouns ("she") and descriptions ("The Liberal
 * Democrat home affairs spokesman", "Britain's top cop"). A capitalised pair counts as a person only when the
 * text treats it as one: an honorific, a role before it ("Europol's director Rob Wainwright"), a role or an age
 * after it ("Craig Mackey, acting Metropolitan Police Commissioner", "Kurt Cochran, 54"), or a speech verb.
 * Quoted words are not narration and are skipped.
 */
import type { Person } from './model';
import type { TextSpan } from '../text/segment';
import { slug } from './ids';
import { CAPITALISED_ROLE_WORDS, HONORIFICS, NAME_HONORIFICS, POST_NOMINAL, ROLE_HEADS, ROLE_MODIFIERS, SENTENCE_OPENERS, SPEECH_AUX, SPEECH_VERBS } from './lexicon';

export type MentionKind = 'name' | 'surname' | 'pronoun' | 'description';

export interface Mention {
  start: number;
  end: number;
  personId: string;
  kind: MentionKind;
  /** the words of the mention: "Ms Rudd", "she", "The Liberal Democrat home affairs spokesman" */
  text: string;
}

export interface PeopleInText {
  people: Map<string, Person>;
  /** resolved mentions in text order */
  mentions: Mention[];
}

const CAP_WORD = String.raw`(?:Mc|Mac|O['\u2019])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,4}`;
/** letters after a name that are not part of it: "Mark Lucraft QC" */
const POST_NOMINALS = new Set(POST_NOMINAL.match(/[A-Z]{2,}/g));
// names never run across a line break: "... / Getty" above "Rudd said" is two names
const CAP_RUN = new RegExp(String.raw`\b(?:${CAP_WORD})(?:[ \t]+(?:${CAP_WORD}))*(?:['\u2019]s\b)?`, 'g');
const SPEECH_AFTER = new RegExp(String.raw`^${POST_NOMINAL}(?:,[^,.;:]{1,80},)?\s+${SPEECH_AUX}(?:${SPEECH_VERBS})\b`);
const AGE_AFTER = /^,\s+\d{1,3}\b|^\s+\(\d{1,3}\)/;
/** "Khalid Masood, whose attack ...": relative pronouns used for people */
const WHO_AFTER = /^,\s+(?:who|whose)\b/;
/** a surname alone as the subject of a sentence: "Masood sent", "Masood's attack" */
const SUBJECT_AFTER = /^(?:['\u2019]s\s+[a-z]|\s+(?:[a-z]+ed|was|had|is|has)\b)/;
const PRONOUN = /\b(?:he|she|He|She)\b/g;
/** "The Liberal Democrat home affairs spokesman", "Britain's top cop": a determiner, a few words, a role head */
const DESCRIPTION = new RegExp(
  String.raw`\b(?:[Tt]he|[A-Z][a-z]+['\u2019]s)\s+(?:[A-Za-z][\w-]*\s+){0,5}?(?:${[...ROLE_HEADS].flatMap((h) => [h, h[0]!.toUpperCase() + h.slice(1), h.toUpperCase()]).join('|')})\b`,
  'g',
);

function isCapitalised(word: string): boolean {
  return /^[A-Z]/.test(word);
}

function headOf(word: string): string {
  return word.replace(/['\u2019]s$/, '').toLowerCase();
}

/** The role written before a name, ending in a role head: "former Metropolitan Police deputy assistant commissioner". */
function roleBefore(text: string, nameStart: number, notNames: ReadonlySet<string>): string | undefined {
  // "Britain's Home Secretary, Amber Rudd, urged": the role may stand in apposition before the name
  const before = text.slice(Math.max(0, nameStart - 160), nameStart).replace(/,\s+$/, ' ');
  if (!/\s$/.test(before)) return undefined;
  const words = before.trimEnd().split(/\s+/);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (/[,.;:!?"\u201C\u201D()\u2013\u2014-]$/.test(w) && !/['\u2019]s$/.test(w)) break;
    const lower = w.toLowerCase();
    const ok = ROLE_HEADS.has(headOf(w)) || ROLE_MODIFIERS.has(lower) || (isCapitalised(w) && (!notNames.has(w) || CAPITALISED_ROLE_WORDS.has(w)));
    if (!ok) break;
    taken.unshift(w);
  }
  while (taken.length && !ROLE_HEADS.has(headOf(taken[taken.length - 1]!))) taken.pop();
  // a leading capitalised sentence opener ("The") is not part of the role
  while (taken.length && SENTENCE_OPENERS.has(taken[0]!)) taken.shift();
  return taken.length ? taken.join(' ') : undefined;
}

/** The role in an apposition after a name: ", the Labour MP and chair of the Commons Home Affairs Committee,". */
function roleAfter(text: string, nameEnd: number): string | undefined {
  const m = /^,\s+(?:the\s+|a\s+|an\s+)?([^\d,.;:()"\u201C\u201D][^,.;:()"\u201C\u201D]{1,119}?)(?=[,.;:]|\s+(?:told|said|says|has|had|was|is)\b)/.exec(text.slice(nameEnd, nameEnd + 160));
  if (!m) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  if (words.length > 12 || !words.some((w) => ROLE_HEADS.has(headOf(w)))) return undefined;
  return m[1]!.trim();
}

interface NameCandidate {
  start: number;
  end: number;
  honorific?: string;
  given: string[];
  roleInRun?: string;
  /** where the role words of the run start */
  roleStart?: number;
}

/** Lower-case role words just before a run that starts with a role: "the previous" + "Prime Minister David Cameron". */
function modifiersBefore(text: string, at: number): string {
  const words = text.slice(Math.max(0, at - 60), at).trimEnd().split(/\s+/);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0 && ROLE_MODIFIERS.has(words[i]!); i--) taken.unshift(words[i]!);
  return taken.join(' ');
}

/** Splits a capitalised run into its role words and the name after them: "The Home Secretary Amber Rudd". */
function nameInRun(run: string, runStart: number, notNames: ReadonlySet<string>): NameCandidate | undefined {
  const words = [...run.replace(/['\u2019]s$/, '').matchAll(/\S+/g)].map((m) => ({ w: m[0], at: runStart + m.index }));
  while (words.length > 1 && POST_NOMINALS.has(words.at(-1)!.w)) words.pop();
  let cut = 0;
  for (let i = 0; i < words.length; i++) if (ROLE_HEADS.has(words[i]!.w.toLowerCase())) cut = i + 1;
  const rest = words.slice(cut);
  const honorificAt = rest.findIndex((x) => HONORIFICS.has(x.w));
  const nameWords = honorificAt >= 0 ? rest.slice(honorificAt + 1) : rest;
  const honorific = honorificAt >= 0 ? rest[honorificAt]!.w : undefined;
  // a name is its last two words; anything before them must be a sentence opener ("Yesterday Amber Rudd"),
  // else the run names something else ("Big Brother Watch")
  const given = nameWords.slice(-2);
  if (nameWords.slice(0, -2).some((x) => !SENTENCE_OPENERS.has(x.w))) return undefined;
  if (given.length === 0 || given.some((x) => notNames.has(x.w) || /^[A-Z]{2,}$/.test(x.w))) return undefined;
  if (!honorific && given.length < 2) return undefined;
  const first = honorific && honorificAt === rest.length - given.length - 1 ? rest[honorificAt]! : given[0]!;
  const last = given[given.length - 1]!;
  const roleWords = words.slice(0, cut).filter((x, i) => i > 0 || !SENTENCE_OPENERS.has(x.w));
  return {
    ...(roleWords.length ? { roleStart: roleWords[0]!.at } : {}),
    start: first.at,
    end: last.at + last.w.length,
    ...(honorific ? { honorific } : {}),
    given: given.map((x) => x.w),
    ...(roleWords.length ? { roleInRun: roleWords.map((x) => x.w).join(' ') } : {}),
  };
}

function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

interface PersonDraft {
  person: Person;
  roles: string[];
}

/** `notNames`: capitalised words that name no person (lexicon.ts `notNameWords`, with the story's own). */
export function findPeople(text: string, sentences: readonly TextSpan[], quoted: readonly { start: number; end: number }[], notNames: ReadonlySet<string>): PeopleInText {
  const drafts = new Map<string, PersonDraft>();
  const nameMentions: Mention[] = [];

  // 1. Names the text treats as people.
  const candidates: NameCandidate[] = [];
  for (const m of text.matchAll(CAP_RUN)) {
    if (overlapsAny(quoted, m.index, m.index + m[0].length)) continue;
    const c = nameInRun(m[0], m.index, notNames);
    if (c) candidates.push(c);
  }
  const treatedAsPerson = (start: number, end: number) => {
    const after = text.slice(end, end + 200);
    return AGE_AFTER.test(after) || WHO_AFTER.test(after) || SPEECH_AFTER.test(after) || roleAfter(text, end) !== undefined || roleBefore(text, start, notNames) !== undefined;
  };
  for (const c of candidates) {
    const prefix = c.roleInRun ? [modifiersBefore(text, c.roleStart!), c.roleInRun].filter(Boolean).join(' ') : roleBefore(text, c.start, notNames);
    const apposition = roleAfter(text, c.end);
    // "Khalid Masood" is a person when the text later writes "Masood, 52" or "Mr Masood said"
    const surname = c.given[c.given.length - 1]!;
    const surnameLater = c.given.length >= 2 && [...text.matchAll(new RegExp(String.raw`\b(?:(?:${[...HONORIFICS].join('|')})\s+)?${surname}\b`, 'g'))].some(
      (m) =>
        !overlapsAny(quoted, m.index, m.index + m[0].length) &&
        (m[0] !== surname || treatedAsPerson(m.index, m.index + m[0].length) || SUBJECT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) &&
        m.index !== c.end - surname.length,
    );
    const isPerson = c.honorific !== undefined || prefix !== undefined || apposition !== undefined || treatedAsPerson(c.start, c.end) || surnameLater;
    if (!isPerson) continue;
    const name = c.given.length >= 2 ? c.given.join(' ') : `${c.honorific} ${c.given[0]}`;
    // "Ms Rudd" after "Amber Rudd" is a mention of her, not a new person; alone, "Ms Rudd" is her name here
    const surnameOfFullName = candidates.some((o) => o.given.length >= 2 && o.given.at(-1) === c.given[0]);
    if (c.given.length < 2 && !NAME_HONORIFICS.has(c.honorific!) && surnameOfFullName) continue;
    // "Sir Craig" after "Sir Craig Mackey" is him too
    if (c.given.length < 2 && candidates.some((o) => o.given.length >= 2 && o.given[0] === c.given[0] && o.honorific === c.honorific)) continue;
    const id = slug(name);
    let draft = drafts.get(id);
    if (!draft) drafts.set(id, (draft = { person: { id, name, aliases: [] }, roles: [] }));
    for (const role of [prefix, apposition]) if (role && !draft.roles.includes(role)) draft.roles.push(role);
    if (c.honorific && c.given.length >= 2) addAlias(draft.person, `${c.honorific} ${name}`);
  }

  // 2. Every narration mention of those people, by full name, honorific and surname, or surname alone.
  const surnames = new Map<string, string[]>();
  for (const { person } of drafts.values()) {
    const surname = person.name.split(' ').pop()!;
    surnames.set(surname, [...(surnames.get(surname) ?? []), person.id]);
  }
  // "Sir Craig" for Sir Craig Mackey
  const givenNames = new Map<string, string[]>();
  for (const { person } of drafts.values()) {
    const given = person.name.split(' ')[0]!;
    if (person.name.includes(' ') && !NAME_HONORIFICS.has(given)) givenNames.set(given, [...(givenNames.get(given) ?? []), person.id]);
  }
  for (const m of text.matchAll(CAP_RUN)) {
    if (overlapsAny(quoted, m.index, m.index + m[0].length)) continue;
    const words = [...m[0].replace(/['\u2019]s$/, '').matchAll(/\S+/g)];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]![0];
      const knighted = i > 0 && NAME_HONORIFICS.has(words[i - 1]![0]) && i === words.length - 1 ? givenNames.get(w) : undefined;
      const ids = surnames.get(w) ?? knighted;
      if (!ids || ids.length !== 1) continue;
      const draft = drafts.get(ids[0]!)!;
      const nameWords = draft.person.name.split(' ');
      const fullAt = i - (nameWords.length - 1);
      const full = fullAt >= 0 && words.slice(fullAt, i + 1).map((x) => x[0]).join(' ') === draft.person.name;
      const from = full ? fullAt : i > 0 && HONORIFICS.has(words[i - 1]![0]) ? i - 1 : i;
      const start = m.index + words[from]!.index;
      const mentionText = text.slice(start, m.index + words[i]!.index + w.length);
      if (from === i - 1 && !full) addAlias(draft.person, mentionText);
      nameMentions.push({ start, end: start + mentionText.length, personId: draft.person.id, kind: full ? 'name' : 'surname', text: mentionText });
    }
  }

  // 3. Descriptions that stand for a person: at the start of a sentence or before a speech verb.
  const descriptions: Array<{ start: number; end: number; text: string }> = [];
  for (const m of text.matchAll(DESCRIPTION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(quoted, start, end) || overlapsAny(nameMentions, start, end)) continue;
    const after = text.slice(end, end + 200);
    if (/^\s+(?:Mr|Mrs|Ms|Lord|Lady|Sir|[A-Z][a-z]+\s+[A-Z][a-z]+)/.test(after)) continue; // a role before a name
    const atSentenceStart = sentences.some((s) => s.start === start);
    if (!atSentenceStart && !SPEECH_AFTER.test(after)) continue;
    descriptions.push({ start, end, text: m[0] });
  }
  const pronouns = [...text.matchAll(PRONOUN)].filter((m) => !overlapsAny(quoted, m.index, m.index + m[0].length));

  // 4. Resolve pronouns and descriptions in text order: a pronoun is the subject of the sentence before (or the
  // person already named in its own sentence); a description names the person whose role it repeats ("the Home
  // Secretary"), else the subject before it, else the first person named after it ("Britain's top cop has said").
  type Pending = { start: number; end: number; text: string; kind: 'pronoun' | 'description' };
  const pending: Pending[] = [
    ...pronouns.map((m): Pending => ({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'pronoun' })),
    ...descriptions.map((d): Pending => ({ ...d, kind: 'description' })),
  ];
  const all: Array<Mention | Pending> = [...nameMentions, ...pending].sort((a, b) => a.start - b.start);
  const sentenceOf = (at: number) => sentences.findIndex((s) => at >= s.start && at < s.end);
  // people resolved in each sentence, in order; "Khalid Masood's rampage" names him but not as its subject
  const inSentence = new Map<number, Array<{ personId: string; end: number; possessive: boolean }>>();
  const gender = knownGenders(text, sentences, nameMentions);
  const quoteBetween = (from: number, to: number) => quoted.some((q) => q.start >= from && q.end <= to);
  const resolved: Mention[] = [];
  const unresolved: Pending[] = [];
  const roleMatch = (desc: string) => {
    const words = desc.toLowerCase().replace(/^the\s+/, '').split(/\s+/);
    const found = [...drafts.values()].filter((d) => d.roles.some((r) => words.every((w) => r.toLowerCase().split(/\s+/).includes(w))));
    return found.length === 1 ? found[0]!.person.id : undefined;
  };
  /**
   * A description names the subject before it only when it says enough to be a title of theirs ("The Liberal
   * Democrat home affairs spokesman") or repeats their role; a bare "The coroner" is someone else.
   */
  const fitting = (personId: string | undefined, description: string) => {
    if (!personId) return undefined;
    const words = description.toLowerCase().split(/\s+/).filter((w) => w !== 'the');
    const head = words.at(-1)!;
    const roles = drafts.get(personId)!.roles.map((r) => r.toLowerCase().split(/\s+/));
    return words.length >= 3 || roles.some((r) => r.includes(head)) ? personId : undefined;
  };
  /** The subject of the nearest sentence before that names someone (for a pronoun: the first of its gender there). */
  const previousSubject = (sentence: number, pronoun?: 'm' | 'f') => {
    for (const possessiveToo of [false, true]) {
      for (let k = sentence - 1; k >= 0; k--) {
        const fits = inSentence.get(k)?.find((p) => (possessiveToo || !p.possessive) && (!pronoun || (gender.get(p.personId) ?? pronoun) === pronoun));
        if (fits) return fits.personId;
      }
    }
    return undefined;
  };
  for (const item of all) {
    const k = sentenceOf(item.start);
    let personId: string | undefined;
    if ('personId' in item) personId = item.personId;
    else if (item.kind === 'pronoun') {
      const pronoun = /^she$/i.test(item.text) ? 'f' : 'm';
      // "Ms Rudd said that she ...": the nearest person named earlier in the sentence; "..., he said" after a quote looks back
      const before = (inSentence.get(k) ?? []).filter((p) => p.end <= item.start && !quoteBetween(p.end, item.start));
      const here = before.filter((p) => (gender.get(p.personId) ?? pronoun) === pronoun).at(-1); // the nearest
      personId = here?.personId ?? previousSubject(k, pronoun);
      if (personId && here && before.length === 1 && !gender.has(personId)) gender.set(personId, pronoun);
    } else personId = roleMatch(item.text) ?? fitting(previousSubject(k), item.text);
    if (!personId) {
      // a description before anyone is named ("Britain's top cop has said") names who comes next
      if (!('personId' in item) && item.kind === 'description' && !resolved.some((m) => m.kind === 'name')) unresolved.push(item);
      continue;
    }
    const list = inSentence.get(k) ?? [];
    if (!list.some((p) => p.personId === personId)) list.push({ personId, end: item.end, possessive: /^['\u2019]s\b/.test(text.slice(item.end, item.end + 3)) });
    inSentence.set(k, list);
    const mention: Mention = 'personId' in item ? item : { start: item.start, end: item.end, text: item.text, kind: item.kind, personId };
    resolved.push(mention);
    if (mention.kind === 'description') noteDescription(drafts.get(personId)!, mention.text);
  }
  for (const item of unresolved) {
    const next = nameMentions.find((m) => m.start > item.end);
    // "Britain's top cop has said … . Cressida Dick …": the next name, in its sentence or the one after; a name
    // further on is someone else ("The judge said … ." three sentences before the Prime Minister is named)
    if (!next || sentenceOf(next.start) - sentenceOf(item.start) > 1) continue;
    resolved.push({ start: item.start, end: item.end, text: item.text, kind: 'description', personId: next.personId });
    noteDescription(drafts.get(next.personId)!, item.text);
  }
  resolved.sort((a, b) => a.start - b.start);

  const people = new Map<string, Person>();
  for (const draft of drafts.values()) {
    const current = draft.roles.find((r) => !/^(?:former|previous|ex-)\b/i.test(r)) ?? draft.roles[0];
    people.set(draft.person.id, { ...draft.person, ...(current ? { role: current } : {}) });
  }
  return { people, mentions: resolved };
}

const MALE = new Set(['Mr', 'Lord', 'Sir', 'Baron']);
const FEMALE = new Set(['Mrs', 'Ms', 'Miss', 'Lady', 'Dame', 'Baroness']);

/**
 * Genders the text makes plain, so that pronouns agree: honorifics ("Mr", "Ms", "Lord", "Dame"), and "his" or
 * "her" after the only person a sentence has named so far ("Khalid Masood sent a message ... before his rampage").
 */
function knownGenders(text: string, sentences: readonly TextSpan[], mentions: readonly Mention[]): Map<string, 'm' | 'f'> {
  const out = new Map<string, 'm' | 'f'>();
  for (const m of mentions) {
    const honorific = m.text.split(/\s+/)[0]!;
    if (MALE.has(honorific)) out.set(m.personId, 'm');
    else if (FEMALE.has(honorific)) out.set(m.personId, 'f');
  }
  for (const s of sentences) {
    const here = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const first = here[0];
    if (!first || out.has(first.personId)) continue;
    const possessive = /\b(his|her)\b/i.exec(text.slice(first.end, s.end));
    if (!possessive) continue;
    const at = first.end + possessive.index;
    if (here.some((m) => m.start < at && m.personId !== first.personId)) continue;
    out.set(first.personId, possessive[1]!.toLowerCase() === 'his' ? 'm' : 'f');
  }
  return out;
}

function addAlias(person: Person, alias: string) {
  if (alias !== person.name && !person.aliases.includes(alias)) person.aliases.push(alias);
}

/** "The Liberal Democrat home affairs spokesman" is a role of the person; "Britain's top cop" only a way to refer to them. */
function noteDescription(draft: PersonDraft, text: string) {
  const bare = text.replace(/^the\s+/i, '');
  addAlias(draft.person, /^the\s/i.test(text) ? `the ${bare}` : bare);
  if (/^the\s/i.test(text) && !draft.roles.some((r) => r.toLowerCase().includes(bare.toLowerCase()))) draft.roles.push(bare);
}
