/**
 * Quotes as newspapers cut them: a fragment in quotation marks ('truly enormous', "a wake-up call", 'No place
 * to hide'), or a short sentence that is nothing but the quote ("It is completely unacceptable."). A fragment
 * repeats a corpus quote when its words run unbroken through it (verbatim), or when most of its content words are
 * the quote's (paraphrase: 'a safe place to hide'). The caller says who speaks (the one the sentence names nearest
 * the fragment, or the one the text before named): a fragment is never given to a speaker on its words alone.
 */
import type { Quote } from '../corpus/model';
import { foldPunctuation } from '../text/normalize';
import { longestCommonRun, quotedWords } from './quotesVerbatim';
import { contentWords, isWeakWord } from '../text/terms';

export interface FragmentMatch {
  quote: Quote;
  verdict: 'verbatim' | 'paraphrase';
  /** every quote of that speaker the fragment is in ("a wake-up call" is one quote and part of a longer one) */
  within: Quote[];
}

/** the quotes a content word occurs in, and each quote's words as quotesVerbatim compares them */
export interface QuoteLookup {
  quotesByWord: ReadonlyMap<string, readonly Quote[]>;
  quoteWords: ReadonlyMap<string, readonly string[]>;
}

/** each quote's content words, in order and as a set, read once */
const contentOfQuote = new WeakMap<Quote, { sequence: string[]; set: Set<string> }>();
function quoteContent(quote: Quote): { sequence: string[]; set: Set<string> } {
  let words = contentOfQuote.get(quote);
  if (!words) {
    const sequence = contentWords(quote.text);
    contentOfQuote.set(quote, (words = { sequence, set: new Set(sequence) }));
  }
  return words;
}

/** two of the fragment's words stand side by side in the quote, in its order */
function sideBySide(fragment: readonly string[], quote: readonly string[]): boolean {
  const inFragment = new Set(fragment);
  for (let i = 0; i + 1 < quote.length; i++) if (inFragment.has(quote[i]!) && inFragment.has(quote[i + 1]!) && quote[i] !== quote[i + 1]) return true;
  return false;
}

/** double quotes, or single quotes that open after a space and close before one (not an apostrophe) */
const QUOTED = /"([^"]{2,160})"|(?:^|(?<=[\s(\u2014-]))'([^']{2,160}?)'(?=[\s.,;:!?)\u2014-]|$)/g;
/** the last double quote of the sentence, opening words that run on past its end */
const OPEN_QUOTATION = /(?<=^|[\s(:])"([^"]{6,160})$/;
const SHORT_SENTENCE_WORDS = 8;
const PARAPHRASE_COVER = 0.65;
/** a fragment with fewer of the quote's words is still a paraphrase if two of them stand together in the quote: 'letting terrorists hide their plotting' */
const PARAPHRASE_COVER_TOGETHER = 0.5;
/** only a cut phrase is read as a paraphrase ('a safe place to hide'); a longer fragment is the page's own quote */
const PARAPHRASE_WORDS = 6;

/** the words of the quotation without the editor's insertions: "[Encryption] is completely unacceptable" */
function withoutInsertions(words: string): string {
  return words.replace(/\[[^\]]{1,40}\]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Who said the fragment at `at` (its offset in the folded sentence), among the speakers whose quotes it repeats:
 * the caller reads that from the sentence and the text before it, or says nobody.
 */
export type SpeakerOfFragment = (speakerIds: readonly string[], at: number) => string | undefined;

/**
 * Every quote the sentence cuts from, one per quoted fragment: "Rudd said it was 'completely unacceptable' while
 * Johnson called it 'disgusting'". `topical`: whether a word is one the story's arguments are made of
 * ("encryption", "WhatsApp"): a fragment of nothing else ('end to end encryption') is a term in quotation marks,
 * not somebody's words.
 */
export function quotedFragments(sentence: string, lookup: QuoteLookup, speakerOf: SpeakerOfFragment, topical: (word: string) => boolean = () => false): FragmentMatch[] {
  const short = sentence.split(/\s+/, SHORT_SENTENCE_WORDS + 1).length <= SHORT_SENTENCE_WORDS;
  if (!short && !/["'\u2018\u2019\u201C\u201D]/.test(sentence)) return [];
  const text = foldPunctuation(sentence);
  const fragments = [...text.matchAll(QUOTED)].map((m) => ({ words: withoutInsertions(m[1] ?? m[2]!), at: m.index }));
  // a quotation opened and carried on into the next sentence: 'Rudd said: "[Encryption] is completely unacceptable.'
  const open = OPEN_QUOTATION.exec(text);
  if (open && (text.match(/"/g) ?? []).length % 2 === 1) fragments.push({ words: withoutInsertions(open[1]!.replace(/[.!?,;:\s]+$/, '')), at: open.index });
  // a short sentence with no quotation marks is a quote only word for word ("It is completely unacceptable."):
  // "Dear home secretary," shares words with her quotes and says none of them
  if (fragments.length === 0 && short) {
    const found = matchFragment(text.replace(/["'.!?\s]+$/g, '').replace(/^["'\s]+/, ''), lookup, (ids) => speakerOf(ids, 0), false, topical);
    return found ? [found] : [];
  }
  const out: FragmentMatch[] = [];
  for (const fragment of fragments) {
    const found = matchFragment(fragment.words, lookup, (ids) => speakerOf(ids, fragment.at), true, topical);
    if (found && !out.some((f) => f.quote.id === found.quote.id)) out.push(found);
  }
  return out;
}

function matchFragment(fragment: string, lookup: QuoteLookup, speakerOf: (speakerIds: readonly string[]) => string | undefined, paraphrase: boolean, topical: (word: string) => boolean): FragmentMatch | undefined {
  const content = [...new Set(contentWords(fragment))];
  // "We need to make sure" repeats her words and says nothing of them; 'end to end encryption' names a thing
  if (content.every(isWeakWord) || (content.length >= 2 && content.every((w) => isWeakWord(w) || topical(w)))) return undefined;
  const words = quotedWords(fragment);
  const candidates = new Set(content.flatMap((w) => lookup.quotesByWord.get(w) ?? []));
  const found: (FragmentMatch & { run: number })[] = [];
  for (const quote of candidates) {
    const { set: quoteContentWords, sequence: quoteSequence } = quoteContent(quote);
    const shared = content.filter((w) => quoteContentWords.has(w)).length;
    // neither a verbatim run (every content word) nor a paraphrase (two or more) can come of fewer
    if (shared < Math.min(2, content.length)) continue;
    const quoteWords = lookup.quoteWords.get(quote.id)!;
    const run = longestCommonRun(words, quoteWords).length;
    // a fragment with one content word ("disgusting", "end to end") is a quote only when it is the whole quote
    // "It's disgusting," holds the whole of the quote "disgusting"
    const whole = run === quoteWords.length && words.length <= quoteWords.length + 3;
    // …or when it is one word in quotation marks that the speaker's quotes use once: "encryption is “unacceptable”"
    const signatureWord = paraphrase && words.length === 1 && /^\p{Ll}{7,}$/u.test(fragment) && !isWeakWord(content[0]!);
    const verbatim = whole || (run === words.length && (content.length >= 2 || signatureWord));
    if (verbatim) {
      found.push({ quote, verdict: 'verbatim', within: [], run });
      continue;
    }
    const cover = shared / content.length;
    const together = cover >= PARAPHRASE_COVER || (cover >= PARAPHRASE_COVER_TOGETHER && sideBySide(content, quoteSequence));
    if (paraphrase && words.length <= PARAPHRASE_WORDS && content.length >= 2 && shared >= 2 && together) found.push({ quote, verdict: 'paraphrase', within: [], run });
  }
  if (found.length === 0) return undefined;
  const speaker = speakerOf([...new Set(found.map((f) => f.quote.speakerId))]);
  const theirs = found.filter((f) => f.quote.speakerId === speaker);
  // the quote that holds most of the fragment ("a wake-up call for the industry" is more than "a wake-up call"), and
  // of those the shortest: the cut the page repeats, not the speech around it
  const best = theirs.sort((a, b) => (a.verdict !== b.verdict ? (a.verdict === 'verbatim' ? -1 : 1) : b.run - a.run || a.quote.text.length - b.quote.text.length))[0];
  return best ? { quote: best.quote, verdict: best.verdict, within: theirs.map((f) => f.quote) } : undefined;
}

/** The patterns the sentences of a page with quotation marks are read with for the quotes they cut. */
export const FRAGMENT_PATTERNS: readonly RegExp[] = [QUOTED, OPEN_QUOTATION];
