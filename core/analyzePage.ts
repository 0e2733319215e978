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
import { matchSentences } from './match/matchSentences';
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
  const { cues, sentences, toMatch } = prepared;
  const t1 = performance.now();
  const matching = toMatch.length ? matchSentences(index, toMatch, pageDate(input.published, input.text, input.url)?.date, story) : { matches: [], hits: [] };
  const t2 = performance.now();
  const topic: TopicVerdict = input.text.trim()
    ? detectTopic(input, matching, story, cues)
    : { topic: 'none', score: 0, why: 'No text could be read on this page.', evidence: [] };
  const t3 = performance.now();
  return {
    ...(input.url ? { url: input.url } : {}),
    title: input.title,
    topic,
    matches: topic.topic === 'none' ? [] : matching.matches,
    sentenceCount: sentences.length,
    timings: { detectMs: round(prepared.cuesMs + (t3 - t2)), matchMs: round(t2 - t1) },
  };
}


