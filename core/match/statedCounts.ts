/**
 * Counts a news sentence states the way newspapers state them, read for what they count: a death toll
 * ("four people were killed", "left five dead", "killed four pedestrians and a police officer", "five died,
 * the attacker among them") and what became of those arrested ("two remain in custody", "Seven of the 11
 * people arrested have been released", "the 12th arrest"). A toll that leaves part of the dead out ("three
 * pedestrians") is not a toll, and is not read.
 */
import type { Quantity } from '../corpus/model';
import { foldPunctuation } from '../text/normalize';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../text/months';
import { parseNumber } from '../text/quantities';

const NUM = String.raw`(\d{1,3}(?:,\d{3})*|a dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\w-]*-year|\s+years?\b)`;
const VICTIMS = String.raw`(?:(?:innocent|more|other)\s+){0,2}(people|persons|victims|others|members of the public|pedestrians|civilians|men and women)`;
const OFFICER = String.raw`(?:a\s+|an\s+|one\s+)?(?:unarmed\s+)?(?:police\s*officer|policeman|officer|pc\s+\w+(?:\s+\w+)?)`;
/** "and a police officer", "and Keith Palmer, a police officer" */
const AND_OFFICER = String.raw`\s+and\s+(?:${OFFICER}|(?:PC\s+|Pc\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+,\s+(?:a|an)\s+(?:unarmed\s+)?police(?:\s*officer|man))`;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** each toll pattern with the words (lower-cased) one of which it cannot match without: a pattern a page never needs is never compiled */
const TOLL_PATTERNS: ReadonlyArray<readonly [readonly string[] | undefined, RegExp]> = [
  // "killing four people", "murdered four pedestrians", "taken the lives of five innocent people", "deaths of five", "the death of five people"
  [['kill', 'murder', 'fatally', 'lives of', 'death'], new RegExp(String.raw`\b(?:killing|killed|kill|murdered|murdering|fatally\s+(?:injured|injuring|wounded|wounding)|(?:claimed|taken|took|claiming|taking) the lives of|deaths? of)\s+(?:the\s+|a total of\s+)?${NUM}(?:\s+${VICTIMS})?`, 'gi')],
  // "four people were killed", "Four died", "five people, including a police officer, were killed", "five people - including
  // the perpetrator - were killed", "Four members of the public and PC Keith Palmer died", "into four pedestrians who died and stabbed a policeman"
  [undefined, new RegExp(String.raw`\b${NUM}(?:\s+${VICTIMS})?(?:\s*[,(]?\s*-?\s*including\s[^,()]{3,60}?\s*[,)]?\s*-?(?=\s+(?:(?:were|have been|had been|was|are)\s+)?(?:killed|dead|died|murdered|lost their lives)\b)|${AND_OFFICER},?)?\s+(?:who\s+)?(?:(?:were|have been|had been|was|are)\s+)?(?:killed|dead|died|murdered|lost their lives)\b`, 'gi')],
  // "left five people dead", "leaving four dead"
  [['left', 'leav'], new RegExp(String.raw`\b(?:left|leaving|leaves)\s+${NUM}(?:\s+${VICTIMS})?\s+dead\b`, 'gi')],
  // "one of the five victims", "the four people who died", "one of five people killed", "the five deaths", "among five people who died"
  [['victim', 'died', 'killed', 'dead', 'death'], new RegExp(String.raw`\b(?:the|all|one of|among)\s+${NUM}\s+(victims|people who died|people killed|dead|deaths)\b`, 'gi')],
  // "one of five people including the suspect killed"
  [['killed', 'died', 'to die'], new RegExp(String.raw`\bone of\s+(?:the\s+)?${NUM}\s+(?:people|persons)(?:\s*,?\s*including\s+[^,.;]{3,40}?,?)?\s+(?:killed|who died|to die)\b`, 'gi')],
  // "the death toll rose to five", "a death toll of four", "the toll now stands at five", "claimed five lives"
  [['toll', 'number of'], new RegExp(String.raw`\b(?:(?:death\s+)?toll|number of (?:dead|deaths|victims|people killed))\s+(?:[\w']+\s+){0,8}?(?:(?:has\s+|had\s+)?(?:rose|rises|risen|climbed|climbs|reached|went up|increased)\s+to|(?:stands|stood|is|was)\s+at|of)\s+${NUM}\b`, 'gi')],
  [['lives'], new RegExp(String.raw`\b(?:claimed|claiming|claims|cost|costing)\s+${NUM}\s+(?:innocent\s+)?lives\b`, 'gi')],
  // "…died on 6 April, taking the death toll to five"
  // "…brings the number of innocent lives lost to five"
  [['toll', 'number of'], new RegExp(String.raw`\b(?:taking|bringing|took|brought|takes|brings)\s+the\s+(?:(?:death\s+)?toll|number of (?:innocent\s+)?(?:lives lost|dead|deaths|victims|people killed))\s+to\s+${NUM}\b`, 'gi')],
  // "ruled all five had been unlawfully killed": the victims
  [['unlawfully'], new RegExp(String.raw`\ball\s+${NUM}\s+(?:(?:had|have|were|was)\s+)?(?:been\s+)?unlawfully\s+(killed)\b`, 'gi')],
  // "a fourth person has died", "a fourth victim, a 75-year-old man, died": as many dead so far ("person" may count the attacker)
  [ORDINALS, new RegExp(String.raw`\ba\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(victim|person|man|woman)\s*(?:,[^,.;]{1,40},\s*)?(?:has\s+|had\s+)?died\b`, 'gi')],
  // "named as the fourth victim", "is the fifth victim of the attack", "Fourth victim named as Leslie Rhodes": as many victims so far (not "the fourth
  // victim was taking a photo", which only says which one)
  [ORDINALS, new RegExp(String.raw`\b(?:named|identified|becoming|became|become|becomes|is|was)\s+(?:as\s+)?(?:the\s+|a\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:innocent\s+)?(victim)\b`, 'gi')],
  [ORDINALS, new RegExp(String.raw`(?:^|:\s*|\b(?:the|a)\s+)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:innocent\s+)?(victim)\s+(?:of the (?:attack|rampage)\s+)?(?:(?:has|had)\s+been\s+|is\s+|was\s+)?(?:named|identified)\b`, 'gi')],
  // "the fourth victim to die", "the fourth victim killed in the attack": as many dead so far ("the fifth person to die" may count the attacker)
  [ORDINALS, new RegExp(String.raw`\bthe\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:innocent\s+)?(victim|person)\s+(?:to\s+die|killed)\b`, 'gi')],
];
/** a count of the dead in one place, or of those the car killed, is some of them: "killed four people on Westminster Bridge", "at the Linwood mosque", "killed by a car" */
const IN_ONE_PLACE = /^\s*(?:people\s+)?(?:(?:on|at|near|inside)\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,2}(?:bridge|square|street|road|mosque|church|synagogue|station|market|arena|hall|school|building)\b|by\s+(?:a|the|his)\s+(?:\w+\s+)?(?:car|vehicle|suv|4x4)\b)/i;
/** the dead counted apart from a partial count: "four pedestrians and a police officer" */
const PLUS_OFFICER = /^\s*(?:,\s*)?(?:and|before|then|as well as|plus)\s+(?:fatally\s+|then\s+)?(?:stabbing\s+|stabbed\s+|killing\s+|killed\s+)?(?:to death\s+)?(?:a\s+|an\s+|one\s+)?(?:unarmed\s+)?(?:police\s*officer|policeman|officer|pc\s+\w+(?:\s+\w+)?)\b/i;
/** "…before stabbing a police officer", "…and then fatally stabbed a police officer", "…, then stabbed and killed a police officer", "…before going on to stab a policeman", "…before stabbing to death his fourth victim, PC Keith Palmer", within `reach` characters */
const officerKilledLater = (reach: number) =>
  new RegExp(String.raw`^[^.;]{0,${reach}}?\b(?:(?:before|and|then)\s+(?:then\s+)?(?:he\s+)?(?:going on to\s+|went on to\s+)?(?:fatally\s+)?(?:stabbing|stabbed|stab)(?:\s+and\s+(?:killing|killed))?|murdered|murdering)(?:\s+to death)?\s+(?:his\s+(?:\w+\s+)?victim,?\s+)?(?:a\s+|an\s+)?(?:unarmed\s+)?(?:police\s*officer|policeman|officer|pc\b|police constable)`, 'i');
const PLUS_OFFICER_LATER = officerKilledLater(60);
/** the dead counted first, then what he did after: "…and injured scores more after ploughing into pedestrians before stabbing…" */
const KILLED_BEFORE = /^[^.;]{0,100}?\bbefore\b/i;
/** "…by ploughing his vehicle into pedestrians and…": the way those counted died */
const BY_MEANS = /\bby\s+\w+ing\b/i;
/** after a count of those on the bridge, however far on the sentence names the officer */
const PLUS_OFFICER_AFTER_PLACE = officerKilledLater(140);
/** the attacker counted among the dead: "including the attacker", "including a police officer and the assailant", "the attacker among them", "including … the alleged assailant" */
const WITH_ATTACKER = /^[^.;]{0,40}?\b(?:including|counting|among them|with)\s+(?:[^.;]{0,40}?\band\s+)?(?:the\s+)?(?:(?:alleged|suspected|lone|knife-wielding)\s+)?(?:attacker|assailant|terrorist|killer|gunman|suspect|perpetrator|himself)\b|^[^.;]{0,20}?\b(?:the\s+)?(?:(?:alleged|suspected|lone)\s+)?(?:attacker|assailant|terrorist|killer|suspect|perpetrator)\s+among them\b/i;
/** "including a police officer and Masood": the attacker named among those counted */
const WITH_NAMED = (name: string) => new RegExp(String.raw`^[^.;]{0,60}?\bincluding\b[^.;]{0,50}?\b${name}\b`, 'i');

/** "killed by Masood", "killed by the attacker": the dead are his victims */
function killedBy(after: string, attackers: readonly string[]): boolean {
  const names = attackers.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(String.raw`^\s*(?:(?:in|during|on)\s+[^,.;]{0,40}?\s+)?(?:by|at the hands of)\s+(?:the\s+)?(?:attacker|assailant|terrorist|killer|him${names ? `|${names}` : ''})\b`, 'i').test(after);
}

const AND_OFFICER_IN = new RegExp(AND_OFFICER, 'i');
const INCLUDING_OFFICER = new RegExp(String.raw`including\s+${OFFICER}`, 'i');
/** the officer listed among the dead just after the toll: "killed five people, including the tragic stabbing of officer PC Keith Palmer" */
const INCLUDING_OFFICER_AFTER = new RegExp(String.raw`^[^.;]{0,20}?\bincluding\s+(?:[\w-]+\s+){0,4}?${OFFICER}`, 'i');

/** how some of the dead died, not all: "…when he drove a car into pedestrians", "…on the bridge" */
const WHEN_PART = /^[^.;]{0,20}?\b(?:when|as)\s+(?:[\w-]+\s+){0,2}?(?:he|the attacker|masood)\s+(?:drove|ploughed|plowed|mowed|rammed|crashed)|^\s*(?:people\s+)?(?:on|at|near)\s+(?:the\s+)?(?:\w+\s+)?bridge\b/i;

/** the attacker counted apart: "three people had been killed, in addition to the attacker" */
const APART_FROM_ATTACKER = /^\s*,?\s*(?:in addition to|as well as|besides|not counting|excluding|plus)\s+(?:the\s+)?(?:attacker|assailant|terrorist|killer|suspect|perpetrator)\b/i;

/** a cheap first look: most sentences speak of no death at all */
const DEATH_WORD = /kill|dead|died|\bdie\b|murder|lives|deaths?\b|victim|toll/i;

/** `attackers`: how the story names its attackers ("Masood"), so a toll that lists one among the dead leaves him out. */
export interface DeathToll {
  /** the toll, read for whom it counts */
  toll?: Quantity;
  /** the sentence counts only some of the dead ("three pedestrians", "four people on Westminster Bridge"): no toll at all */
  partial: boolean;
}

/** "killed Pc Keith Palmer and four others", "killing her husband, Kurt Cochran, and three others", "murdered a police officer and five pedestrians": one, then the others counted */
const NAMED_AND_OTHERS = new RegExp(String.raw`\b(?:killing|killed|murdered|murdering)\s+(?:(?:her|his)\s+\w+,\s+)?(?:(?:(?:PC|Pc|Mr|Mrs|Ms)\s+)?(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*,?\s+|(?:a|an)\s+(?:police\s*officer|policeman|officer)\s+)and\s+${NUM}\s+(?:others|other people|more|pedestrians|people)\b`);

/** what every toll holds: a figure, a number word up to twelve, "a dozen" or an ordinal up to tenth */
const SOME_COUNT = /\d|\b(?:dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i;

export function deathToll(sentence: string, attackers: readonly string[] = []): DeathToll {
  if (!DEATH_WORD.test(sentence)) return { partial: false };
  const text = foldPunctuation(sentence);
  // a sentence that counts nothing states no toll: only whether it speaks of those on the bridge is left to read
  if (!SOME_COUNT.test(text)) return { partial: speaksOfSomeDead(text) };
  const namedAndOthers = NAMED_AND_OTHERS.exec(text);
  const others = namedAndOthers ? parseNumber(namedAndOthers[1]!) : undefined;
  if (others !== undefined) {
    return { toll: { kind: 'count', value: others + 1, unit: 'killed', text: namedAndOthers![0].replace(/^\w+\s+/, '') }, partial: false };
  }
  let partialCount = false;
  const lower = text.toLowerCase();
  for (const [words, pattern] of TOLL_PATTERNS) {
    if (words && !words.some((w) => lower.includes(w))) continue;
    for (const m of text.matchAll(pattern)) {
      let value = parseNumber(m[1]!) ?? ORDINALS.indexOf(m[1]!.toLowerCase()) + 1;
      if (value === 0) continue;
      const after = text.slice(m.index + m[0].length);
      const partial = m[2] && /pedestrians|members of the public|civilians/i.test(m[2]);
      // how far the toll's words reach: "killing four members of the public and Pc Keith Palmer"
      let reach = m[0].length;
      // the officer stabbed at Parliament is never among those "on Westminster Bridge", however far on he is named
      // nor among those he "killed" "before" he stabbed the officer: "killed three people and injured 50 more before he fled … and
      // fatally stabbed a police officer" ("Four people died … after Masood drove into pedestrians, before stabbing…" may count him)
      // a count "when he drove into people … and stabbed an officer" is of the dead of both, however far on the officer is named
      const someOfThem = IN_ONE_PLACE.test(after) || WHEN_PART.test(after);
      const later = PLUS_OFFICER_LATER.exec(after) ?? (someOfThem || (/^kill/i.test(m[0]) && KILLED_BEFORE.test(after)) ? PLUS_OFFICER_AFTER_PLACE.exec(after) : null);
      // "killing four people … by ploughing into pedestrians and fatally stabbing a policeman": how the four died, the officer among them
      const officerAfter = PLUS_OFFICER.exec(after) ?? (later && !BY_MEANS.test(later[0]) ? later : null);
      const plusOfficer = AND_OFFICER_IN.test(m[0]) || officerAfter !== null;
      // "three other people died", "had fatally injured three other people": the others, and the one the sentence is about
      const others = /\bother\b/i.test(m[0]);
      // "Four people died … before stabbing an officer": the dead of the whole attack, the officer among them or not;
      // "killed four people … before stabbing an officer" counts those the car killed first
      const officerMaybeAmong = plusOfficer && !AND_OFFICER_IN.test(m[0]) && !PLUS_OFFICER.test(after) && !/^(?:kill|murder|fatally|claim|tak)/i.test(m[0]);
      if (plusOfficer && !/including/i.test(m[0])) value += 1;
      else if (others) value += 1;
      // "four people were killed as Masood drove into them": those on the bridge, some of the dead
      else if (partial || someOfThem) {
        partialCount = true;
        continue;
      }
      if (officerAfter) reach += officerAfter[0].length;
      const attackerAfter = WITH_ATTACKER.exec(after) ?? attackers.map((a) => WITH_NAMED(a).exec(after)).find((x) => x !== null) ?? null;
      const withAttacker = attackerAfter !== null || WITH_ATTACKER.test(m[0]);
      if (withAttacker) value -= 1;
      if (attackerAfter) reach = Math.max(reach, m[0].length + attackerAfter[0].length);
      // "killed five people" and "five victims" leave the killer out; "five dead" may not
      // "one of five people killed", "killed by Masood", "the inquest into the five deaths" count his victims
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const victimsOnly =
        withAttacker ||
        plusOfficer ||
        APART_FROM_ATTACKER.test(after) ||
        // "five people, including a police officer, were killed": those the writer lists among the dead are victims
        INCLUDING_OFFICER.test(m[0]) ||
        INCLUDING_OFFICER_AFTER.test(after) ||
        /^(?:killing|killed|kill|murder|one of)/i.test(m[0]) ||
        /victims?\b|innocent|members of the public|pedestrians|unlawfully|number of people killed/i.test(m[0]) ||
        // "the five people killed in the attack": those it killed
        (/^\S+\s+people killed$/i.test(m[0]) && /\b(?:the|all)\s+$/i.test(before)) ||
        killedBy(after, attackers) ||
        /\b(?:inquests?\s+(?:into|on)|one of)\s+(?:the\s+)?$/i.test(before);
      // the page's words from the number on: "five people", as the corpus's value reads
      const said = text.slice(m.index, m.index + reach);
      const words = said.slice(said.toLowerCase().indexOf(m[1]!.toLowerCase())).trim();
      // "one of two people killed", "left three people dead", "the death toll rose to three": the whole toll as then known
      const whole =
        (/^(?:one of|left|leaving|leaves|(?:death\s+)?toll|number of|taking|bringing|took|brought)\b/i.test(m[0]) ||
          /\b(?:one of|among|left|leaving|leaves)\s+(?:the\s+)?$/i.test(before) ||
          // "The attack killed three people", "three people had been killed, in addition to the attacker"
          (/^kill/i.test(m[0]) && /\b(?:attack|rampage|assault|atrocity)\s+(?:that\s+|which\s+)?$/i.test(before)) ||
          // "killing two and injuring dozens … before stabbing and killing an officer": the bridge and the officer, the whole attack
          (officerAfter !== null && /^kill/i.test(m[0])) ||
          APART_FROM_ATTACKER.test(after)) &&
        !WHEN_PART.test(after);
      return { toll: { kind: 'count', value, unit: 'killed', text: words, ...(victimsOnly ? {} : { mayIncludeAttacker: true }), ...(whole ? { wholeToll: true } : {}), ...(officerMaybeAmong ? { mayIncludeOfficer: true } : {}) }, partial: false };
    }
  }
  return { partial: partialCount || speaksOfSomeDead(text) };
}

/** "Four people were run down and killed as Masood drove a car into them": those on the bridge, however counted */
function speaksOfSomeDead(text: string): boolean {
  for (const m of text.matchAll(/\b(?:killed|died|dead)\b/gi)) if (WHEN_PART.test(text.slice(m.index + m[0].length))) return true;
  return false;
}

const OUTCOMES: Array<[string, RegExp]> = [
  ['in custody', /\b(?:in\s+(?:police\s+)?custody|being\s+(?:held|detained)|still\s+(?:held|detained)|remain(?:s|ed|ing)?\s+(?:held|detained))\b/i],
  ['bailed', /\b(?:bail|bailed)\b/i],
  ['released without charge', /\b(?:no further action|without charge|(?:released|freed)(?!\s+(?:on|under)\s+(?:police\s+)?bail))\b/i],
];
/** "Two remain in custody", "Seven of the 11 people arrested … have been released": a number, then its fate. */
const COUNT_THEN_FATE = new RegExp(String.raw`(?<![\d-])\b${NUM}\b(?!\s*(?:-year|years|year-old|%|am|pm|searches|properties|addresses|items))((?:(?![.;])[^.;]){0,90}?)\b(remain(?:s|ed|ing)?|are|is|were|was|have|has|had|will|released|freed|bailed|held|detained)\b((?:(?![.;,]|\s\d).){0,60})`, 'gi');

/** a count between a count and its fate, not the total it is part of ("Seven of the 11 arrested") */
const COUNT_BETWEEN = new RegExp(String.raw`(?<!\bof(?:\s+the)?\s+)\b${NUM}\b`, 'i');
/** the words that make the number after them an age: "aged 58 and 27", "one aged 58, and the other 27" */
const AGE_WORDS = String.raw`(?:\b(?:one\s+)?aged|\bthe\s+other(?:\s+aged)?)\s+`;
/** ages between a count and its fate ("two men from Birmingham, aged 58 and 27, are still being held", "two men, one aged 58, and the other 27, are…") */
const AGES_BETWEEN = new RegExp(String.raw`${AGE_WORDS}\d+(?:\s+and\s+\d+)?|,\s*\d{2}\s*,`, 'gi');
/** a figure that the words before it make an age */
const AGE_BEFORE = new RegExp(String.raw`${AGE_WORDS}(?:\d+\s+and\s+)?$`, 'i');
/** "Seven of the 11 people arrested": the total, beside the fate of some */
const OF_THE_ARRESTED = new RegExp(String.raw`\bof the\s+${NUM}\s+(?:people\s+|men\s+|suspects\s+)?(?:arrested|held|detained)`, 'i');
/** "The number of arrests has risen to 12", "bringing the total number of arrests up to 10" */
const NUMBER_OF_ARRESTS = new RegExp(String.raw`\bnumber of (?:arrests|people arrested|people held)\s+(?:(?:has\s+|had\s+|now\s+)*(?:risen|rose|climbed|increased|gone up|reached|stands|stood)\s+(?:to|at)?|(?:up\s+)?to)\s*${NUM}\b`, 'i');
/** "three more people have been arrested …, taking the total to 11": the total, in a sentence of arrests */
const TOTAL_TAKEN_TO = new RegExp(String.raw`\b(?:taking|bringing|took|brought|takes|brings)\s+the\s+(?:total|tally)(?:\s+number)?(?:\s+of\s+(?:arrests|people arrested|people held))?\s+(?:up\s+)?to\s+${NUM}\b`, 'i');
/** "a total of nine persons in custody", "two men still in police custody" */
const IN_CUSTODY_COUNT = new RegExp(String.raw`\b${NUM}\s+(?:people|persons|men|women|suspects)\s+(?:still\s+|now\s+)?in\s+(?:police\s+)?custody\b`, 'i');
/** "All 12 of those arrested were released" */
const ALL_OF_THE_ARRESTED = new RegExp(String.raw`\ball\s+${NUM}\s+(?:of\s+)?(?:those|people|suspects|men)\s+(?:who\s+were\s+)?(?:arrested|held|detained)\b`, 'i');

const MONTH_WORDS: readonly string[] = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS];
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH_WORDS.join('|')})\.?\s+$`, 'i');
/** "26 March" (not "two may remain", a verb) */
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_WORDS.filter((m) => m !== 'may').join('|')})\b`, 'i');

/** "Nine others who …", "two men who …": the count, then a clause that says who they are */
const WHO_BETWEEN = /^\s*(?:(?:people|persons|others|other people|men|women|suspects)\s+)?who\s*$/i;
/** "…who had been arrested in connection with…": the arrest that makes them the ones counted, not their fate */
const ARRESTED_FIRST = /^\s*(?:been\s+)?(?:arrested|detained|held)\b(?:\s+in\s+(?:police\s+)?custody\b)?/i;

const NEXT_COUNT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b/i;

/** a cheap first look: most sentences speak of no arrest */
const ARREST_WORD = /\b(?:arrest|custody|bail|released|freed|held|detained|no further action)/i;

export function arrestOutcomes(sentence: string): Quantity[] {
  const text = foldPunctuation(sentence);
  if (!ARREST_WORD.test(text)) return [];
  const out: Quantity[] = [];
  // each count is read in turn, even one inside the words of the count before ("12 people arrested, nine have been released")
  COUNT_THEN_FATE.lastIndex = 0;
  for (let m = COUNT_THEN_FATE.exec(text); m; m = COUNT_THEN_FATE.exec(text)) {
    COUNT_THEN_FATE.lastIndex = m.index + m[1]!.length;
    const value = parseNumber(m[1]!);
    if (value === undefined) continue;
    // a count between this one and the fate has the fate ("Of the 12 arrested, nine have been released"), unless it is the whole ("Seven of the 11 arrested")
    if (COUNT_BETWEEN.test(m[2]!.replace(AGES_BETWEEN, ' '))) continue;
    // "Another man, 58, arrested…", "aged 58 and 27": an age, not a count
    const lead = text.slice(Math.max(0, m.index - 12), m.index);
    if (/^\d/.test(m[1]!) && (AGE_BEFORE.test(lead) || /\bwho(?:['\u2019]s|\s+is|\s+was)\s+$/i.test(lead) || (/,\s*$/.test(lead) && /^,/.test(m[2]!)))) continue;
    // "detained on March 26", "on 26 March": a day of the month, not a count
    if (MONTH_BEFORE.test(lead) || MONTH_AFTER.test(m[2]!)) continue;
    const between = m[2]!;
    // "Nine others who had been arrested in connection with the inquiry have been released": who they are, then their fate
    const whoWereArrested = WHO_BETWEEN.test(between) && ARRESTED_FIRST.test(m[4]!);
    if (!whoWereArrested) {
      // "12 people …, including a 30-year-old man who was detained": the fate is the other man's
      if (/\b(?:killed|dead|died|injured|searches|minutes|seconds|who|which|including|whose)\b/i.test(between)) continue;
      // the fate may come after the first verb: "Eleven others were brought in for questions…, but have all since been freed"
      // "Eleven people have been arrested": the total, not a fate
      if (/^(?:have|has|had|were|was)$/i.test(m[3]!) && /^\s*(?:now\s+|all\s+)?(?:been\s+)?arrested\b/i.test(m[4]!)) continue;
    }
    // up to the next count: "…, but only two now remained in custody" is the fate of those two
    // after "who had been arrested", what follows the arrest; otherwise from the first verb on
    const fateStart = whoWereArrested ? m[4]!.replace(ARRESTED_FIRST, '') : `${m[3]} ${m[4]}`;
    const fate = `${fateStart} ${text.slice(m.index + m[0].length).split(/[.;]|\s\d/)[0]}`.split(NEXT_COUNT)[0]!;
    // the fate nearest the count: "Nine … have been freed without charges, while one person was released on bail"
    const outcome = OUTCOMES.map(([name, pattern]) => ({ name, at: fate.search(pattern) }))
      .filter((o) => o.at >= 0)
      .sort((a, b) => a.at - b.at)[0]?.name;
    if (outcome && !out.some((q) => q.unit === outcome)) out.push({ kind: 'count', value, unit: outcome, text: m[0].trim() });
    // "Seven of the 11 people arrested": the total as well
    const total = OF_THE_ARRESTED.exec(between);
    const n = total ? parseNumber(total[1]!) : undefined;
    if (n !== undefined && !out.some((q) => q.unit === 'arrested')) out.push({ kind: 'count', value: n, unit: 'arrested', text: total![0] });
  }
  // "with a total of nine persons in custody": a count of those held, no verb between
  const held = IN_CUSTODY_COUNT.exec(text);
  const heldCount = held ? parseNumber(held[1]!) : undefined;
  if (heldCount !== undefined && !out.some((q) => q.unit === 'in custody')) out.push({ kind: 'count', value: heldCount, unit: 'in custody', text: held![0] });
  // "The number of arrests has risen to 12", "All 12 of those arrested were released"
  const total = NUMBER_OF_ARRESTS.exec(text) ?? ALL_OF_THE_ARRESTED.exec(text) ?? (/\barrest/i.test(text) ? TOTAL_TAKEN_TO.exec(text) : null);
  const counted = total ? parseNumber(total[1]!) : undefined;
  if (counted !== undefined && !out.some((q) => q.unit === 'arrested')) out.push({ kind: 'count', value: counted, unit: 'arrested', text: total![0] });
  // "the 12th arrest", "the 12th person to be arrested"
  const ordinal =
    /\b(?:the|their|a)\s+(\d{1,2})(?:st|nd|rd|th)\s+(?:person\s+to\s+be\s+(?:arrested|held)|arrest)|\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b[^.;]{0,30}\barrest|\barrest\b[^.;]{0,20}\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/i.exec(text);
  const nth = ordinal ? Number(ordinal[1] ?? ordinal[2] ?? ordinal[3]) : undefined;
  if (nth !== undefined && !out.some((q) => q.unit === 'arrested')) out.push({ kind: 'count', value: nth, unit: 'arrested', text: ordinal![0] });
  return out;
}

/**
 * The patterns the sentences of a page (its text lower-cased: `lower`) will be read with: none without a word of
 * death or of arrest, and a toll pattern only with one of its words.
 */
export function statedCountPatterns(lower: string): RegExp[] {
  const death = DEATH_WORD.test(lower)
    ? [
        DEATH_WORD, SOME_COUNT, NAMED_AND_OTHERS, ...TOLL_PATTERNS.filter(([words]) => !words || words.some((w) => lower.includes(w))).map(([, pattern]) => pattern),
        PLUS_OFFICER_LATER, PLUS_OFFICER, IN_ONE_PLACE, KILLED_BEFORE, BY_MEANS, PLUS_OFFICER_AFTER_PLACE, WITH_ATTACKER, AND_OFFICER_IN, INCLUDING_OFFICER, INCLUDING_OFFICER_AFTER, WHEN_PART, APART_FROM_ATTACKER,
      ]
    : [];
  const arrest = ARREST_WORD.test(lower) ? [ARREST_WORD, COUNT_THEN_FATE, COUNT_BETWEEN, AGES_BETWEEN, AGE_BEFORE, OF_THE_ARRESTED, NUMBER_OF_ARRESTS, TOTAL_TAKEN_TO, IN_CUSTODY_COUNT, ALL_OF_THE_ARRESTED, MONTH_BEFORE, MONTH_AFTER, WHO_BETWEEN, ARRESTED_FIRST, NEXT_COUNT] : [];
  return [...death, ...arrest];
}
