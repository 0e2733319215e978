/**
 * Index terms: the folded, lower-cased content words of a text and their word bigrams. The index and the
 * candidate lookup must see a text the same way, so both call `indexTerms`. Words come from a Unicode-aware
 * pattern rather than Intl.Segmenter: building the index over 100k passages is dominated by this step.
 */
import { normalizeForMatch } from './normalize';

const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her hers him his i if in into is it its ' +
    'just me more most my no nor not of on or our out over own s said says she so some such than that the their them then there ' +
    'these they this those through to too under up very was we were what when where which while who whom why will with would you your ' +
    'also after before about against between during again all any both each few other only same now here how one us mr ms mrs'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:[',.][\p{L}\p{N}]+)*/gu;
/** the word-level patterns, made once rather than at every word: a possessive 's, the commas of "3,500", a digit, "-es" after a hiss ("witnesses"), "-ed" ("used") */
const POSSESSIVE = /'s$/;
const COMMAS = /,/g;
const DIGIT = /\d/;
const SIBILANT_PLURAL = /(?:ss|x|ch|sh)es$/;
const PAST_ED = /[^e]ed$/;

/** Content words too common in speech to carry a phrase on their own: "we need to make sure", "like that". */
const WEAK_WORDS = new Set(
  'make sure need needs like want wants get gets take go goes come know think way say tell ask work see look use well really lot thing things people going able'
    .split(' ')
    .map((w) => stem(w)),
);

/** Whether a content word (as contentWords gives it) is too common in speech to carry a phrase. */
export function isWeakWord(word: string): boolean {
  return WEAK_WORDS.has(word);
}

/** Whether a folded, lower-cased word carries no content of its own ("the", "which", "said"). */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Content words of `text`, folded and in order (stopwords dropped, possessive 's removed). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of normalizeForMatch(text).matchAll(WORD)) {
    let w = m[0].replace(POSSESSIVE, '').replace(COMMAS, '');
    if (w.endsWith("'")) w = w.slice(0, -1);
    if (w.length < 2 && !DIGIT.test(w)) continue;
    if (STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/**
 * A light suffix strip so "attacks"/"attack", "encrypted"/"encryption"/"encrypt", "used"/"using" and
 * "attacker"/"attack" meet. Not a linguistic stemmer: it only has to map a text and its paraphrase alike.
 */
export function stem(word: string): string {
  if (DIGIT.test(word) || word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (SIBILANT_PLURAL.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 5) w = w.slice(0, -3);
  else if (w.endsWith('ion') && w.length >= 7) w = w.slice(0, -3);
  else if (PAST_ED.test(w) && w.length >= 4) w = w.slice(0, -2);
  else if (w.endsWith('er') && w.length >= 7) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length >= 4) w = w.slice(0, -1);
  return w;
}

/** Unigrams plus adjacent-word bigrams ("82 second", "place terrorist"): the keys of the inverted index. */
export function indexTerms(words: readonly string[]): string[] {
  const terms = new Set<string>(words);
  for (let i = 0; i + 1 < words.length; i++) terms.add(`${words[i]} ${words[i + 1]}`);
  return [...terms];
}
