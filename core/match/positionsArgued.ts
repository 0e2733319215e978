/**
 * A careful reader follows an argument past the sentence that states it: what the speaker goes on to say while
 * one of their positions is in focus (the rest of the quotation, her words reported just after), and a holder
 * pressing the firms to act on the demand the page gave them ("ready to use legislation to force them to act").
 */
import type { Position, Proposition } from '../corpus/model';
import type { Story } from '../story/model';
import { contentWords } from '../text/terms';
import { hasTerm } from './hasTerm';
import { namesAnotherEvent } from './namesAnotherEvent';
import type { PersonMention } from './personMentions';
import type { PositionsInFocus } from './positionsInFocus';
import { speaksOfProposition } from './speaksOfProposition';
import { takesBack } from './statedPositions';

/** what these readers look at in a sentence */
export interface ArguingContext {
  story: Story;
  sentence: string;
  /** the sentence with curly quotes and dashes folded */
  folded: string;
  sentenceIndex: number;
  /** the corpus people the sentence names or describes */
  mentions: readonly PersonMention[];
  /** the sentence's features for the learned proposition words, read once per sentence */
  features: () => readonly string[];
}

const STARTS_QUOTATION = /^\W*["\u201C\u2018]/;
/** a sentence goes on arguing a position only with this many content words ("They have made some progress" does not) */
const ARGUING_WORDS = 5;
/** a picture's caption or credit, which argues nothing: "Boris Johnson © Provided by Press Association" */
const CAPTION = /©|\(c\)\s|\bprovided by\b|\b(?:photograph|photo|picture|image)\s*:|\bgetty images\b/i;

/**
 * Positions the speaker goes on arguing: a sentence the speaker says while a position of theirs is in focus,
 * with enough words to argue anything, no demand taken back, not a caption or another event, not about someone
 * else's doings, and not moved on to another proposition.
 */
export function positionsArgued(positions: readonly Position[], context: ArguingContext, speakerId: string, focus: PositionsInFocus, propositions: ReadonlyMap<string, Proposition>, linked: ReadonlySet<string>): Position[] {
  const inFocus = focus.of(speakerId, context.sentenceIndex).filter((position) => !linked.has(position.id));
  if (inFocus.length === 0) return [];
  // too few words of its own to argue, a demand taken back, a caption, another event ("in the wake of the Manchester attack last week")
  if (arguingWords(context) < ARGUING_WORDS || takesBack(context.folded) || CAPTION.test(context.folded) || namesAnotherEvent(context.sentence, context.story)) return [];
  // "The Home Secretary met them last week", inside Mrs May's words: a sentence about someone else's doings
  const subject = context.mentions[0];
  if (subject && subject.personId !== speakerId && subject.start < 25) return [];
  const lower = context.folded.toLowerCase();
  // a sentence that speaks of another proposition (two of its cue groups) and not of this one has moved on
  const elsewhere = (propositionId: string) =>
    cueGroupsHit(lower, propositions.get(propositionId)) === 0 && [...propositions.values()].some((p) => p.id !== propositionId && cueGroupsHit(lower, p) >= PLAINLY);
  // the argument goes on with the one of the speaker's positions the sentence speaks of most, and moves to another
  // of theirs that it speaks of plainly (two of its cue groups): "The area that I am most concerned about is the
  // internet companies who are continuing to publish the hate material"
  const own = positions.filter((p) => p.holderId === speakerId);
  const theirs = [...new Set([...inFocus, ...own.filter((p) => !linked.has(p.id))])];
  const howPlainly = (position: Position) => plainness(lower, propositions.get(position.propositionId), context.features);
  const hits = new Map(theirs.map((position) => [position, howPlainly(position)]));
  const eligible = theirs.filter((position) => inFocus.includes(position) || hits.get(position)! >= PLAINLY);
  // …unless the sentence speaks more of a position of theirs it already links
  const linkedMost = Math.max(0, ...own.filter((p) => linked.has(p.id)).map(howPlainly));
  const most = Math.max(0, ...eligible.map((position) => hits.get(position)!));
  if (linkedMost > most) return [];
  // a paragraph of quotation that speaks of none of them ("Evil flourishes when good men do nothing") argues none
  if (most === 0 && STARTS_QUOTATION.test(context.sentence)) return [];
  return most === 0 ? inFocus.filter((position) => !elsewhere(position.propositionId)) : eligible.filter((position) => hits.get(position) === most);
}

/** pressing the firms to do as the holder demands: "ready to use legislation to force them to act", "hauls them in" */
const PRESSURE = /\b(?:legislat\w*|new laws?|further laws?|(?:change|changing) the law|force (?:them|the firms|the companies|tech)|lean on|haul\w*|persuade|voluntar\w*|comply)\b/i;

/**
 * A holder the page has linked to a position, pressing the firms to act on it, pursues that position: "Ms Rudd
 * said she hoped to reach a voluntary agreement with tech firms, but hinted she was ready to use legislation".
 */
export function positionsPressed(context: ArguingContext, focus: PositionsInFocus, speaker: string | undefined): Position[] {
  if (!PRESSURE.test(context.folded) || takesBack(context.folded) || namesAnotherEvent(context.sentence, context.story)) return [];
  const subject = context.mentions[0];
  const holderId = subject && subject.start < 30 ? subject.personId : speaker;
  return holderId ? focus.last(holderId) : [];
}

/** the words that say what is said, not who says it: "She added: 'My starting point is pretty straightforward.'" has four */
const SAYING = /\b(?:said|says|say|added|adds|told|tells|wrote|writes|insisted|argued|stressed|explained|continued|went on|she|he|they|her|his)\b/gi;
function arguingWords(context: ArguingContext): number {
  let text = context.folded;
  for (const m of [...context.mentions].reverse()) text = text.slice(0, m.start) + ' ' + text.slice(m.end);
  return new Set(contentWords(text.replace(SAYING, ' '))).size;
}

/** a sentence speaks of a proposition plainly with two of its cue groups, or when the learned words say it does */
export const PLAINLY = 2;

/**
 * How plainly a sentence speaks of a proposition: the cue groups it has a term of, or PLAINLY when the learned
 * words say it speaks of it.
 */
export function plainness(lower: string, proposition: Proposition | undefined, features: () => readonly string[]): number {
  return Math.max(cueGroupsHit(lower, proposition), speaksOfProposition(proposition, features) ? PLAINLY : 0);
}

/** how many of the proposition's cue groups the sentence has a term of, its counter-cues counting as one */
function cueGroupsHit(lower: string, proposition: Proposition | undefined): number {
  if (!proposition) return 0;
  const groups = [...(proposition.cues ?? []), ...(proposition.signatures ? [proposition.signatures] : []), ...(proposition.againstCues ? [proposition.againstCues] : [])];
  return groups.filter((group) => hasTerm(lower, group)).length;
}
