/** How every screen names a verdict, from the story's topics: the popup's chip, the pick lists, the badge. */
import type { Story } from './model';

/** The display name of a verdict: a topic's name, the name of both, "Other"; an id from another story as it is. */
export function topicName(story: Story, topic: string): string {
  if (topic === story.event.id) return story.event.name;
  if (topic === story.policy.id) return story.policy.name;
  if (topic === 'both') return story.both.name;
  return topic === 'none' ? 'Other' : topic;
}

/** The verdict's role, for styling: the event, the policy row, both, or none. */
export function topicRole(story: Story, topic: string): 'event' | 'policy' | 'both' | 'none' {
  if (topic === story.event.id) return 'event';
  if (topic === story.policy.id) return 'policy';
  return topic === 'both' ? 'both' : 'none';
}

/** As a sentence names a verdict: "the Westminster attack", "the Westminster attack and the encryption row". */
export function topicPhrase(story: Story, topic: string): string {
  if (topic === story.event.id) return story.event.phrase;
  if (topic === story.policy.id) return story.policy.phrase;
  if (topic === 'both') return story.both.phrase;
  return 'another subject';
}

/** The verdicts a page can get, in the order pick lists show them. */
export function verdictsOf(story: Story): string[] {
  return [story.event.id, story.policy.id, 'both', 'none'];
}
