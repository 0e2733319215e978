/**
 * How many sentences of a page report the attack and how many the encryption row. This is what separates
 * `both` from `encryption`: an encryption piece names the attack in a sentence or two as the trigger, a
 * `both` piece reports it (the car on the bridge, the stabbing, the arrests) across several.
 */
import { foldPunctuation } from '../text/normalize';
import { splitSentences } from '../text/segment';
import { STORY_CUES } from './lexicon';

/** cues that name the attack without reporting anything about it */
export const TRIGGER_LABELS = new Set(['Khalid Masood', 'the Westminster attack', 'terror', 'March 2017', 'the 2017 Parliament attack', 'the attack on Parliament']);

export interface SideSentences {
  attack: number;
  encryption: number;
}

export function countSideSentences(text: string): SideSentences {
  const counts: SideSentences = { attack: 0, encryption: 0 };
  for (const { text: sentence } of splitSentences(foldPunctuation(text))) {
    let attack = 0;
    let encryption = 0;
    for (const cue of STORY_CUES) {
      cue.pattern.lastIndex = 0;
      if (!cue.pattern.test(sentence)) continue;
      if (cue.side === 'encryption') encryption += cue.weight;
      else if (!TRIGGER_LABELS.has(cue.label)) attack += cue.weight;
    }
    if (attack >= 0.6 && attack > encryption) counts.attack++;
    else if (encryption >= 1.2) counts.encryption++;
  }
  return counts;
}
