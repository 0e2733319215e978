/**
 * A quote retold in the reporter's words: the sentence names the quote's speaker and carries a phrase of the
 * quote, its content words close together though not word for word. "Home Secretary Amber Rudd is right to …
 * tell them the terrorists should have no place to hide" retells "there should be no place for terrorists to
 * hide"; "Rudd said … steam open letters" retells "people would steam-open envelopes". Three of the quote's
 * words within a few words of each other, in the sentence and in the quote, make the phrase.
 */
import type { Quote } from '../corpus/model';
import { contentWords } from '../text/terms';

/** how many content words three of the quote's may spread over */
const WINDOW = 6;
/** content words too common in speech to carry a phrase: "we need to make sure", "like that" */
const WEAK = new Set(contentWords('make sure need needs like want wants get gets take go goes come know think way say tell ask work see look use well really lot thing things people going able'));

/** how many content words of the quote the three must lie within */
const QUOTE_SPAN = 4;

/** each quote's content words, read once */
const wordsOfQuote = new WeakMap<Quote, string[]>();
function quoteWords(quote: Quote): string[] {
  let words = wordsOfQuote.get(quote);
  if (!words) wordsOfQuote.set(quote, (words = contentWords(quote.text)));
  return words;
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
    const strength = phraseStrength(words, own, topical);
    if (strength > 0 && (!best || strength > best.strength || (strength === best.strength && quote.text.length < best.quote.text.length))) best = { quote, strength };
  }
  return best?.quote;
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
      if (shared.length >= 3 && shared.filter((w) => !WEAK.has(w) && !topical(w)).length >= 2) return 3;
    }
  }
  return 0;
}
