/**
 * Is the page about the story, and which part of it? Weighs the story's cues in the headline, text and
 * metadata, the page's date, and the sentences that match the corpus, against the near misses' cues.
 * A page needs an anchor (a name or phrase only this story has, or cues the story's anchor combinations
 * name together: for the encryption row, Rudd with the policy, not just WhatsApp) to be about a topic at all;
 * `both` needs event detail beyond naming the trigger.
 */
import type { PageInput, SentenceMatch, Topic, TopicEvidence, TopicVerdict } from '../analysis';
import type { SentenceHit } from '../match/matchSentences';
import { cueEvidence, findCues, type CueHit } from './collectEvidence';
import { isListingPage } from './listingPage';
import { looksEnglish } from './looksEnglish';
import { dateEvidence, pageDate } from './pageDate';
import { countSideSentences } from './sentenceSides';
import type { Story } from '../story/model';
import { listPhrase, pluralize, round } from '../text/wording';

export interface CorpusEvidence {
  hits: readonly SentenceHit[];
  matches: readonly SentenceMatch[];
}

/** net weight at which a page is even odds about the story */
const ABOUT_AT = 7;
/** negative cues count more than positive ones: a near miss shares many of the story's words */
const NEGATIVE_FACTOR = 1.5;
const CORPUS_CAP = 8;
/** sentences reporting each side before a page is about both, not one with the other as its trigger */
const BOTH_MIN_SENTENCES = 2;
/** a near miss is named in the explanation only when the page says enough about it */
const NAMED_NEAR_MISS = 3;

export interface PageCues {
  cues: CueHit[];
  /** the page has an anchor in the event */
  eventAnchor: boolean;
  /** the page has an anchor in the policy row */
  policyAnchor: boolean;
}

/**
 * The lexicon's cues in a page and whether it is anchored in the story at all. Cheap (regular expressions),
 * so analyzePage reads these first and skips matching on pages that cannot be about the story.
 */
export function readPageCues(page: PageInput, story: Story): PageCues {
  const meta = [page.siteName ?? '', urlWords(page.url)].join(' ');
  const cues = findCues(page.title, page.text, meta, story);
  const labels = new Set(cues.map((c) => c.cue.label));
  const anchoredBy = (topic: string) => cues.some((c) => c.cue.anchor && c.cue.side === topic);
  const direct = { event: anchoredBy(story.event.id), policy: anchoredBy(story.policy.id) };
  const combined = (topic: string) =>
    story.anchorCombinations.some(
      (combo) =>
        combo.topic === topic &&
        combo.all.every((group) => group.some((label) => labels.has(label))) &&
        (!combo.withAnchorOf || (combo.withAnchorOf === story.event.id ? direct.event : direct.policy)),
    );
  return { cues, eventAnchor: direct.event || combined(story.event.id), policyAnchor: direct.policy || combined(story.policy.id) };
}

export function detectTopic(page: PageInput, corpus: CorpusEvidence, story: Story, pageCues: PageCues = readPageCues(page, story)): TopicVerdict {
  const { cues, eventAnchor, policyAnchor } = pageCues;
  const evidence: TopicEvidence[] = cues.map(cueEvidence);
  evidence.push(...dateEvidence(pageDate(page.published, page.text, page.url), story));
  evidence.push(...corpusEvidenceOf(corpus, story));

  const sum = (side: TopicEvidence['side']) => evidence.filter((e) => e.side === side).reduce((s, e) => s + Math.abs(e.weight), 0);
  const event = sum(story.event.id);
  const policy = sum(story.policy.id);
  const negative = sum('negative');

  const english = looksEnglish(`${page.title} ${page.text}`);
  if (!english) evidence.push({ label: 'not in English', weight: -10, where: 'text', side: 'negative' });
  const listing = isListingPage(page.url);
  if (listing) evidence.push({ label: 'a home or listing page, not an article', weight: -10, where: 'meta', side: 'negative' });
  const net = event + policy - NEGATIVE_FACTOR * (negative + (english ? 0 : 10) + (listing ? 10 : 0));
  const anchored = eventAnchor || policyAnchor;
  const score = anchored && !listing ? logistic((net - ABOUT_AT) / 3) : Math.min(0.2, logistic((net - ABOUT_AT) / 3));

  let topic: Topic = 'none';
  if (anchored && !listing && net >= ABOUT_AT) {
    const sides = countSideSentences(`${page.title}.\n${page.text}`, story);
    if (!policyAnchor) topic = story.event.id;
    else if (!eventAnchor || sides.event < BOTH_MIN_SENTENCES) topic = story.policy.id;
    else if (sides.policy >= BOTH_MIN_SENTENCES) topic = 'both';
    else topic = story.event.id;
    evidence.push({
      label: `${sides.event} sentence(s) ${story.event.reports}, ${sides.policy} ${story.policy.reports}`,
      weight: 0,
      where: 'text',
      side: topic === story.policy.id ? story.policy.id : story.event.id,
    });
  }
  evidence.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { topic, score: round(score), why: explain(topic, cues, corpus, story, { english, anchored, listing }), evidence };
}

/** Matched facts speak for the event, matched quotes and positions for the policy row, close passages too. */
function corpusEvidenceOf(corpus: CorpusEvidence, story: Story): TopicEvidence[] {
  const out: TopicEvidence[] = [];
  const factSentences = new Set(corpus.matches.filter((m) => m.kind === 'fact').map((m) => m.sentenceIndex));
  const quoteSentences = new Set(corpus.matches.filter((m) => m.kind !== 'fact').map((m) => m.sentenceIndex));
  const plain = corpus.hits.filter((h) => !factSentences.has(h.sentenceIndex) && !quoteSentences.has(h.sentenceIndex)).length;
  if (factSentences.size) out.push({ label: `${factSentences.size} sentence(s) match corpus facts`, weight: Math.min(CORPUS_CAP, 1.5 * factSentences.size), where: 'match', side: story.event.id });
  if (quoteSentences.size) out.push({ label: `${quoteSentences.size} sentence(s) match corpus quotes`, weight: Math.min(CORPUS_CAP, 2 * quoteSentences.size), where: 'match', side: story.policy.id });
  if (plain) out.push({ label: `${plain} sentence(s) close to corpus passages`, weight: Math.min(CORPUS_CAP / 2, 0.75 * plain), where: 'match', side: story.policy.id });
  return out;
}

function explain(topic: Topic, cues: CueHit[], corpus: CorpusEvidence, story: Story, page: { english: boolean; anchored: boolean; listing: boolean }): string {
  const named = (side: string) =>
    [...new Set(cues.filter((c) => c.cue.side === side).sort((a, b) => b.weight - a.weight).map((c) => c.cue.label))].slice(0, 3);
  const matched = new Set(corpus.matches.map((m) => m.sentenceIndex)).size;
  const matchText = matched ? `; ${pluralize(matched, 'sentence')} match${matched === 1 ? 'es' : ''} the corpus` : '';
  if (topic === 'none') {
    if (!page.english) return 'Not in English, so not compared with the corpus';
    if (page.listing) return 'A home or listing page, not an article';
    const negatives = [...new Set(cues.filter((c) => c.cue.side === 'negative' && c.weight >= NAMED_NEAR_MISS).map((c) => c.cue.label))];
    if (negatives.length) return `Reports ${listPhrase(negatives.slice(0, 2), 'nothing')}, not ${story.name}`;
    if (!page.anchored) return `Names nothing only ${story.name} has`;
    return `Mentions ${listPhrase([...named(story.event.id), ...named(story.policy.id)].slice(0, 3), 'nothing')} but too little to be about the story`;
  }
  const sides = topic === 'both' ? [...named(story.event.id).slice(0, 2), ...named(story.policy.id).slice(0, 2)] : named(topic);
  return `Names ${listPhrase(sides, 'nothing')}${matchText}`;
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
