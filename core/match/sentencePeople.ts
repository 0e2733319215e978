/**
 * The people of each page sentence, read in page order before any matching: whom it names, who "she" and "he"
 * can be when it starts, and who speaks in it, by its own words ("…, she said") or by the quotation it is part of
 * (a sentence inside Mrs May's three-paragraph quotation is hers, though her name is in the first).
 */
import type { Person } from '../corpus/model';
import { foldPunctuation } from '../text/normalize';
import { quotationRuns, unquotedText } from '../text/quotationRuns';
import type { TextSpan } from '../text/segment';
import { personMentions, type PersonMention } from './personMentions';
import { roleReferences } from './roleReferences';
import { saysSomeone, speakerOf } from './speakerOf';
import { peopleLeftBy, type PeopleBefore } from './statedPositions';

export interface SentencePeople {
  /** the sentence with curly quotes and dashes folded, as the people and position readers see it */
  folded: string;
  mentions: PersonMention[];
  before: PeopleBefore;
  /** who speaks in the sentence, if the page says so */
  speaker?: string;
  /** the reporter's words say that someone speaks, whoever it is ("Alec Muffett told the Guardian", "critics say") */
  someoneSpeaks: boolean;
  /** the spans of `folded` within quotation marks */
  quoted: ReadonlyArray<readonly [number, number]>;
}

/** a paragraph of quotation, not a word in quotation marks within the reporter's sentence */
const STARTS_QUOTED = /^\s*["\u201C]/;

/**
 * Who a sentence that ends in a colon hands the quotation after it to: its speaker, or the one person it names
 * when it says someone speaks ("Instead, Rudd, who … is in a very powerful position …, said this while talking
 * about…:").
 */
function introducedBy(text: string, read: SentencePeople): string | undefined {
  if (!/:\s*$/.test(text)) return undefined;
  if (read.speaker) return read.speaker;
  const named = [...new Set(read.mentions.map((m) => m.personId))];
  return read.someoneSpeaks && named.length === 1 ? named[0] : undefined;
}

/**
 * How far the people of a page's first `end` sentences must be read to be what reading the whole page gives: to the
 * end of the quotation the last of them is part of (its speaker, named in any of its sentences, speaks in all).
 */
export function peopleReadEnd(sentences: readonly TextSpan[], end: number): number {
  if (end >= sentences.length) return sentences.length;
  if (end <= 0) return 0;
  const runs = quotationRuns(sentences);
  let through = end;
  while (through < sentences.length && runs[through]!.run !== undefined && runs[through]!.run === runs[through - 1]!.run) through++;
  return through;
}

export function sentencePeople(sentences: readonly TextSpan[], people: ReadonlyMap<string, Person>): SentencePeople[] {
  const runs = quotationRuns(sentences);
  let left: PeopleBefore = { pronouns: new Map(), named: [] };
  /** quotations the reporter gives to someone, whether or not the corpus knows them */
  const attributed = new Set<number>();
  /** when the page last named each person, and whom it named in that sentence */
  const lastNamed = new Map<string, { sentenceIndex: number; with: string[] }>();
  const read = sentences.map(({ text }, i): SentencePeople => {
    const before = left;
    const folded = foldPunctuation(text);
    const named = personMentions(folded, people);
    const mentions = [...named, ...roleReferences(folded, named, people, i, lastNamed)].sort((a, b) => a.start - b.start);
    const ids = [...new Set(named.map((m) => m.personId))];
    for (const id of ids) lastNamed.set(id, { sentenceIndex: i, with: ids });
    const { quoted, run } = runs[i]!;
    left = peopleLeftBy(folded, mentions, people, before, quoted);
    const unquoted = unquotedText(folded, quoted);
    const speaker = speakerOf(unquoted, mentions, people, before);
    const someoneSpeaks = saysSomeone(unquoted);
    if (run !== undefined && someoneSpeaks) attributed.add(run);
    return { folded, mentions, before, someoneSpeaks, quoted, ...(speaker ? { speaker } : {}) };
  });
  // a quotation's speaker, named in any of its sentences, speaks in all of them
  const runSpeakers = new Map<number, string | null>();
  runs.forEach((r, i) => {
    const speaker = read[i]!.speaker;
    if (r.run === undefined || !speaker) return;
    const known = runSpeakers.get(r.run);
    runSpeakers.set(r.run, known === undefined || known === speaker ? speaker : null);
  });
  // a quotation that names nobody, right after one whose speaker is known, goes on with the same speaker
  runs.forEach((r, i) => {
    if (r.run === undefined) return;
    const opensHere = i === 0 || runs[i - 1]!.run !== r.run;
    if (opensHere && STARTS_QUOTED.test(sentences[i]!.text) && runSpeakers.get(r.run) === undefined && !attributed.has(r.run) && i > 0) {
      // the speaker of the quotation just before, or the one a sentence ending in a colon hands it to
      const handedOn = runs[i - 1]!.run !== undefined && read[i - 1]!.speaker ? read[i - 1]!.speaker : introducedBy(sentences[i - 1]!.text, read[i - 1]!);
      if (handedOn) runSpeakers.set(r.run, handedOn);
    }
    const speaker = runSpeakers.get(r.run);
    if (speaker && !read[i]!.speaker) read[i]!.speaker = speaker;
  });
  return read;
}
