/**
 * Facts: the checkable numbers of the narration (quoted words are not the source's claims), each normalised
 * (core/match/quantities.ts reads them, the same reader the matcher uses on pages) and placed under a subject
 * that facts from other sources can be compared on: the attack's duration and toll, arrests and what became of
 * them, witnesses, each person's age, and when the attacker used a named service ("the seconds before").
 */
import type { Fact, Person, Quantity } from './model';
import type { Passage } from './model';
import { comparableUnit, extractQuantities, HELD_AS_ARRESTED, parseNumber } from '../text/quantities';
import { contentId, slug } from './ids';
import { SENTENCE_OPENERS } from './lexicon';
import type { Mention } from './people';
import { numberInWords as words } from '../text/wording';
import { factStatement, type CorpusWording } from './corpusWording';

export interface FactContext {
  sourceId: string;
  asOf?: string;
  /** the source text with quoted words blanked out */
  narration: string;
  people: ReadonlyMap<string, Person>;
  mentions: readonly Mention[];
  /** the story's statement templates */
  wording: CorpusWording;
}

const ATTACKER_ROLE = /\b(?:terrorist|attacker|gunman|assailant|killer|bomber)\b/i;
/** the person does the attacking: "Khalid Masood ran down and killed", "Masood's rampage", "X, whose attack" */
const ATTACK_VERB = /^(?:,\s+\d{1,3},)?\s+(?:had\s+|then\s+|later\s+)?(?:ran down|killed|kill|stabbed|launched|attacked|drove|mowed|ploughed|rammed)\b|^(?:['\u2019]s|,\s+whose)\s+(?:deadly\s+|terror\s+|murderous\s+)?(?:attack|rampage|assault)\b/;
/** a duration is the attack's when the text says it lasted or took that long */
const LASTED = /\b(?:lasted|took(?:\s+just|\s+only)?|in\s+(?:just|only)|within)\s+$|^\s+after\s+the\s+(?:attack|rampage|assault)\s+(?:began|started)/i;
/** services a timing can be about; "the messaging service" means the last messaging app the text named */
const MESSAGING_APPS = /^(?:WhatsApp|Whatsapp|Telegram|Signal|Messenger|iMessage|Viber|WeChat|Skype|Wickr|Threema)$/;
const SERVICES = /^(?:WhatsApp|Whatsapp|Telegram|Signal|Messenger|iMessage|Viber|WeChat|Skype|Wickr|Threema|Facebook|Twitter|Instagram|Snapchat|YouTube)$/;
const OUTCOME = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:people|persons?|men|women|others|of them)\s+)?(?:arrested\s+(?:after|over|in connection with)\s+[^,;.]{0,40}?\s+)?((?:remain|remains|is|are|was|were|has been|have been|had been)\s+(?:still\s+)?(?:in custody|held in custody|(?:released|freed|bailed|charged)(?:(?!\s+and\s)[^,;.])*))/gi;

/** what follows a count of the dead that places them at one named site */
const AT_ONE_SITE = /^\s+(?:(?:were|was|have been|had been)\s+)?(?:killed|shot dead|murdered|died)\s+(?:at|inside)\s+(?:the\s+)?\p{Lu}/u;

const DATE_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

export function extractFacts(passages: readonly Passage[], ctx: FactContext): Fact[] {
  const attackers = findAttackers(ctx);
  const statement = (kind: Parameters<typeof factStatement>[1], slots?: Record<string, string>) => factStatement(ctx.wording, kind, slots);
  const out: Fact[] = [];
  const seen = new Set<string>();
  const add = (passage: Passage, subject: string, statement: string, quantity: Quantity, entities: string[]) => {
    const key = `${subject}=${quantity.value}`;
    if (seen.has(key)) return; // the same value said twice in one source is one fact
    seen.add(key);
    out.push({
      id: contentId('f', ctx.sourceId, subject, quantity.text, passage.start),
      sourceId: ctx.sourceId,
      passageId: passage.id,
      subject,
      statement,
      quantities: [quantity],
      entities,
      ...(ctx.asOf ? { asOf: ctx.asOf } : {}),
    });
  };

  const usedEarlier: string[] = []; // services the text has said were used ("Masood's use of WhatsApp")
  const servicesNamed: string[] = []; // messaging services named in the sentences so far
  passages.forEach((passage, i) => {
    const sentence = ctx.narration.slice(passage.start, passage.end);
    const inSentence = ctx.mentions.filter((m) => m.start >= passage.start && m.end <= passage.end);
    const personIds = [...new Set(inSentence.map((m) => m.personId))];
    const entities = [...personIds.map((id) => ctx.people.get(id)?.name ?? id), ...namedThings(sentence, inSentence, passage.start)];
    const attacker = personIds.find((id) => attackers.has(id));
    const actor = attacker ? ctx.people.get(attacker)!.name : ctx.wording.facts.attacker;

    for (const q of extractQuantities(sentence)) {
      // "just before" may agree with a figure but is none: the corpus records only what it can hold a page to
      if (q.agreeOnly) continue;
      if (q.kind === 'age') {
        const person = inSentence.find((m) => q.text.includes(m.text.split(' ').pop()!));
        if (!person) continue;
        const name = ctx.people.get(person.personId)?.name ?? person.text;
        const subject = attackers.has(person.personId) ? 'attacker.age' : /\b(?:victims?|killed|died|inquest|tributes?)\b/i.test(sentence) ? `victim.age:${person.personId}` : `age:${person.personId}`;
        add(passage, subject, statement('age', { person: name, age: String(q.value) }), q, [name]);
      } else if (q.kind === 'duration' && lastedFor(sentence, q.text)) {
        add(passage, 'attack.duration', statement('duration', { duration: q.text }), q, entities);
      } else if (q.kind === 'timing') {
        // what was used: the name right after "used"/"on"/"via", else the last one named before the timing
        const before = sentence.slice(0, sentence.toLowerCase().indexOf(q.text.toLowerCase()));
        const named = [...servicesNamed, ...namedThings(before, inSentence, passage.start)];
        const kind = /\bmessag/i.test(sentence) ? MESSAGING_APPS : SERVICES;
        const object = usedThing(before, inSentence, passage.start) ?? usedEarlier.at(-1) ?? named.filter((t) => kind.test(t)).at(-1);
        if (!object) continue;
        const kindOfUse = /\bus(?:e|ed|ing)\b/i.test(sentence) ? 'timingUsed' : 'timingOn';
        const when = q.text.replace(/\b(?:earlier|prior)$/i, 'before');
        add(passage, `attacker.${slug(object)}-timing`, statement(kindOfUse, { attacker: actor, service: object, when }), q, entities);
      } else if (q.kind === 'count') {
        // "four people" counts what its own clause says of them, not what another clause of the sentence does
        const unit = /kill|dead|arrest|injur|wound|witness/i.test(q.text) ? comparableUnit(q) : comparableUnit({ ...q, unit: 'people' }, clauseOf(sentence, q.text));
        if (unit === 'count:killed') {
          // "Forty-one people were killed at Masjid Al Noor": the dead of one site, not the toll
          if (AT_ONE_SITE.test(sentence.slice(sentence.indexOf(q.text) + q.text.length))) continue;
          const named = namedVictimsAfter(sentence, q.text, inSentence, passage.start);
          const total = q.value + named.length;
          const quantity = named.length ? { ...q, value: total, text: sentence.slice(sentence.indexOf(q.text), named.at(-1)!) } : q;
          add(passage, 'attack.killed', statement('killed', { attacker: actor, count: words(total) }), { ...quantity, unit: 'killed' }, entities);
        } else if (unit === 'count:arrested' && arrestCount(sentence, q.text)) {
          add(passage, 'arrests.total', q.value === 1 ? statement('arrestedOne') : statement('arrested', { count: words(q.value) }), q, entities);
        } else if (unit === 'count:witnesses') {
          const upTo = new RegExp(String.raw`up to ${q.text}`, 'i').test(sentence);
          add(passage, 'attack.witnesses', statement('witnesses', { count: `${upTo ? 'up to ' : ''}${q.value.toLocaleString('en-GB')}` }), q, entities);
        } else if (unit === 'count:injured') {
          add(passage, 'attack.injured', statement('injured', { count: words(q.value) }), q, entities);
        }
      }
    }

    const used = usedThing(sentence, inSentence, passage.start);
    if (used) usedEarlier.push(used);
    servicesNamed.push(...namedThings(sentence, inSentence, passage.start).filter((t) => SERVICES.test(t)));

    // "Two remain in custody, one has been released on bail and nine ... with no further action."
    const context = `${passages[i - 1]?.text ?? ''} ${sentence}`;
    if (/\barrest/i.test(context)) {
      for (const m of sentence.matchAll(OUTCOME)) {
        const n = parseNumber(m[1]!);
        if (n === undefined) continue;
        const clause = m[2]!.trim();
        const outcome = /custody|held/i.test(clause) ? 'in-custody' : /bail/i.test(clause) ? 'bailed' : /no further action|without charge/i.test(clause) ? 'released-without-charge' : /\bcharged/i.test(clause) ? 'charged' : 'released';
        add(passage, `arrests.${outcome}`, statement('arrestOutcome', { count: words(n), outcome: clause }), { kind: 'count', value: n, unit: outcome.replace(/-/g, ' '), text: m[0] }, entities);
      }
    }
  });
  return out;
}

/** The clause a count stands in: "killing four and seriously injuring another 29 people" -> "seriously injuring another 29 people". */
function clauseOf(sentence: string, countText: string): string {
  const at = sentence.indexOf(countText);
  const before = sentence.slice(0, at).split(/[,;:]|\s(?:and|but|while)\s/).at(-1) ?? '';
  const after = sentence.slice(at).split(/[,;:]|\s(?:and|but|while)\s/)[0] ?? '';
  return `${before}${after}`;
}

/**
 * The named thing right after "used" / "use of" / "on" / "via": "used WhatsApp", "on Telegram", "used the
 * encrypted messaging app WhatsApp"; not "used the messaging service owned by Facebook" or "the Facebook-owned
 * service".
 */
function usedThing(text: string, people: readonly Mention[], offset: number): string | undefined {
  const gap = String.raw`(?:the\s+|an?\s+)?(?:(?!by\b|of\b|from\b|with\b|to\b|in\b|for\b)[a-z-]+\s+){0,3}?`;
  // after "used" any name; after "on", "via", "through" only a service ("on Westminster Bridge" is a place)
  const patterns: Array<[RegExp, (thing: string) => boolean]> = [
    [new RegExp(String.raw`\bus(?:e|ed|ing)\s+(?:of\s+)?${gap}(?=[A-Z])`, 'g'), () => true],
    [new RegExp(String.raw`\b(?:on|via|through)\s+${gap}(?=[A-Z])`, 'g'), (thing) => SERVICES.test(thing)],
  ];
  for (const [pattern, fits] of patterns) {
    for (const m of text.matchAll(pattern)) {
      const from = m.index + m[0].length;
      const thing = namedThings(text.slice(from), people, offset + from)[0];
      if (thing && text.slice(from).startsWith(thing) && !/-(?:owned|based|run|backed)$/.test(thing) && fits(thing)) return thing;
    }
  }
  return undefined;
}

/** "It took just 82 seconds", "lasted 82 seconds", "82 seconds after the rampage began". */
function lastedFor(sentence: string, durationText: string): boolean {
  const at = sentence.indexOf(durationText);
  return at >= 0 && (LASTED.test(sentence.slice(Math.max(0, at - 30), at)) || LASTED.test(sentence.slice(at + durationText.length, at + durationText.length + 40)));
}

/** what follows a count of those arrested: "12 people have been arrested", "11 people were held on suspicion" */
const ARRESTED_AFTER = new RegExp(String.raw`^\s+(?:(?:have|has|had|were|was)\s+)?(?:now\s+)?(?:been\s+)?(?:arrested\b|${HELD_AS_ARRESTED})`, 'i');

/** the sentence after the count */
function afterCount(sentence: string, countText: string): string {
  return sentence.slice(sentence.indexOf(countText) + countText.length);
}

/** the rest of the count's clause: up to the next comma, semicolon, "and", "but" or "while" */
function clauseAfter(sentence: string, countText: string): string {
  return afterCount(sentence, countText).split(/[,;]|\b(?:and|but|while)\b/)[0] ?? '';
}

/** what became of those counted: released, freed, bailed, held in custody, charged */
const FATE_AFTER = /\b(?:released|freed|bail|custody|charged|charges)\b/i;

/**
 * "Six arrested released from custody", "12 arrested have now been released", "Six people arrested on Thursday in
 * Hockley, Birmingham have been released": those arrested, and what became of them. Whether they are all who were
 * arrested the sentence does not say.
 */
export function arrestedThenFate(sentence: string, countText: string): boolean {
  const rest = afterCount(sentence, countText);
  if (!FATE_AFTER.test(untilNextCount(rest))) return false;
  return /arrest/i.test(countText) || ARRESTED_AFTER.test(rest);
}

/**
 * The rest of the sentence up to its next number: "Six people arrested … in Hockley, Birmingham have been released"
 * goes on past the place's comma to their fate; "12 were arrested, and two remain in custody" stops before the two.
 */
function untilNextCount(rest: string): string {
  const next = rest.search(/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|both|none)\b|;/i);
  return next < 0 ? rest : rest.slice(0, next);
}

/**
 * A count is the number arrested when the arrest is said of it ("Twelve people have been arrested", "arrested
 * 12 people"), not when its clause goes on to what became of them ("Nine people arrested ... have been freed").
 */
export function arrestCount(sentence: string, countText: string): boolean {
  if (/arrest/i.test(countText)) return true;
  const at = sentence.indexOf(countText);
  const before = sentence.slice(Math.max(0, at - 30), at);
  const after = clauseAfter(sentence, countText);
  if (FATE_AFTER.test(after)) return false;
  // "11 people were held on suspicion of…" is an arrest too; "two remain held" is their fate
  return ARRESTED_AFTER.test(after) || /\barrested\s+$/i.test(before);
}

/** People the narration makes the attacker: by role ("terrorist Khalid Masood") or as the one who killed. */
function findAttackers(ctx: FactContext): Set<string> {
  const out = new Set<string>();
  for (const person of ctx.people.values()) if (person.role && ATTACKER_ROLE.test(person.role)) out.add(person.id);
  for (const m of ctx.mentions) {
    if (m.kind !== 'pronoun' && ATTACK_VERB.test(ctx.narration.slice(m.end, m.end + 60))) out.add(m.personId);
  }
  return out;
}

/** Capitalised names in the sentence that are not people: "WhatsApp", "Westminster Bridge", "Parliament Square". */
function namedThings(sentence: string, people: readonly Mention[], offset: number): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/\b[A-Z][\w\u2019'-]*(?:\s+(?:(?:and|of)\s+)?[A-Z][\w\u2019'-]*)*/g)) {
    const name = m[0].replace(/['\u2019]s$/, '');
    const start = offset + m.index;
    if (people.some((p) => p.start < start + name.length && p.end > start)) continue;
    const thing = name.replace(/^(?:(\S+)\s+)/, (opener: string, w: string) => (SENTENCE_OPENERS.has(w) ? '' : opener));
    if (!thing || SENTENCE_OPENERS.has(thing) || DATE_WORDS.test(thing)) continue;
    if (!out.includes(thing)) out.push(thing);
  }
  return out;
}

/** "killed three victims and fatally stabbed PC Keith Palmer": the people named as killed beside a count. */
function namedVictimsAfter(sentence: string, countText: string, people: readonly Mention[], offset: number): number[] {
  const at = sentence.indexOf(countText);
  const rest = sentence.slice(at + countText.length);
  const m = /^\s+and\s+(?:fatally\s+)?(?:stabbed|killed|shot)\s+/.exec(rest);
  if (!m) return [];
  const from = offset + at + countText.length + m[0].length;
  const victim = people.find((p) => p.start >= from && p.start <= from + 4);
  return victim ? [victim.end - offset] : [];
}
