/**
 * Positions stated in a reporter's own words: "The Home Secretary has called for messaging firms to open a way
 * in for the security services". A sentence states a corpus position when it carries the proposition (a term
 * of each of its cue groups, from the story's data), names the holder (by name, alias or description, or as
 * "she"/"he"/"it" when the sentence before named them) and does not negate it ("would not", "doesn't want").
 * A holder the sentence cannot pin down, or two holders it cannot tell apart, gives nothing.
 */
import type { Person, Position, Proposition } from '../corpus/model';
import { foldPunctuation } from '../text/normalize';
import { hasEveryGroup, hasTerm } from './hasTerm';
import { personMentions, type PersonMention } from './personMentions';

/** who a pronoun stands for: the last person of that pronoun named in the sentence before, if any */
export type PronounReferents = Map<'he' | 'she' | 'it', string>;

/** "said she would not ban encryption", "doesn't want a back door", "ruled out": a demand taken back */
const NEGATION = /\b(?:not|never|n't)\s+(?:\w+\s+)?(?:want|wants|seek|seeking|call|calling|ask|asking|demand|demanding|ban|banning|plan|planning|intend|support|need)\b|\b(?:ruled out|denied|no (?:plans?|intention|desire))\b/i;
const PRONOUN = /(?:^|[,;:"]\s*|\b(?:and|but|as|when|after)\s+)(she|he|it)\s+(?:said|says|told|added|argued|insisted|urged|called|wants|wanted|warned|believes|claimed|stressed|made|has|had|will|would|is|was|also)\b/i;
/** a mention that says or demands: "Rudd said", "the Home Secretary called for", "according to Rudd" */
const ATTRIBUTION_AFTER = /^(?:['\u2019]s\s+\w+\s+)?\s*(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+|also\s+|then\s+|later\s+|will\s+|would\s+)*(?:said|says|told|added|argued|insisted|urged|called|calls|wants|wanted|demanded|demands|warned|believes|claimed|claims|stressed|accused|criticised|criticized|attacked|hit out|echoed|backed|made|asked|pressed|summoned|ordered|is to|was)\b/i;
const ATTRIBUTION_BEFORE = /\b(?:according to|said|says|told|by|from)\s+(?:the\s+)?$/i;

export function statedPositions(
  sentence: string,
  propositions: readonly Proposition[],
  positionsByProposition: ReadonlyMap<string, Position[]>,
  people: ReadonlyMap<string, Person>,
  referents: PronounReferents,
): Position[] {
  const text = foldPunctuation(sentence);
  const lower = text.toLowerCase();
  let mentions: PersonMention[] | undefined;
  const out: Position[] = [];
  for (const proposition of propositions) {
    const held = positionsByProposition.get(proposition.id);
    if (!held?.length || !proposition.cues?.length) continue;
    const states = hasEveryGroup(lower, proposition.cues);
    const opposes = (proposition.againstCues ?? []).some((term) => hasTerm(lower, term));
    if (!states && !opposes) continue;
    mentions ??= personMentions(text, people);
    const holder = holderOf(text, mentions, held, referents);
    if (!holder) continue;
    if (holder.stance === 'for' ? !states || NEGATION.test(text) : !(opposes || states)) continue;
    out.push(holder);
  }
  return out;
}

/** What "she", "he" and "it" can stand for in the next sentence: the last person of each pronoun this one names. */
export function referentsOf(sentence: string, people: ReadonlyMap<string, Person>): PronounReferents {
  const referents: PronounReferents = new Map();
  for (const m of personMentions(foldPunctuation(sentence), people)) {
    const pronoun = people.get(m.personId)?.pronoun;
    if (pronoun) referents.set(pronoun, m.personId);
  }
  return referents;
}

function holderOf(text: string, mentions: readonly PersonMention[], held: readonly Position[], referents: PronounReferents): Position | undefined {
  const holding = mentions.filter((m) => held.some((p) => p.holderId === m.personId));
  const distinct = [...new Set(holding.map((m) => m.personId))];
  let holderId: string | undefined;
  if (distinct.length === 1) holderId = distinct[0];
  else if (distinct.length > 1) {
    const speaking = holding.filter((m) => ATTRIBUTION_AFTER.test(text.slice(m.end, m.end + 90)) || ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)));
    const ids = [...new Set(speaking.map((m) => m.personId))];
    if (ids.length === 1) holderId = ids[0];
  } else if (mentions.length === 0) {
    const pronoun = PRONOUN.exec(text)?.[1]?.toLowerCase() as 'he' | 'she' | 'it' | undefined;
    if (pronoun) holderId = referents.get(pronoun);
  }
  return holderId ? held.find((p) => p.holderId === holderId) : undefined;
}
