/**
 * How many sentences of a page report the event and how many the policy row. This is what separates `both`
 * from the policy topic: a policy piece names the event in a sentence or two as its trigger, a `both` piece
 * reports it (the car on the bridge, the stabbing, the arrests) across several. Cues flagged `trigger` in the
 * story name the event without reporting it.
 */
import { foldPunctuation } from '../text/normalize';
import { splitSentences } from '../text/segment';
import type { Story } from '../story/model';

export interface SideSentences {
  event: number;
  policy: number;
}

export function countSideSentences(text: string, story: Story): SideSentences {
  const counts: SideSentences = { event: 0, policy: 0 };
  for (const { text: sentence } of splitSentences(foldPunctuation(text))) {
    let event = 0;
    let policy = 0;
    for (const cue of story.cues) {
      cue.pattern.lastIndex = 0;
      if (!cue.pattern.test(sentence)) continue;
      if (cue.side === story.policy.id) policy += cue.weight;
      else if (!cue.trigger) event += cue.weight;
    }
    if (event >= 0.6 && event > policy) counts.event++;
    else if (policy >= 1.2) counts.policy++;
  }
  return counts;
}
