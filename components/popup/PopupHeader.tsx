/** The verdict at a glance: which story the page is about, why, and how many of its sentences match. */
import type { TopicVerdict } from '../../core/analysis';
import { bundledStory } from '../../core/story/bundledStory';
import { topicName, topicRole } from '../../core/story/topicNames';
import { nounFor } from '../../core/text/wording';

export interface PopupHeaderProps {
  /** the verdict: one of the story's topic ids, or "both" */
  topic: TopicVerdict['topic'];
  why: string;
  matchCount: number;
  hiddenCount: number;
  showingHidden: boolean;
  onShowHidden(show: boolean): void;
  /** the side of an argument the page leaves out: who, and the anchor of its proposition to jump to */
  leftOut?: { note: string; holders: string[]; target: string } | undefined;
}

export function PopupHeader({ topic, why, matchCount, hiddenCount, showingHidden, onShowHidden, leftOut }: PopupHeaderProps) {
  return (
    <header class="pp-header">
      <p class="pp-topic">
        <span class={`pp-topic-chip pp-topic-${topicRole(bundledStory, topic)}`}>{topicName(bundledStory, topic)}</span>
        <span class="pp-count">
          <strong>{matchCount}</strong> matching {nounFor(matchCount, 'sentence')}
        </span>
      </p>
      <p class="pp-why">{why}</p>
      {leftOut ? (
        <p class="pp-left-out-banner">
          {leftOut.note}: <strong>{leftOut.holders.join(', ')}</strong>.{' '}
          <a class="pp-jump" href={`#${leftOut.target}`}>
            See both sides
          </a>
        </p>
      ) : null}
      {hiddenCount > 0 ? (
        <p class="pp-header-links">
          <button type="button" class="pp-link-button" onClick={() => onShowHidden(!showingHidden)} aria-pressed={showingHidden}>
            {showingHidden ? 'Hide the items marked not relevant' : `${hiddenCount} marked not relevant: show`}
          </button>
        </p>
      ) : null}
    </header>
  );
}
