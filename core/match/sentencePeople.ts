/**
 * The people of each page sentence, read in page order before any matching: whom it names, who "she" and "he"
 * can be when it starts, and who speaks in it, by its own words ("…, she said") or by the quotation it is part of
 * (a sentence inside Mrs May's three-paragraph quotation is hers, though her name is in the first).
 */
import type { Person } from '../corpus/model';
import { foldPunctuation } from '../text/normalize';
import { quotationRuns, unquotedText } from '../text/quotationRuns';
import { personMentions, type PersonMention } from './personMentions';
import { speakerOf } from './speakerOf';
import { peopleLeftBy, type PeopleBefore } from './statedPositions';

export interface SentencePeople {
  /** the sentence with curly quotes and dashes folded, as the people and position readers see it */
  folded: string;
  mentions: PersonMention[];
  before: PeopleBefore;
  /** who speaks in the sentence, if the page says so */
  speaker?: string;
  /** the quotation the sentence is part of, if any */
  run?: number;
}

export function sentencePeople(sentences: readonly string[], people: ReadonlyMap<string, Person>): SentencePeople[] {
  const runs = quotationRuns(sentences);
  let left: PeopleBefore = { pronouns: new Map(), named: [] };
  const read = sentences.map((text, i): SentencePeople => {
    const before = left;
    const folded = foldPunctuation(text);
    const mentions = personMentions(folded, people);
    left = peopleLeftBy(folded, mentions, people, before);
    const { quoted } = runs[i]!;
    const speaker = quoted.length > 0 || /\b(?:said|says|told|added|wrote|continued)\b/i.test(folded) ? speakerOf(unquotedText(folded, quoted), mentions, people, before) : undefined;
    const { run } = runs[i]!;
    return { folded, mentions, before, ...(run !== undefined ? { run } : {}), ...(speaker ? { speaker } : {}) };
  });
  // a quotation's speaker, named in any of its sentences, speaks in all of them
  const runSpeakers = new Map<number, string | null>();
  runs.forEach((r, i) => {
    const speaker = read[i]!.speaker;
    if (r.run === undefined || !speaker) return;
    const known = runSpeakers.get(r.run);
    runSpeakers.set(r.run, known === undefined || known === speaker ? speaker : null);
  });
  runs.forEach((r, i) => {
    const speaker = r.run === undefined ? undefined : runSpeakers.get(r.run);
    if (speaker && !read[i]!.speaker) read[i]!.speaker = speaker;
  });
  return read;
}
