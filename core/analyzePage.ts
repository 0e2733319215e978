/**
 * The whole analysis of one page, as the background and the CLI both run it: sentences through
 * Intl.Segmenter, matching against the index, then topic detection with the matches as evidence.
 * A page with no anchor in the story is not matched at all (it cannot become about the story), and
 * off-topic pages keep no matches: a sentence that happens to resemble the corpus is not a highlight there.
 * A page whose text could not be read (a frameset of frames from elsewhere, an empty shell) is not about the
 * story on its title alone: its verdict is "none", so no badge says "0" for a page that was never read.
 */
import type { PageAnalysis, PageInput, TopicVerdict } from './analysis';
import { detectTopic, readPageCues, type PageCues } from './detect/detectTopic';
import { pageDate } from './detect/pageDate';
import type { MatchIndex } from './match/matchIndex';
import { matchSentences, pageMatcher, type SentenceMatching } from './match/matchSentences';
import { pageSentences } from './text/pageSentences';
import { bundledStory } from './story/bundledStory';
import type { Story } from './story/model';
import type { TextSpan } from './text/segment';
import { round } from './text/wording';

/** A page read for analysis: its cues, its sentences and the ones to match (none without an anchor in the story). */
export interface PreparedPage {
  cues: PageCues;
  sentences: TextSpan[];
  toMatch: TextSpan[];
  cuesMs: number;
}

/** The part of the analysis that needs no index: what the index must be read for comes from it. */
export function preparePage(input: PageInput, story: Story = bundledStory): PreparedPage {
  const t0 = performance.now();
  const cues = readPageCues(input, story);
  const cuesMs = performance.now() - t0;
  const sentences = pageSentences(input);
  return { cues, sentences, toMatch: cues.eventAnchor || cues.policyAnchor ? sentences : [], cuesMs };
}

/** `story`: the story the page is read for; the build's own (seeds/story.json) unless a test names another. */
export function analyzePage(input: PageInput, index: MatchIndex, prepared?: PreparedPage, story: Story = bundledStory): PageAnalysis {
  prepared ??= preparePage(input, story);
  const t1 = performance.now();
  const matching = prepared.toMatch.length ? matchSentences(index, prepared.toMatch, pageDate(input.published, input.text, input.url)?.date, story) : { matches: [], hits: [] };
  return concluded(input, prepared, matching, performance.now() - t1, story);
}

/**
 * How many sentences the first part of a long page's analysis matches: the headline and about a screenful after
 * it, the part a reader sees first. A page with fewer than twice as many is analysed in one part.
 */
export const FIRST_PART_SENTENCES = 16;

/**
 * A long page analysed in two parts, so that what the reader sees first can be painted while the rest is read:
 * the first `firstPart` sentences (FIRST_PART_SENTENCES unless a test says), then the others. `indexFor` gives the index for some of the page's
 * sentences (the stored index reads only their terms). `onFirstPart` gets the first part's analysis when that part
 * is about the story; the whole analysis, which comes after it, says the same of those sentences, and may add the
 * quotes of a headline that the rest of the page gives to a speaker. The rest is read once what `onFirstPart`
 * returns has settled: the first part is on its way before the rest takes the thread.
 */
export async function analyzePageInParts(
  input: PageInput,
  prepared: PreparedPage,
  indexFor: (sentences: readonly string[]) => Promise<MatchIndex>,
  onFirstPart: (first: PageAnalysis, index: MatchIndex) => void | Promise<void>,
  { story = bundledStory, firstPart = FIRST_PART_SENTENCES }: { story?: Story; firstPart?: number } = {},
): Promise<{ analysis: PageAnalysis; index: MatchIndex }> {
  const { toMatch } = prepared;
  const texts = (from: number, to?: number) => toMatch.slice(from, to).map((s) => s.text);
  if (toMatch.length < 2 * firstPart) {
    const index = await indexFor(texts(0));
    return { analysis: analyzePage(input, index, prepared, story), index };
  }
  const date = pageDate(input.published, input.text, input.url)?.date;
  const firstIndex = await indexFor(texts(0, firstPart));
  let t = performance.now();
  const matcher = pageMatcher(firstIndex, toMatch, date, story);
  matcher.matchThrough(firstIndex, firstPart);
  let matchMs = performance.now() - t;
  const first = concluded(input, prepared, matcher.sofar(), matchMs, story);
  if (first.topic.topic !== 'none') await onFirstPart(first, firstIndex);
  const index = await indexFor(texts(firstPart));
  t = performance.now();
  matcher.matchThrough(index, toMatch.length);
  const matching = matcher.finish(index);
  matchMs += performance.now() - t;
  return { analysis: concluded(input, prepared, matching, matchMs, story), index };
}

/** the page's topic with its matches as evidence, and what the analysis keeps */
function concluded(input: PageInput, prepared: PreparedPage, matching: SentenceMatching, matchMs: number, story: Story): PageAnalysis {
  const t2 = performance.now();
  const topic: TopicVerdict = input.text.trim()
    ? detectTopic(input, matching, story, prepared.cues)
    : { topic: 'none', score: 0, why: 'No text could be read on this page.', evidence: [] };
  const t3 = performance.now();
  return {
    ...(input.url ? { url: input.url } : {}),
    title: input.title,
    topic,
    matches: topic.topic === 'none' ? [] : matching.matches,
    sentenceCount: prepared.sentences.length,
    timings: { detectMs: round(prepared.cuesMs + (t3 - t2)), matchMs: round(matchMs) },
  };
}
