/**
 * Is the page about the story, and which part of it? Weighs the lexicon's cues in the headline, text and
 * metadata, the page's date, and the sentences that match the corpus, against the near misses' cues.
 * A page needs an anchor (a name or phrase only this story has) to be about it at all; the encryption row
 * needs Rudd with the policy, not just WhatsApp; `both` needs attack detail beyond naming the trigger.
 */
import type { PageInput, SentenceMatch, Topic, TopicEvidence, TopicVerdict } from '../analysis';
import type { SentenceHit } from '../match/matchSentences';
import { cueEvidence, findCues, round, type CueHit } from './collectEvidence';
import { isListingPage } from './listingPage';
import { looksEnglish } from './looksEnglish';
import { dateEvidence, pageDate } from './pageDate';
import { countSideSentences } from './sentenceSides';

export interface CorpusEvidence {
  hits: readonly SentenceHit[];
  matches: readonly SentenceMatch[];
}

/** net weight at which a page is even odds about the story */
const ABOUT_AT = 9;
/** negative cues count more than positive ones: a near miss shares many of the story's words */
const NEGATIVE_FACTOR = 1.5;
const CORPUS_CAP = 8;
/** sentences reporting each side before a page is about both, not one with the other as its trigger */
const BOTH_MIN_SENTENCES = 2;
/** a near miss is named in the explanation only when the page says enough about it */
const NAMED_NEAR_MISS = 3;

export interface PageCues {
  cues: CueHit[];
  attackAnchor: boolean;
  encryptionAnchor: boolean;
}

/**
 * The lexicon's cues in a page and whether it is anchored in the story at all. Cheap (regular expressions),
 * so analyzePage reads these first and skips matching on pages that cannot be about the story.
 */
export function readPageCues(page: PageInput): PageCues {
  const meta = [page.siteName ?? '', urlWords(page.url)].join(' ');
  const cues = findCues(page.title, page.text, meta);
  const has = (label: string) => cues.some((c) => c.cue.label === label);
  const attackAnchor = cues.some((c) => c.cue.anchor && c.cue.side === 'attack');
  const encrypted = ['encryption', 'WhatsApp', 'back doors', 'end-to-end encryption'].some(has);
  // The row needs its own anchor: Rudd or her words, the message police cannot read, or an unnamed home
  // secretary on encryption in a page that is anchored in the attack (Patel or Cameron pages are not).
  const encryptionAnchor =
    has('"no place for terrorists to hide"') ||
    (encrypted && (has('Amber Rudd') || has('the message police cannot read') || (has('Home Secretary') && attackAnchor)));
  return { cues, attackAnchor, encryptionAnchor };
}

export function detectTopic(page: PageInput, corpus: CorpusEvidence, pageCues: PageCues = readPageCues(page)): TopicVerdict {
  const { cues, attackAnchor, encryptionAnchor } = pageCues;
  const evidence: TopicEvidence[] = cues.map(cueEvidence);
  evidence.push(...dateEvidence(pageDate(page.published, page.text, page.url)));
  evidence.push(...corpusEvidenceOf(corpus));

  const sum = (side: TopicEvidence['side']) => evidence.filter((e) => e.side === side).reduce((s, e) => s + Math.abs(e.weight), 0);
  const attack = sum('attack');
  const encryption = sum('encryption');
  const negative = sum('negative');

  const english = looksEnglish(`${page.title} ${page.text}`);
  if (!english) evidence.push({ label: 'not in English', weight: -10, where: 'text', side: 'negative' });
  const listing = isListingPage(page.url);
  if (listing) evidence.push({ label: 'a home or listing page, not an article', weight: -10, where: 'meta', side: 'negative' });
  const net = attack + encryption - NEGATIVE_FACTOR * (negative + (english ? 0 : 10) + (listing ? 10 : 0));
  const anchored = attackAnchor || encryptionAnchor;
  const score = anchored && !listing ? logistic((net - ABOUT_AT) / 3) : Math.min(0.2, logistic((net - ABOUT_AT) / 3));

  let topic: Topic = 'none';
  if (anchored && !listing && net >= ABOUT_AT) {
    const sides = countSideSentences(`${page.title}.\n${page.text}`);
    if (!encryptionAnchor) topic = 'attack';
    else if (!attackAnchor || sides.attack < BOTH_MIN_SENTENCES) topic = 'encryption';
    else if (sides.encryption >= BOTH_MIN_SENTENCES) topic = 'both';
    else topic = 'attack';
    evidence.push({ label: `${sides.attack} sentence(s) report the attack, ${sides.encryption} the encryption row`, weight: 0, where: 'text', side: topic === 'encryption' ? 'encryption' : 'attack' });
  }
  evidence.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { topic, score: round(score), why: explain(topic, cues, corpus, { english, anchored, listing }), evidence };
}

function corpusEvidenceOf(corpus: CorpusEvidence): TopicEvidence[] {
  const out: TopicEvidence[] = [];
  const factSentences = new Set(corpus.matches.filter((m) => m.kind === 'fact').map((m) => m.sentenceIndex));
  const quoteSentences = new Set(corpus.matches.filter((m) => m.kind !== 'fact').map((m) => m.sentenceIndex));
  const plain = corpus.hits.filter((h) => !factSentences.has(h.sentenceIndex) && !quoteSentences.has(h.sentenceIndex)).length;
  if (factSentences.size) out.push({ label: `${factSentences.size} sentence(s) match corpus facts`, weight: Math.min(CORPUS_CAP, 1.5 * factSentences.size), where: 'match', side: 'attack' });
  if (quoteSentences.size) out.push({ label: `${quoteSentences.size} sentence(s) match corpus quotes`, weight: Math.min(CORPUS_CAP, 2 * quoteSentences.size), where: 'match', side: 'encryption' });
  if (plain) out.push({ label: `${plain} sentence(s) close to corpus passages`, weight: Math.min(CORPUS_CAP / 2, 0.75 * plain), where: 'match', side: 'encryption' });
  return out;
}

function explain(topic: Topic, cues: CueHit[], corpus: CorpusEvidence, page: { english: boolean; anchored: boolean; listing: boolean }): string {
  const named = (side: 'attack' | 'encryption' | 'negative') =>
    [...new Set(cues.filter((c) => c.cue.side === side).sort((a, b) => b.weight - a.weight).map((c) => c.cue.label))].slice(0, 3);
  const matched = new Set(corpus.matches.map((m) => m.sentenceIndex)).size;
  const matchText = matched ? `; ${matched} sentence${matched === 1 ? '' : 's'} match the corpus` : '';
  if (topic === 'none') {
    if (!page.english) return 'Not in English, so not compared with the corpus';
    if (page.listing) return 'A home or listing page, not an article';
    const negatives = [...new Set(cues.filter((c) => c.cue.side === 'negative' && c.weight >= NAMED_NEAR_MISS).map((c) => c.cue.label))];
    if (negatives.length) return `Reports ${listOf(negatives.slice(0, 2))}, not the Westminster attack or the 2017 encryption row`;
    if (!page.anchored) return 'Names nothing only the Westminster attack or the 2017 encryption row has';
    return `Mentions ${listOf([...named('attack'), ...named('encryption')].slice(0, 3))} but too little to be about the story`;
  }
  const sides = topic === 'both' ? [...named('attack').slice(0, 2), ...named('encryption').slice(0, 2)] : named(topic);
  return `Names ${listOf(sides)}${matchText}`;
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? 'nothing';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** URL slugs carry the headline on many news sites. */
function urlWords(url: string | undefined): string {
  if (!url) return '';
  try {
    return decodeURIComponent(new URL(url).pathname).replace(/[-_/+.]+/g, ' ');
  } catch {
    return '';
  }
}

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
