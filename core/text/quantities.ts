/**
 * Numbers in a page sentence, read the way the corpus stores them (`Quantity`): counts of people, durations,
 * ages and the "seconds / minutes before" timing. Only what the story's facts can be compared with is read;
 * a number we cannot place is left out rather than guessed.
 */
import type { Quantity } from '../corpus/model';
import { foldPunctuation } from './normalize';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, 'a dozen': 12, 'a couple of': 2, 'the couple of': 2, 'a couple': 2, couple: 2,
};
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:a|the) couple of|a dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)`;

const UNIT_SECONDS: Record<string, number> = { second: 1, seconds: 1, minute: 60, minutes: 60, hour: 3600, hours: 3600 };

/** Counted nouns we compare, folded to one form. */
const COUNT_NOUNS: Record<string, string> = {
  people: 'people', persons: 'people', person: 'people', victims: 'people', victim: 'people', pedestrians: 'pedestrians',
  lives: 'people', others: 'people', arrests: 'arrested', arrested: 'arrested', witnesses: 'witnesses', officers: 'officers',
  dead: 'people',
};

/** an age as written, in figures or words: "52", "fifty-two", "Forty-eight" */
const AGE_NUMBER = String.raw`(\d{1,3}|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;
/** "52-year-old", "Forty-eight-year-old" (source of a global pattern; the age is its first group) */
export const YEAR_OLD_AGE = String.raw`\b${AGE_NUMBER}-year-?old\b`;
/** "…is understood to have been 43 and married", "He was fifty-two when…": an age said of the sentence's subject */
export const AGE_SAID_OF = String.raw`\b(?:to have been|had been|has been|was) ${AGE_NUMBER}(?=\s*(?:[,.;]|and\b|when\b|at the time\b|$))`;
/** "11 people were held on suspicion", "held in raids": held as those arrested are, not "two remain held" */
export const HELD_AS_ARRESTED = String.raw`(?:held|detained)\s+(?:on suspicion|in connection|over|in raids)\b`;

export function parseNumber(text: string): number | undefined {
  const t = text.toLowerCase().trim();
  if (/^[\d,.]+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t];
  const [tens, unit] = t.split('-');
  if (tens && unit && tens in NUMBER_WORDS && unit in NUMBER_WORDS) return NUMBER_WORDS[tens]! + NUMBER_WORDS[unit]!;
  return undefined;
}

const TIMING_WORDS = String.raw`(?:beforehand|before|earlier|prior)`;
/** the time between a message and the act: "between message and attack", "between his last text and the attack" */
const TIMING_GAP = String.raw`between\s+(?:the\s+|his\s+|that\s+)?(?:last\s+|final\s+)?(?:message|text|whatsapp)\w*\s+and\b`;

/** a time just before, with no figure: "shortly before", "just before", "immediately prior to" */
const CLOSE_BEFORE = /\b(?:shortly|just|immediately|right)\s+(?:before|prior\s+to)\b/g;
/** how long "shortly before" can be at most, in seconds: minutes, not hours */
const CLOSE_BEFORE_SECONDS = 600;

/** a cheap first look: a sentence with no digit, number word, timing word or "shortly before" states no quantity */
const NUMBERISH = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|couple|seconds|minutes|moments)\b|\b(?:shortly|just|immediately|right)\s+(?:before|prior)\b/i;

/**
 * The readings' patterns, global (matchAll reads each from its start): timing relative to the attack, durations,
 * ages in their forms, counted nouns, and a verb then its count.
 */
const TIMING = new RegExp(String.raw`\b(?:(?:just|only)\s+)?(?:${NUM}\s+|the\s+|mere\s+)?(seconds|minutes|moments)\s+(?:(?:\w+\s+){0,1}${TIMING_WORDS}\b|${TIMING_GAP})`, 'gi');
const DURATION = new RegExp(String.raw`\b${NUM}(-plus|\s+plus)?[\s-]+(seconds?|minutes?|hours?)\b(?!'?s?\s+silence)`, 'gi');
const AGE_FORMS: readonly RegExp[] = [
  new RegExp(YEAR_OLD_AGE, 'g'),
  /\baged (\d{1,3})\b/g,
  /\b[A-Z][a-z]+(?: [A-Z][a-z]+)*, (\d{2})(?=[,;)\s.]|$)/g,
  /\b[A-Z][a-z]+ \((\d{2})\)/g,
  /\b(?:[A-Z][a-z]+|[a-z]{4,}), who was (\d{2})\b/g,
  /\b[a-z]{4,}, (\d{2}),/g,
  /\b(\d{1,3}) years? old\b/g,
  new RegExp(AGE_SAID_OF, 'g'),
];
const COUNTED = new RegExp(String.raw`\b${NUM}\s+((?:more|other|further)\s+)?(\w+)`, 'gi');
const VERB_FIRST = new RegExp(String.raw`\b(killing|killed|kill|arrested|injuring|injured)\s+${NUM}\b`, 'gi');

export function extractQuantities(sentence: string): Quantity[] {
  if (!NUMBERISH.test(sentence)) return [];
  const text = foldPunctuation(sentence);
  const lower = text.toLowerCase();
  const out: Quantity[] = [];
  const taken: Array<[number, number]> = [];
  const push = (q: Quantity, start: number, end: number) => {
    if (taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    out.push(q);
  };

  // Timing relative to the attack: "two minutes before", "the seconds before", "minutes earlier", "moments before",
  // "the couple of minutes between message and attack".
  for (const m of lower.matchAll(TIMING)) {
    const count = m[1] ? parseNumber(m[1]) : undefined;
    const scale = m[2] === 'moments' ? 'seconds' : m[2]!;
    const value = count !== undefined ? count * UNIT_SECONDS[scale]! : scale === 'seconds' ? 60 : 600;
    // the value is in seconds whatever the words ("a couple of minutes before" is 120 seconds)
    push({ kind: 'timing', value, unit: 'seconds', text: text.slice(m.index, m.index + m[0].length) }, m.index, m.index + m[0].length);
  }

  // "shortly before", "just before", "immediately prior to": no figure, only that it was close, within minutes.
  // It may agree with "a couple of minutes before" or "the seconds before", and never differs from either.
  for (const m of lower.matchAll(CLOSE_BEFORE)) {
    push({ kind: 'timing', value: CLOSE_BEFORE_SECONDS, unit: 'seconds', text: text.slice(m.index, m.index + m[0].length), bound: 'at most', agreeOnly: true }, m.index, m.index + m[0].length);
  }

  // Durations: "82 seconds", "two weeks" are left out (not a story fact), "in 82 seconds", "lasted 82 seconds".
  for (const m of lower.matchAll(DURATION)) {
    const n = parseNumber(m[1]!);
    if (n === undefined) continue;
    const bound = m[2] ? 'at least' : boundBefore(lower.slice(Math.max(0, m.index - 16), m.index));
    push({ kind: 'duration', value: n * UNIT_SECONDS[m[3]!]!, unit: 'seconds', text: text.slice(m.index, m.index + m[0].length), ...(bound ? { bound } : {}) }, m.index, m.index + m[0].length);
  }

  // Ages: "52-year-old", "aged 52", "Kurt Cochran, 54", "Khalid Masood (52)", "Masood, who was 52", "the attacker, 52,", "the attacker, who was 52", "52 years old".
  for (const pattern of AGE_FORMS) {
    for (const m of text.matchAll(pattern)) {
      const n = parseNumber(m[1]!) ?? 0;
      if (n < 1 || n > 110) continue;
      // Only the number's own span is taken, so "Masood, 52" leaves "Masood" free for other readings.
      const start = m.index + m[0].lastIndexOf(m[1]!);
      push({ kind: 'age', value: n, unit: 'years', text: m[0] }, start, m.index + m[0].length);
    }
  }

  // Counts: "four people", "12 arrested", "3,500 witnesses", "killing four".
  // "Ten other people were arrested", "two more arrests": some besides those counted already, not a total
  for (const m of lower.matchAll(COUNTED)) {
    const n = parseNumber(m[1]!);
    const noun = COUNT_NOUNS[m[3]!] ?? (/^(?:people|men|women)$/.test(m[3]!) ? 'people' : undefined);
    if (n === undefined || !noun || m[1] === 'a' || m[1] === 'an') continue;
    if (m[2]) {
      taken.push([m.index, m.index + m[0].length]);
      continue;
    }
    const unit = countUnit(noun, lower);
    // "him or 11 others arrested": the one the sentence names and the others, a total; "11 others were arrested" alone counts some besides
    let value = n;
    if (m[3] === 'others' && unit === 'arrested') {
      if (!ONE_AND_OTHERS.test(lower.slice(Math.max(0, m.index - 20), m.index))) {
        taken.push([m.index, m.index + m[0].length]);
        continue;
      }
      value = n + 1;
    }
    // "more than 3,000 witnesses" is at least 3,000
    const bound = boundBefore(lower.slice(Math.max(0, m.index - 16), m.index));
    // "more than 3,000 people questioned", "interviewed nearly 3,500 people": the police's witnesses
    const witnesses = noun === 'people' && (QUESTIONED_AFTER.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 30)) || QUESTIONED_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index)));
    push({ kind: 'count', value, unit: witnesses ? 'witnesses' : unit, text: text.slice(m.index, m.index + m[0].length), ...(bound ? { bound } : {}) }, m.index, m.index + m[0].length);
  }
  for (const m of lower.matchAll(VERB_FIRST)) {
    const n = parseNumber(m[2]!);
    if (n === undefined) continue;
    const unit = /^kill/.test(m[1]!) ? 'killed' : /^arrest/.test(m[1]!) ? 'arrested' : 'injured';
    push({ kind: 'count', value: n, unit, text: text.slice(m.index, m.index + m[0].length) }, m.index, m.index + m[0].length);
  }
  return out;
}

/** "him and 11 others": one person, then the others */
const ONE_AND_OTHERS = /\b(?:him|her|he|she)\s+(?:and|or|plus|along with)\s+$/;

/** "less than two minutes", "more than 3,500", "about 80 seconds": the words just before a number. */
function boundBefore(before: string): Quantity['bound'] {
  if (/\b(?:less than|under|fewer than|within|up to|no more than)\s+$/.test(before)) return 'at most';
  if (/\b(?:more than|over|at least|upwards of)\s+$/.test(before)) return 'at least';
  if (/\b(?:about|around|nearly|almost|roughly|some)\s+$/.test(before)) return 'about';
  return undefined;
}

const COUNTED_AS = new RegExp(String.raw`\b(kill\w*|dead|died|death\w*|murder\w*|lost their lives|victims)\b|\b(injur\w*|wound\w*|hurt|hospital)\b|\b(arrest\w*|${HELD_AS_ARRESTED})`);

const QUESTIONED_AFTER = /^\s+(?:(?:have|had)\s+been\s+|were\s+)?(?:questioned|interviewed|spoken to)\b/;
const QUESTIONED_BEFORE = /\b(?:questioned|interviewed|spoken to|spoke to|statements from)\s+(?:(?:more than|nearly|almost|about|around|some|over|up to)\s+)?$/;

/** "four people" is a death toll in "killed four people" and an injury count in "four people injured". */
function countUnit(noun: string, sentence: string): string {
  if (noun !== 'people' && noun !== 'pedestrians') return noun;
  const verb = COUNTED_AS.exec(sentence);
  if (verb?.[1]) return noun === 'pedestrians' ? 'pedestrians-killed' : 'killed';
  if (verb?.[2]) return 'injured';
  if (verb?.[3]) return 'arrested';
  return noun;
}

/**
 * The class two quantities must share to be compared: counts of the killed, of arrests, of witnesses...
 * `context` (a fact's subject and statement, or the page sentence) decides what a bare "people" counts.
 */
export function comparableUnit(q: Quantity, context = ''): string {
  if (q.kind !== 'count') return q.kind;
  const unit = q.unit.toLowerCase();
  if (/pedestrian/.test(unit)) return 'count:pedestrians';
  if (/kill|dead|died|death|victim/.test(unit)) return 'count:killed';
  if (/arrest/.test(unit)) return 'count:arrested';
  if (/injur|wound/.test(unit)) return 'count:injured';
  if (/witness/.test(unit)) return 'count:witnesses';
  if (/officer/.test(unit)) return 'count:officers';
  if (/people|person/.test(unit)) {
    const resolved = countUnit('people', context.toLowerCase());
    return resolved === 'people' ? 'count:people' : comparableUnit({ ...q, unit: resolved });
  }
  return `count:${unit}`;
}

/** The patterns the sentences of a page (its text lower-cased: `lower`) will be read with: none on a page without a number. */
export function quantityPatterns(lower: string): RegExp[] {
  return NUMBERISH.test(lower) ? [NUMBERISH, TIMING, CLOSE_BEFORE, DURATION, ...AGE_FORMS, COUNTED, VERB_FIRST, COUNTED_AS] : [NUMBERISH];
}
