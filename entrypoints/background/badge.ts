/** The toolbar badge: the number of matched sentences on pages about the story, nothing elsewhere. */
import { browser } from 'wxt/browser';
import type { PageAnalysis } from '../../core/analysis';
import { bundledStory } from '../../core/story/bundledStory';
import { topicPhrase } from '../../core/story/topicNames';
import { pluralize } from '../../core/text/wording';

export async function showBadge(tabId: number, analysis: PageAnalysis): Promise<void> {
  const { topic } = analysis.topic;
  if (topic === 'none') return clearBadge(tabId);
  const count = new Set(analysis.matches.map((m) => m.sentenceIndex)).size;
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: String(count) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' }),
    browser.action.setTitle({
      tabId,
      title: `Crosscheck: about ${topicPhrase(bundledStory, topic)} (${pluralize(count, 'matching sentence')})`,
    }),
  ]);
}

export async function clearBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: 'Crosscheck' }),
  ]);
}
