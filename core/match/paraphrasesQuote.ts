/**
 * A page sentence paraphrases a corpus quote when it attributes the words to the quote's speaker (or names the
 * venue) and either repeats a quoted fragment of them ("completely unacceptable") or carries most of their
 * content words. Reported speech rarely scores high against the passage as a whole, because the passage adds
 * its own attribution; this looks at the quote itself.
 */
import type { Person, Quote } from '../corpus/model';
import { normalizeForMatch } from '../text/normalize';
import { contentWords } from '../text/terms';

const MIN_COVER = 0.45;
/** "the Home Secretary's comments": her words; "the Home Secretary's place", "Rudd's department": not */
const SPEECH_NOUNS = String.raw`(?:comments?|words|remarks?|calls?|demands?|claims?|statements?|views?|arguments?|interview|article|column|op-ed|message|warnings?|plea|insistence|suggestion|proposals?|plans?)\b`;
const QUOTED = /["\u201C\u201D\u2018\u2019']([^"\u201C\u201D\u2018\u2019']{6,}?)["\u201C\u201D\u2018\u2019']/g;

export function paraphrasesQuote(sentence: string, quote: Quote, speaker: Person | undefined, weight: (word: string) => number): boolean {
  const { folded, words } = sentenceRead(sentence);
  const { quoteText, venueWords, quoteWords } = quoteRead(quote);
  const names = [quote.speaker, ...(speaker ? [speaker.name, ...speaker.aliases] : [])].map(surname);
  const attributed = names.some((n) => n.length > 2 && attributionPattern(n).test(folded)) || venueWords.some((w) => words.includes(w));
  if (!attributed) return false;

  for (const m of folded.matchAll(QUOTED)) {
    const fragment = m[1]!.trim();
    if (fragment.split(' ').length >= 2 && quoteText.includes(fragment)) return true;
  }
  const nameWords = new Set(names.flatMap((n) => contentWords(n)));
  let covered = 0;
  let total = 0;
  // the speaker's name says who, not what: "Dear home secretary," carries none of her words
  let saysSomething = false;
  for (const w of new Set(words)) {
    const wt = weight(w);
    total += wt;
    if (nameWords.has(w)) covered += wt;
    else if (quoteWords.has(w)) {
      covered += wt;
      saysSomething = true;
    }
  }
  return saysSomething && covered / total >= MIN_COVER;
}

/** the last word of a name, folded: "Amber Rudd" -> "rudd" */
const surnames = new Map<string, string>();
function surname(name: string): string {
  let folded = surnames.get(name);
  if (folded === undefined) surnames.set(name, (folded = normalizeForMatch(name).split(' ').pop() ?? ''));
  return folded;
}

/** "rudd" named as the one whose words they are (not "Rudd's department"), compiled once per name */
const attributionPatterns = new Map<string, RegExp>();
function attributionPattern(name: string): RegExp {
  let pattern = attributionPatterns.get(name);
  if (!pattern) attributionPatterns.set(name, (pattern = new RegExp(`\\b${name}\\b(?!'s (?!${SPEECH_NOUNS})\\w)`)));
  return pattern;
}

/** the sentence as the readers see it, read once for all the quotes it is compared with */
let lastSentence: { sentence: string; folded: string; words: string[] } | undefined;
function sentenceRead(sentence: string): { folded: string; words: string[] } {
  if (lastSentence?.sentence !== sentence) lastSentence = { sentence, folded: normalizeForMatch(sentence), words: contentWords(sentence) };
  return lastSentence;
}

/** a quote's folded text, its venue's telling words and its own words with them, read once per quote */
const quotesRead = new WeakMap<Quote, { quoteText: string; venueWords: string[]; quoteWords: Set<string> }>();
function quoteRead(quote: Quote): { quoteText: string; venueWords: string[]; quoteWords: Set<string> } {
  let read = quotesRead.get(quote);
  if (!read) {
    const venueWords = contentWords(quote.venue ?? '').filter((w) => w.length > 3 && !['show', 'news', 'sunday'].includes(w));
    read = { quoteText: normalizeForMatch(quote.text), venueWords, quoteWords: new Set([...contentWords(quote.text), ...venueWords]) };
    quotesRead.set(quote, read);
  }
  return read;
}
