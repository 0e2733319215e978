/**
 * Positions stated in a reporter's own words: "The Home Secretary has called for messaging firms to open a way
 * in for the security services". A sentence states a corpus position when it carries the proposition (a term
 * of each of its cue groups, from the story's data), names the holder (by name, alias or description, or as
 * "she"/"he"/"it" when the sentence before named them) and does not negate it ("would not", "doesn't want").
 * A holder the sentence cannot pin down, or two holders it cannot tell apart, gives nothing.
 */
import type { Person, Position, Proposition } from '../corpus/model';
import { hasEveryGroup, hasTerm } from './hasTerm';
import type { PersonMention } from './personMentions';
import { unquotedText, withinQuotation } from '../text/quotationRuns';
import { namedSpeakers } from './namedSpeakers';
import { featuresOf, speaksOfProposition } from './speaksOfProposition';

/** What the sentence before leaves to this one: who "she", "he" and "it" can be, and whom it named by name. */
export interface PeopleBefore {
  /** the last person of each pronoun named in the last few sentences, with how many sentences ago */
  pronouns: Map<'he' | 'she' | 'it', { personId: string; sentencesAgo: number }>;
  named: string[];
}

const PRONOUN_FORMS = { she: /\b(?:she|her)\b/i, he: /\b(?:he|him|his)\b/i, it: /\bit\b/i } as const;

/** how far back "she" may reach: the sentence before, or a quotation or two after the one that named her */
const PRONOUN_REACH = 3;

/** a quotation that opens in the first person: "We have to have a situation where…" */
const FIRST_PERSON_QUOTE = /^\s*["'\u2018\u201C]\s*(?:we|i)\b/i;
/** the quotation given to someone the sentence names after it, not one who spoke before: '…online," the four technology firms said' */
const SAID_BY_ANOTHER = /["\u201D]\s*,?\s*(?!(?:she|he|they|it|we|i)\s)(?:[\w'\u2019-]+\s+){1,5}(?:said|says|added|told|wrote|stated|insisted)\b/i;
/**
 * "said she would not ban encryption", "doesn't want a back door", "nor did she want back doors", "ruled out", "would not say whether…": a demand
 * taken back, or not made. "I don't need to understand how encryption works" takes back no demand, nor does
 * "'real people' do not want encryption": the ones who do not want are others.
 */
const NEGATION = /(?<!\b(?:people|users|customers|consumers|public|citizens)["'\u2019\u201D]?\s+(?:(?:do|does|did)\s*)?)(?:\bnot|\bnever|n't|\bnor\s+(?:did|does|do|would|will|is|was)\s+(?:she|he|they|it|we|i))\s+(?:\w+\s+)?(?:want|wants|seek|seeking|call|calling|ask|asking|demand|demanding|ban|banning|plan|planning|intend|support|need(?!\s+to\s+(?:understand|know)\b)|saying|say|drawn|suggest|suggested|suggesting|propose|proposed|proposing|opposed|against)\b|\b(?:ruled out|denied|declined to (?:say|comment)|no (?:plans?|intention|desire))\b/i;
/** "she" or "he" as the one who says or wants: after a clause's start, or in "What she wants is…" */
const PRONOUN = /(?:^|[,;:"]\s*|\b(?:and|but|as|when|after|while|though|although|because)\s+|\bwhat\s+(?=(?:she|he)\s+(?:wants?|wanted|would\s+like|is\s+(?:saying|asking|demanding))\b))(?:(she|he)\s+(?!(?:and|or|of|to|in)\b)[a-z]|(it)\s+(?:said|says|told|added|argued|insisted|urged|called|wants|wanted|warned|believes|claimed|stressed|accused|criticised|criticized|attacked|demanded|asked|pressed|echoed|refused|declined|has\s+(?:said|refused|insisted|declined)|had\s+(?:said|refused|insisted|declined)|also)\b)/i;
/** a sentence that opens with "She" or "He" ("Although she will voice…"), or with "Her call…", is about what that person did or wants */
const SUBJECT_PRONOUN = /^\W*(?:(?:although|though|while|whilst|as|when|if|because|but|and)\s+|(?:speaking|writing|appearing|talking|interviewed|asked)\b[^,;:"\u201C]{0,80},\s*)?(she|he)\b|^\W*(?:(?:but|and|yet|so)\s+)?(her|his)\s+(?:\w+\s+)?(?:call|calls|demand|demands|plan|plans|proposal|proposals|push|comments|remarks|words|intervention|attack|crusade|campaign|insistence|warning|message|view|views|stance|argument|point|position|claim|claims|suggestion|statement|rhetoric|idea|request|solution|answer|critique|belief|beliefs|opinion|desire|wish|plea|bid|war|drive|efforts?)\b/i;
/** "According to her, intelligence services must be able to…": the view of the one the text before named */
const ACCORDING_TO = /\baccording to (her|him)\b/i;
/** a mention that says or demands: "Rudd said", "the Home Secretary called for", "according to Rudd" */
const ATTRIBUTION_AFTER = /^(?:['\u2019]s\s+\w+\s+)?\s*(?:,[^,]{0,60},\s*)?(?:has\s+|have\s+|had\s+|also\s+|all\s+|both\s+|then\s+|later\s+|will\s+|would\s+)*(?:said|says|told|added|argued|insisted|urged|called|calls|wants|wanted|demanded|demands|warned|believes|believed|thinks|lined up|joined forces|claimed|claims|stressed|accused|criticised|criticized|attacked|hit out|echoed|backed|made|asked|pressed|summoned|ordered|is to|was)\b/i;
/** "according to Rudd", "…, said Rudd": a "said" after a clause's end, not "Rudd said WhatsApp should…" */
const ATTRIBUTION_BEFORE = /(?:\b(?:according to|(?<!\b(?:backed|supported|joined|criticised|criticized|attacked|accused|warned|used|sent|driven|killed|stabbed|shot|murdered|committed|owned|run|operated|founded|hit|injured|wounded)\s)by|from)|(?:^|[,;:"'\u2019\u201D]\s*)(?:said|says|told))\s+(?:the\s+)?$/i;

/** a demand taken back, to the end of its clause: "was not calling for encryption to be banned" (up to ", but insisted…") */
const TAKEN_BACK = new RegExp(String.raw`(?:${NEGATION.source})[^,;:–—]*?(?=[,;:–—]|\s-\s|but|$)`, 'gi');

const QUESTION_PUT = /\b(?:asked\s+(?:about|whether|if|why)|questioned\s+(?:about|on|over)|pressed\s+on)\b/i;

/** whether the sentence takes a demand back: "We're not saying open up", "would not ban encryption" */
export function takesBack(text: string): boolean {
  return NEGATION.test(text);
}

export function statedPositions(
  text: string,
  mentions: readonly PersonMention[],
  propositions: readonly Proposition[],
  positionsByProposition: ReadonlyMap<string, Position[]>,
  before: PeopleBefore,
  people: ReadonlyMap<string, Person>,
  /** who speaks in the sentence, when the page says so: a quotation in the first person is theirs */
  speaker?: string,
  /** the sentence's features for the learned proposition words (sentenceFeatures), read once per sentence */
  features: () => readonly string[] = () => featuresOf(text, mentions),
): Position[] {
  const lower = text.toLowerCase();
  const out: Position[] = [];
  /** holders whose demand the sentence only names as such ("Rudd's plans"), with the positions that gives them */
  const namedOnly = new Map<string, Position[]>();
  for (const proposition of propositions) {
    const held = positionsByProposition.get(proposition.id);
    if (!held?.length || !proposition.cues?.length) continue;
    const inWords = statesIn(lower, proposition) || speaksOfProposition(proposition, features);
    // "Rudd's call suggests a hazy grasp of encryption": a holder's demand, named as such, on the proposition's topic
    const named = !inWords && hasTerm(lower, proposition.cues[0]!) && mentions.some((m) => held.some((p) => p.holderId === m.personId) && DEMAND_AFTER.test(text.slice(m.end, m.end + 50)));
    const states = inWords || named;
    const opposes = proposition.againstCues ? hasTerm(lower, proposition.againstCues) : false;
    if (!states && !opposes) continue;
    // "was not calling for a ban, but insisted police must be able to get into WhatsApp": what is left once the
    // demand taken back is cut out must still state the proposition
    let kept: boolean | undefined;
    for (const holder of holdersOf(text, mentions, held, before, people, speaker)) {
      if (holder.stance === 'for' ? !(kept ??= statedOnceTakenBack(text, states, proposition, mentions)) || refusedBy(text, mentions, holder.holderId) : !(opposes || states)) continue;
      if (named && !opposes) namedOnly.set(holder.holderId, [...(namedOnly.get(holder.holderId) ?? []), holder]);
      else out.push(holder);
    }
  }
  // "Amber Rudd's WhatsApp encryption plans" names one demand: of the holder's views on the topic, the one the story
  // lists first, unless the sentence states one of them in words
  for (const [holderId, named] of namedOnly) if (!out.some((p) => p.holderId === holderId)) out.push(named[0]!);
  return out;
}

/** whether the lower-cased text carries the proposition: a term of each of its cue groups, or one of its signatures */
function statesIn(lower: string, proposition: Proposition): boolean {
  return (proposition.cues?.length ? hasEveryGroup(lower, proposition.cues) : false) || (proposition.signatures ? hasTerm(lower, proposition.signatures) : false);
}

/**
 * Whether the sentence still states the proposition once a demand it takes back is cut out: "was not calling
 * for a ban, but insisted police must be able to get into WhatsApp" does; so does what comes before the denial,
 * unless that is the question put to her ("when asked about banning encryption, Rudd said: 'I never did'").
 */
function statedOnceTakenBack(text: string, states: boolean, proposition: Proposition, mentions: readonly PersonMention[]): boolean {
  if (!states || !NEGATION.test(text)) return states;
  const cuts = [...text.matchAll(TAKEN_BACK)];
  const headEnd = cuts[0]!.index;
  const tailStart = cuts.at(-1)!.index + cuts.at(-1)![0].length;
  // what the sentence speaks of (the first cue group: "encrypted messages") may stand in the denial, and the demand after it:
  // "doesn't want to ban encrypted messages, she just wants the spooks to have access to them"
  const [topicGroup, ...demandGroups] = proposition.cues ?? [];
  const topic = topicGroup !== undefined && hasTerm(text.toLowerCase(), topicGroup);
  const statedIn = (from: number, to: number) => {
    const part = text.slice(from, to).toLowerCase();
    return statesIn(part, proposition) || (topic && hasEveryGroup(part, demandGroups)) || learnedIn(text, from, to, proposition, mentions);
  };
  return statedIn(tailStart, text.length) || (!QUESTION_PUT.test(text.slice(0, headEnd)) && statedIn(0, headEnd));
}

/** whether the proposition's learned words say that the part of the sentence from `from` to `to` speaks of it */
function learnedIn(text: string, from: number, to: number, proposition: Proposition, mentions: readonly PersonMention[]): boolean {
  const within = () => mentions.filter((m) => m.start >= from && m.end <= to).map((m) => ({ start: m.start - from, end: m.end - from }));
  return speaksOfProposition(proposition, () => featuresOf(text.slice(from, to), within()));
}

/**
 * What a sentence leaves to the next: the last person of each pronoun named lately (a sentence that says "she"
 * again keeps her in reach), and the people it names. A person named inside a quotation is spoken of by its
 * speaker, and the next "she" is still the speaker: "May said: 'The Home Secretary met them last week.' She added…".
 */
export function peopleLeftBy(text: string, mentions: readonly PersonMention[], people: ReadonlyMap<string, Person>, before: PeopleBefore, quoted: ReadonlyArray<readonly [number, number]> = []): PeopleBefore {
  const pronouns: PeopleBefore['pronouns'] = new Map();
  // a paragraph of quotation does not move the reporter's story on: after it, "she" is still the one she was before it
  const quotation = quoted.length > 0 && !/\p{L}/u.test(unquotedText(text, quoted));
  for (const [pronoun, was] of before.pronouns) {
    if (PRONOUN_FORMS[pronoun].test(text)) pronouns.set(pronoun, { ...was, sentencesAgo: 1 });
    else if (quotation) pronouns.set(pronoun, was);
    else if (was.sentencesAgo < PRONOUN_REACH) pronouns.set(pronoun, { ...was, sentencesAgo: was.sentencesAgo + 1 });
  }
  // "Diane Abbott said…": someone the corpus does not know speaks, and the next "she" or "he" may be them
  if (namedSpeakers(text).some((o) => !mentions.some((m) => m.start < o.end && m.end > o.index))) pronouns.clear();
  // "Both Rudd and Theresa May have spoken of…": a "she" after a sentence that names two women could be either, so is neither
  const namedHere = new Map<'he' | 'she' | 'it', Set<string>>();
  for (const m of mentions) {
    if (withinQuotation(m, quoted)) continue;
    const pronoun = people.get(m.personId)?.pronoun;
    if (!pronoun) continue;
    const ids = namedHere.get(pronoun) ?? new Set<string>();
    namedHere.set(pronoun, ids.add(m.personId));
  }
  for (const [pronoun, ids] of namedHere) {
    if (ids.size === 1) pronouns.set(pronoun, { personId: [...ids][0]!, sentencesAgo: 1 });
    else pronouns.delete(pronoun);
  }
  return { pronouns, named: [...new Set(mentions.filter((m) => m.by === 'name').map((m) => m.personId))] };
}

/**
 * "warned by", "accuses Amber Rudd of", "meet with the Home Secretary", "apps such as WhatsApp", "to say that WhatsApp
 * should hand over…", "to force WhatsApp to hand over": the person is spoken to or of, not speaking
 */
const SPOKEN_OF_BEFORE = /\b(?:(?<!\b(?:politicians|ministers|MPs|officials|lawmakers|leaders|figures)\s)(?:such as|including|like)|(?:say|says|said|saying) that|on|via|using|accuses|accused|accusing|criticised|criticized|criticises|criticizes|attacked|attacks|slammed|slams|warned|warns|told|urged|urges|force|forces|forced|forcing|compel|compels|compelled|compelling|pressure|pressured|pressuring|pressing|meet|meets|meeting|met|with|pointed|assured|reassured|wrote to|replied to|responded to|responding to|in response to|reacting to)\s+(?!by\b)(?:the\s+)?(?:(?!by\b)[\w'.-]+\s+){0,3}$/i;
/**
 * "Rudd has been warned…", and the one told what the speaker holds: "Amber Rudd doesn't seem to understand that by opening
 * up…", "(… important for Amber Rudd to understand) that there is no way to…": what follows is the critic's view
 */
const SPOKEN_OF_AFTER = /^\s*(?:(?:has\s+been|have\s+been|was|were|is|had\s+been)\s+(?:warned|told|urged)\b|(?:(?:does|do|did)\s*(?:not|n['\u2019]t)\s+|fails?\s+to\s+|failed\s+to\s+|to\s+)(?:(?:seem|appear)\s+to\s+)?(?:understand|realise|realize|grasp|accept|see)\b[^.;]{0,4}?\s*\)?\s*(?:that|how|why)\b)/i;
/** "…, with Prime Minister Theresa May saying the YouTube owner should do more": the one "with" is the one saying */
const WITH_BEFORE = /\bwith\s+(?:[\w'.-]+\s+){0,3}$/i;
const SAYING_AFTER = /^\s*(?:saying|warning|insisting|arguing|urging|calling)\b/i;
/**
 * "not cooperating", "refused to cooperate", "won't reveal", "turned down the request": the act the proposition asks for,
 * refused; "must not provide a secret place", "shouldn't allow" demand, and refuse nothing
 */
const REFUSED = /(?:\b(?:(?<!\b(?:must|should|shall)\s)(?:not|never)|refus\w*\s+to|declin\w*\s+to|fail\w*\s+to)|(?<!\b(?:must|should))n['\u2019]t)\s+(?:\w+\s+)?(?:co-?operat|help|assist|hand(?:ing)? over|give|share|allow|provide|reveal|disclose|release|unlock)|\bturned down\b/gi;

/**
 * Whether the holder is the one who refuses: the refusal comes after their mention with nobody else named
 * between ("WhatsApp is facing the heat for not cooperating"), not after another's ("Rudd criticised WhatsApp
 * for refusing to hand over messages" is still Rudd's demand).
 */
function refusedBy(text: string, mentions: readonly PersonMention[], holderId: string): boolean {
  for (const refusal of text.matchAll(REFUSED)) {
    const last = mentions.filter((m) => m.end <= refusal.index).at(-1);
    if (!last || last.personId === holderId) return true;
  }
  return false;
}

/** whether the mention says or demands something itself: "Rudd said", "the Home Secretary called for", "according to Rudd" */
function attributedTo(text: string, m: PersonMention): boolean {
  return ATTRIBUTION_AFTER.test(text.slice(m.end, m.end + 90)) || ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) || CALLING_AFTER.test(text.slice(m.end, m.end + 60));
}

/** "the risks Amber Rudd is creating in calling for firms…": what the one named does in calling for it is theirs */
const CALLING_AFTER = /^[^.;:"\u201C]{0,40}?\b(?:in|by|when|while)\s+(?:calling|demanding|urging|insisting|pushing|arguing)\b/i;

/**
 * The sentence gives the words to someone who holds no position on the proposition ("Rudd said WhatsApp should
 * help police": the view is Rudd's, not WhatsApp's), and neither gives words to a holder it names nor names
 * their view ("In response to Rudd's demands for a backdoor, WhatsApp said…").
 */
function spokenByAnother(text: string, holding: readonly PersonMention[], mentions: readonly PersonMention[]): boolean {
  const overlapsHolder = (start: number, end: number) => holding.some((m) => m.start < end && m.end > start);
  const others = namedSpeakers(text).some((o) => !overlapsHolder(o.index, o.end)) || mentions.some((m) => !overlapsHolder(m.start, m.end) && attributedTo(text, m));
  return others && !holding.some((m) => attributedTo(text, m) || HERS_AFTER.test(text.slice(m.end, m.end + 40)));
}

/** "Amber Rudd's proposals", "the Home Secretary's call": what follows is hers, whoever criticises it */
const HERS_AFTER = /^['\u2019]s\s+(?:[\w-]+\s+){0,2}(?:proposals?|plans?|calls?|demands?|ideas?|comments?|remarks?|push|bid|attack|assault|crusade|campaign|stance|views?|intervention)\b/i;

/** "Amber Rudd's WhatsApp encryption plans", "the Home Secretary's call": a demand of hers, named as such */
const DEMAND_AFTER = /^['\u2019]s\s+(?:[\w-]+\s+){0,2}(?:proposals?|plans?|calls?|demands?|push|bid|crusade|campaign)\b/i;

/** how far into a sentence the people it opens with may start: "Home Secretary Amber Rudd and…" */
const SUBJECT_REACH = 25;

/** between two people who say or want the same: "Theresa May and Amber Rudd have called…", "Rudd, Johnson and May" */
const JOINED = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/i;
/** "Johnson echoed Theresa May in saying…": the one echoed holds the view too */
const ECHOED = /^\s+(?:echoed|echoing|backed|backing|joined|agreed with|sided with)\s+(?:(?:British|UK|the)\s+)?(?:[\w'-]+\s+){0,3}$/i;

/** "Rudd, backed by the Prime Minister,", "Rudd's demand … won backing from Europol's Rob Wainwright": the one backing holds it too */
const BACKED_BY = /^\s*,?\s*(?:backed|supported|joined)\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$|\b(?:backing|support)\s+from\s+(?:[\w'\u2019-]+\s+){0,3}$/i;

/** The people the sentence gives the view to: one, or several said together ("May and Rudd have called…"). */
function holdersOf(text: string, mentions: readonly PersonMention[], held: readonly Position[], before: PeopleBefore, people: ReadonlyMap<string, Person>, speaker: string | undefined): Position[] {
  const one = holderOf(text, mentions, held, before, speaker) ?? actsLater(text, mentions, held, people);
  const holding = mentions.filter((m) => held.some((p) => p.holderId === m.personId));
  // "Lord Paddick called Amber Rudd's plan … draconian": a demand named as hers is hers, beside the speaker's view
  const together = new Set([...(one ? [one.holderId] : []), ...holding.filter((m) => DEMAND_AFTER.test(text.slice(m.end, m.end + 50))).map((m) => m.personId)]);
  if (together.size === 0) return [];
  // a list is read from its last name back: "Amber Rudd, Boris Johnson and Theresa May have all demanded"
  for (let i = holding.length - 2; i >= 0; i--) {
    const [a, b] = [holding[i]!, holding[i + 1]!];
    const between = text.slice(a.end, b.start);
    if ((JOINED.test(between) || ECHOED.test(between) || BACKED_BY.test(between)) && (together.has(a.personId) || together.has(b.personId))) {
      together.add(a.personId);
      together.add(b.personId);
    }
  }
  return held.filter((p) => together.has(p.holderId));
}

/** "…criticised Amber Rudd after she called for…": the one spoken of goes on to act, as "she", in the same sentence */
const ACTS_LATER = /^[^.;]{0,80}?\b(?:after|as|when|because|since|and|but)\s+(she|he)\s+(?:had\s+|has\s+)?(?:called|demanded|said|urged|suggested|insisted|argued|claimed|wanted|asked|told|warned|pressed)\b/i;
function actsLater(text: string, mentions: readonly PersonMention[], held: readonly Position[], people: ReadonlyMap<string, Person>): Position | undefined {
  const ids = [...new Set(mentions.filter((m) => held.some((p) => p.holderId === m.personId)).map((m) => m.personId))];
  if (ids.length !== 1) return undefined;
  const mention = mentions.find((m) => m.personId === ids[0])!;
  const later = ACTS_LATER.exec(text.slice(mention.end));
  return later && people.get(ids[0]!)?.pronoun === later[1]!.toLowerCase() ? held.find((p) => p.holderId === ids[0]) : undefined;
}

function holderOf(text: string, mentions: readonly PersonMention[], held: readonly Position[], before: PeopleBefore, speaker: string | undefined): Position | undefined {
  const holding = mentions.filter(
    (m) =>
      held.some((p) => p.holderId === m.personId) &&
      (HERS_AFTER.test(text.slice(m.end, m.end + 40)) || CALLING_AFTER.test(text.slice(m.end, m.end + 60)) || (WITH_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && SAYING_AFTER.test(text.slice(m.end, m.end + 20))) || (!SPOKEN_OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && !SPOKEN_OF_AFTER.test(text.slice(m.end, m.end + 50)))),
  );
  const distinct = [...new Set(holding.map((m) => m.personId))];
  let holderId: string | undefined;
  if (distinct.length === 1) holderId = spokenByAnother(text, holding, mentions) ? undefined : distinct[0];
  else if (distinct.length > 1) {
    const speaking = holding.filter((m) => attributedTo(text, m));
    const ids = [...new Set(speaking.map((m) => m.personId))];
    if (ids.length === 1) holderId = ids[0];
    // "Despite the suggestion made by the home secretary, a spokesperson for WhatsApp said…": of those given words, the one speaking
    else if (speaker && ids.length > 1 && ids.includes(speaker)) holderId = speaker;
    // "Amber Rudd and Boris Johnson have stepped up the heat on firms…": the two the sentence opens with, together (holdersOf adds the second)
    else if (ids.length === 0 && holding[0]!.start < SUBJECT_REACH && JOINED.test(text.slice(holding[0]!.end, holding[1]!.start))) holderId = holding[0]!.personId;
  } else if (!mentions.some((m) => held.some((p) => p.holderId === m.personId))) {
    // "she said…", or "She appeared on the BBC, urging…": the sentence's subject
    const subject = SUBJECT_PRONOUN.exec(text);
    const possessive = { her: 'she', his: 'he' }[subject?.[2]?.toLowerCase() ?? ''];
    const said = PRONOUN.exec(text);
    const according = { her: 'she', him: 'he' }[ACCORDING_TO.exec(text)?.[1]?.toLowerCase() ?? ''];
    const pronoun = (said?.[1] ?? said?.[2] ?? subject?.[1] ?? possessive ?? according)?.toLowerCase() as 'he' | 'she' | 'it' | undefined;
    if (pronoun) holderId = before.pronouns.get(pronoun)?.personId;
    // a quotation in the first person ("We have to have a situation where…") is its speaker's, or goes on from the one who spoke before
    else if (FIRST_PERSON_QUOTE.test(text)) {
      const holders = (speaker ? [speaker] : SAID_BY_ANOTHER.test(text) ? [] : before.named).filter((id) => held.some((p) => p.holderId === id));
      if (holders.length === 1) holderId = holders[0];
    }
    // the words of the one the page says speaks them, in the quotation that runs on from "For Rudd continues:"
    else if (speaker && held.some((p) => p.holderId === speaker)) holderId = speaker;
  }
  return holderId ? held.find((p) => p.holderId === holderId) : undefined;
}

/**
 * The patterns the sentences of a page (its text lower-cased: `lower`) are read with for the holders of the
 * positions they state: none when the page states none of the propositions.
 */
export function statedPositionPatterns(lower: string, propositions: readonly Proposition[]): RegExp[] {
  if (!propositions.some((p) => statesIn(lower, p))) return [];
  return [NEGATION, TAKEN_BACK, PRONOUN, SUBJECT_PRONOUN, ACCORDING_TO, FIRST_PERSON_QUOTE, SAID_BY_ANOTHER, ATTRIBUTION_AFTER, ATTRIBUTION_BEFORE, SPOKEN_OF_BEFORE, SPOKEN_OF_AFTER, WITH_BEFORE, SAYING_AFTER, REFUSED, CALLING_AFTER, HERS_AFTER, DEMAND_AFTER, JOINED, ECHOED, BACKED_BY, ACTS_LATER, QUESTION_PUT];
}
