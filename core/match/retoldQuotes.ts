/**
 * A quote retold in the reporter's words: the sentence names the quote's speaker and carries a phrase of the
 * quote, its content words close together though not word for word. "Home Secretary Amber Rudd is right to …
 * tell them the terrorists should have no place to hide" retells "there should be no place for terrorists to
 * hide"; "Rudd said … steam open letters" retells "people would steam-open envelopes". Three of the quote's
 * words within a few words of each other, in the sentence and in the quote, make the phrase, and so does one of
 * its compounds written apart ("steam open", "steamed open").
 */
import type { Quote } from '../corpus/model';
import { contentWords, isWeakWord } from '../text/terms';

/** how many content words three of the quote's may spread over */
const WINDOW = 6;
/** how many content words of the quote the three must lie within */
const QUOTE_SPAN = 4;

/** each quote's content words, read once */
const wordsOfQuote = new WeakMap<Quote, string[]>();
function quoteWords(quote: Quote): string[] {
  let words = wordsOfQuote.get(quote);
  if (!words) wordsOfQuote.set(quote, (words = retoldWords(quote.text)));
  return words;
}

/**
 * Words a reporter puts for a speaker's own when retelling them, as stems: "a safe place for terrorists to
 * exchange information" retells "a secret place for terrorists to communicate", "steamed open letters" retells
 * "steam-open envelopes".
 */
const SAME_SENSE: Record<string, string> = {
  saf: 'secret',
  exchang: 'communicat', talk: 'communicat', chat: 'communicat', chatt: 'communicat',
  letter: 'envelop',
  intolerabl: 'unacceptabl',
};

/** content words as a retelling is compared: "co-operating" and "cooperating" alike, a word and the one it stands for alike */
export function retoldWords(text: string): string[] {
  return contentWords(text.replace(/\bco-(?=op)/gi, 'co')).map((w) => SAME_SENSE[w] ?? w);
}

/** each quote's compounds of two full words ("steam-open"), as two stemmed words, read once */
const compoundsOfQuote = new WeakMap<Quote, string[]>();
function quoteCompounds(quote: Quote): string[] {
  let compounds = compoundsOfQuote.get(quote);
  if (!compounds) {
    compounds = [...quote.text.matchAll(/\b(\p{L}{4,})-(\p{L}{4,})\b/gu)].map((m) => contentWords(`${m[1]} ${m[2]}`)).filter((w) => w.length === 2).map((w) => w.join(' '));
    compoundsOfQuote.set(quote, compounds);
  }
  return compounds;
}

/** a short quote ("have to act") retold word for word but for the tense: "had to act" */
const SHORT_QUOTE_WORDS = 4;
const TENSES: Record<string, string> = { have: 'have|has|had', has: 'have|has|had', had: 'have|has|had', is: 'is|was|are|were', are: 'is|was|are|were', was: 'is|was|are|were', were: 'is|was|are|were', will: 'will|would', would: 'will|would' };
const shortQuotePatterns = new WeakMap<Quote, RegExp | null>();
function shortQuotePattern(quote: Quote): RegExp | null {
  let pattern = shortQuotePatterns.get(quote);
  if (pattern === undefined) {
    const words = quote.text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
    pattern = words.length >= 2 && words.length <= SHORT_QUOTE_WORDS ? new RegExp(`\\b${words.map((w) => `(?:${TENSES[w] ?? w.replace(/'/g, "['\u2019]")})`).join('\\s+')}\\b`, 'i') : null;
    shortQuotePatterns.set(quote, pattern);
  }
  return pattern;
}

/** The short quote the sentence says again with only its tense changed: "the firms … now had to act". */
export function retoldShortQuote(sentence: string, quotes: readonly Quote[]): Quote | undefined {
  return quotes.find((quote) => shortQuotePattern(quote)?.test(sentence));
}

/**
 * `words`: the sentence's content words (terms.ts); `quotes`: the quotes of the people the sentence names;
 * `topical`: whether a word is one the story's arguments are made of ("encrypted", "WhatsApp", "access"): a
 * retelling needs two words of the quote besides those, or it retells the topic, not the quote.
 */
export function retoldQuote(words: readonly string[], quotes: readonly Quote[], topical: (word: string) => boolean): Quote | undefined {
  let best: { quote: Quote; strength: number } | undefined;
  for (const quote of quotes) {
    const own = quoteWords(quote);
    const strength = phraseStrength(words, own, topical) || compoundStrength(words, quoteCompounds(quote));
    if (strength > 0 && (!best || strength > best.strength || (strength === best.strength && quote.text.length < best.quote.text.length))) best = { quote, strength };
  }
  return best?.quote;
}

/** 2 when the sentence writes one of the quote's compounds as two words side by side: "steamed open" for "steam-open" */
function compoundStrength(words: readonly string[], compounds: readonly string[]): number {
  if (compounds.length === 0) return 0;
  for (let i = 0; i + 1 < words.length; i++) if (compounds.includes(`${words[i]} ${words[i + 1]}`)) return 2;
  return 0;
}

/** three words of the quote close together in the sentence, and as close in the quote: a phrase of it, not its topic */
function phraseStrength(words: readonly string[], quote: readonly string[], topical: (word: string) => boolean): number {
  const inQuote = new Set(quote);
  for (let i = 0; i < words.length; i++) {
    if (!inQuote.has(words[i]!)) continue;
    const near = [...new Set(words.slice(i, i + WINDOW).filter((w) => inQuote.has(w)))];
    if (near.length < 3) continue;
    for (let k = 0; k < quote.length; k++) {
      const span = new Set(quote.slice(k, k + QUOTE_SPAN));
      const shared = near.filter((w) => span.has(w));
      if (shared.length >= 3 && shared.filter((w) => !isWeakWord(w) && !topical(w)).length >= 2) return 3;
    }
  }
  return 0;
}
