/**
 * The ages a sentence states and whose they are. An age belongs to the person it stands with: "Kurt Cochran,
 * 54", "Cochran (54)", "Leslie Rhodes, aged 75", "75-year-old Leslie Rhodes", "the officer, a 48-year-old
 * father", "the 52-year-old attacker". Anything looser ("the 52-year-old" on its own, "a 30-year-old man") has
 * no owner, and an age with no owner is compared with nothing: a guess must never read as "differs".
 */
import type { Fact, Person } from '../corpus/model';
import { slug } from '../corpus/ids';
import { NOT_NAME_WORDS } from '../corpus/lexicon';
import { foldPunctuation } from '../text/normalize';
import { AGE_SAID_OF, parseNumber, YEAR_OLD_AGE } from '../text/quantities';
import { personMentions, type PersonMention } from './personMentions';

export interface StatedAge {
  value: number;
  text: string;
  /** the corpus person the age belongs to, when the sentence says so */
  personId?: string;
  /**
   * "Khalid Masood was active…, although … the 52-year-old was sending…": the one person the sentence opens
   * with is likely whom "the 52-year-old" means, but not surely ("Kurt Cochran was visiting London when the
   * 52-year-old drove into him"). Such an age may agree; it never differs.
   */
  likely?: true;
}

const AGE_FORMS = [
  new RegExp(YEAR_OLD_AGE, 'g'),
  /\baged (\d{1,3})\b/g,
  /\b(?:was|is)\s+(\d{1,3}) years? old\b/g,
  /, (\d{1,3}) years? old\b/g,
  new RegExp(AGE_SAID_OF, 'g'),
  /, who was (\d{2})\b/g,
  /, (\d{2})(?=[,;)]|\s+(?:and|was|were|who|had|has|is|from|of|died|a|an|the)\b|\s+[\u2013\u2014-]\s|\.?$)/g,
  /\((\d{2})\)/g,
];

/** Between a name and its age: ", ", " (", ", aged ", ", a ", ", the ", ", who was ", " was a ". */
/* "The 30-year-old is one of two men now in custody" after a sentence that names Masood is the man arrested:
   an age that only the sentence before could place is not placed. */
const BEFORE_AGE = /(?:,\s*(?:who\s+was\s+|aged\s+|(?:a|an|the)\s+(?:[\w-]+\s+)?)?|\s*\(\s*|\s+aged\s+|\s+(?:was|is)\s+(?:(?:a|an)\s+)?)$/;
/** words an age phrase may put between itself and its person: "75-year-old retired window cleaner Leslie Rhodes", "54-year-old Bountiful resident Kurt Cochran"; a capitalised word (a nationality, a place) passes too */
const DESCRIBING_WORD = /^(?:retired|former|married|unarmed|father|mother|grandfather|grandmother|husband|wife|resident|tourist|visitor|teacher|pensioner|businessman|native|convicted|criminal|convert|of|two|three|four|from|and)$/i;

/**
 * `mentions`: the people of the folded sentence, when the caller has found them already; `namedBefore`: the
 * people the sentence before named, whom a sentence opening with "The 48-year-old…" likely goes on about.
 */
export function agesInSentence(sentence: string, people: ReadonlyMap<string, Person>, mentions?: readonly PersonMention[], namedBefore: readonly string[] = []): StatedAge[] {
  const text = foldPunctuation(sentence);
  const found: { value: number; start: number; end: number; text: string }[] = [];
  for (const form of AGE_FORMS) {
    for (const m of text.matchAll(form)) {
      const value = parseNumber(m[1]!) ?? 0;
      if (value < 1 || value > 110) continue;
      // the age starts at its digits, so what leads in to it (", ", ", aged ", " (") is read as such
      const start = m.index + m[0].indexOf(m[1]!);
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ value, start, end, text: m[0].replace(/^[,(]\s*/, '').replace(/\)$/, '') });
    }
  }
  if (found.length === 0) return [];
  const named = mentions ?? personMentions(text, people);
  return found
    .sort((a, b) => a.start - b.start)
    .flatMap((age): StatedAge | StatedAge[] => {
      const before = ownerBefore(text, age.start, age.end, named);
      if (before) return { value: age.value, text: text.slice(before.start, age.end), personId: before.personId };
      const after = /year-?old/.test(age.text) ? ownerAfter(text, age.end, named) : undefined;
      if (after) return { value: age.value, text: text.slice(age.start, after.end), personId: after.personId };
      const opener = openingPerson(text, age.start, named);
      if (opener && /^the\s+$/i.test(text.slice(Math.max(0, age.start - 4), age.start))) return { value: age.value, text: age.text, personId: opener, likely: true };
      // "Aysha Frade, who worked…, is understood to have been 43": the age said of the one person the sentence opens with
      if (opener && /\b(?:been|was)\s+$/i.test(text.slice(Math.max(0, age.start - 6), age.start))) return { value: age.value, text: age.text, personId: opener };
      // "Pc Keith Palmer's funeral… / The 48-year-old was stabbed…": likely whom the sentence before named
      // "He was 54 years old." likewise
      // "Mr Ellwood had rushed to the aid of the 48-year-old…" likewise, "the 48-year-old" standing for a person
      const standsForSomeone = /\bthe\s+$/i.test(text.slice(Math.max(0, age.start - 4), age.start)) && /year-?old$/.test(age.text) && /^(?:\s+(?:was|is|had|has|who|before|after|when|as)\b|['\u2019]s\b|[,.;]|$)/.test(text.slice(age.end));
      if ((/^\W*(?:the|this)\s+$/i.test(text.slice(0, age.start)) || /^\W*(?:he|she)\s+(?:was|is)\s+$/i.test(text.slice(0, age.start)) || standsForSomeone) && namedBefore.length > 0) {
        return namedBefore.map((personId) => ({ value: age.value, text: age.text, personId, likely: true as const }));
      }
      return { value: age.value, text: age.text };
    });
}

/** The only person a sentence names, by name, when it opens with them: "Khalid Masood was active…". */
function openingPerson(text: string, ageStart: number, mentions: readonly PersonMention[]): string | undefined {
  const first = mentions[0];
  if (!first || first.by !== 'name' || first.start > ageStart || !/^\W*(?:(?:PC|Pc|Mr|Mrs|Ms)\s+)?$/.test(text.slice(0, first.start))) return undefined;
  return mentions.every((m) => m.personId === first.personId) ? first.personId : undefined;
}

/** "The bodyguard who shot Masood, 41,": the age is the bodyguard's, the one the clause is about */
const OBJECT_OF_CLAUSE = /\b(?:who|that|which|whom)\s+(?:[\w'-]+\s+){1,3}$/i;
/** "PC Palmer, 30-year-old Tobias Ellwood": the age stands with the name after it ("54-year-old American tourist" is no name) */
const NAME_AFTER = /^\s+(\p{Lu}[\p{Ll}'-]+)\s+\p{Lu}[\p{Ll}'-]+/u;

/** "Kurt Cochran, 54", "the officer, a 48-year-old": a mention that ends right before the age's lead-in. */
function ownerBefore(text: string, ageStart: number, ageEnd: number, mentions: readonly PersonMention[]): PersonMention | undefined {
  const lead = BEFORE_AGE.exec(text.slice(Math.max(0, ageStart - 30), ageStart));
  if (!lead) return undefined;
  const leadStart = ageStart - lead[0].length;
  const owner = mentions.find((m) => m.end <= leadStart && /^\s*$/.test(text.slice(m.end, leadStart)));
  if (!owner) return undefined;
  if (OBJECT_OF_CLAUSE.test(text.slice(Math.max(0, owner.start - 40), owner.start).split(/[,;:.]/).at(-1)!)) return undefined;
  const nameAfter = NAME_AFTER.exec(text.slice(ageEnd));
  if (nameAfter && !NOT_NAME_WORDS.has(nameAfter[1]!) && !mentions.some((m) => m.start === ageEnd + nameAfter[0].indexOf(nameAfter[1]!) && m.personId === owner.personId)) return undefined;
  return owner;
}

/** "75-year-old Leslie Rhodes", "the 52-year-old attacker": the first mention after a few describing words. */
function ownerAfter(text: string, ageEnd: number, mentions: readonly PersonMention[]): PersonMention | undefined {
  const next = mentions.find((m) => m.start >= ageEnd);
  if (!next) return undefined;
  const between = text.slice(ageEnd, next.start).trim();
  if (/[,;:.()"]/.test(between)) return undefined;
  const words = between ? between.split(/\s+/) : [];
  return words.length <= 3 && words.every((w) => DESCRIBING_WORD.test(w) || /^[A-Z][a-z]+(?:-[a-z]+)?$/.test(w)) ? next : undefined;
}

/** what a sentence says of the dead, for an age with no name beside it: "Westminster attack victim, 75, loses fight for life" */
const OF_THE_DEAD = /\b(?:victims?|died|dies|die|killed|death|funeral|inquest|mourn\w*|tributes?|fight for life)\b/i;

/** what only the attacker did: killed, stabbed, drove into the crowd, began the rampage, waged jihad, acted alone */
const OF_THE_DEED = /\b(?:killed|stabbed|stabbing|drove|ploughed|plowed|mowed|rammed|rampage|launched|carried out|struck|jihad|acted alone|acting alone|his attack)\b/i;
const ARRESTED = /\b(?:arrest\w*|held|detained|custody|bail)\b/i;

/** the words the story describes a person with ("attacker", "pensioner"), as one pattern made once per person */
const descriptionPatterns = new WeakMap<Person, RegExp>();
function describedBy(person: Person): RegExp {
  let pattern = descriptionPatterns.get(person);
  if (!pattern) {
    const words = (person.descriptions ?? []).filter((d) => /^[a-z]/.test(d)).map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = words.length > 0 ? new RegExp(`\\b(?:${words.join('|')})\\b`, 'i') : /(?!)/;
    descriptionPatterns.set(person, pattern);
  }
  return pattern;
}

/**
 * An age no name stands with ("A 75-year-old man has become the fourth victim to die") is likely the one
 * person of the corpus of that age, when the sentence speaks of what that person was: the dead, for a victim's
 * age; the attacker, by the words the story describes him with. Like any likely age, it may agree and never
 * differs.
 */
export function agesOfTheOnlyOne(ages: readonly StatedAge[], sentence: string, ageFacts: readonly Fact[], people: ReadonlyMap<string, Person>): StatedAge[] {
  if (ages.every((a) => a.personId)) return [...ages];
  return ages.map((age) => {
    if (age.personId) return age;
    const owners = new Set(ageFacts.filter((f) => f.quantities.some((q) => q.kind === 'age' && q.value === age.value)).flatMap((f) => f.entities.map(slug)));
    if (owners.size !== 1) return age;
    const personId = [...owners][0]!;
    const fact = ageFacts.find((f) => f.entities.some((e) => slug(e) === personId))!;
    const person = people.get(personId);
    const described = person ? describedBy(person).test(sentence) : false;
    const ofTheDead = fact.subject.startsWith('victim.age:') && OF_THE_DEAD.test(sentence);
    // "a 52-year-old man with a hire car and two knives killed four people": the one who did the attack
    const ofTheDeed = fact.subject === 'attacker.age' && OF_THE_DEED.test(sentence) && !ARRESTED.test(sentence);
    return described || ofTheDead || ofTheDeed ? { ...age, personId, likely: true as const } : age;
  });
}
