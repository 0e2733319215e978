/**
 * Which event a sentence's plain words refer to. "The attack killed seven people" is about the event the page
 * named last: in a report on the London Bridge attack that recalls Westminster in passing, "the attack" is London
 * Bridge. A careful reader compares that sentence's numbers with nothing; so does the matcher.
 */
import type { Story } from '../story/model';
import type { TextSpan } from '../text/segment';
import { namesAnotherEvent } from './namesAnotherEvent';

type Named = 'story' | 'other' | 'none';

export class EventInFocus {
  private readonly named: Named[] = [];
  private readonly eventCues: RegExp[];

  constructor(
    private readonly sentences: readonly TextSpan[],
    private readonly story: Story,
  ) {
    // the cues strong enough to name the story's event on their own: "Masood", "Westminster Bridge", "the attack on Parliament"
    this.eventCues = story.cues.filter((c) => c.side === story.event.id && (c.anchor || c.weight >= 1.5)).map((c) => c.pattern);
  }

  /** The sentence names no event of its own, and the last one named before it is another event than the story's. */
  elsewhere(sentenceIndex: number): boolean {
    if (this.namedIn(sentenceIndex) !== 'none') return false;
    for (let i = sentenceIndex - 1; i >= 0; i--) {
      const named = this.namedIn(i);
      if (named !== 'none') return named === 'other';
    }
    return false;
  }

  private namedIn(i: number): Named {
    return (this.named[i] ??= this.read(this.sentences[i]!.text));
  }

  private read(text: string): Named {
    if (this.eventCues.some((cue) => text.search(cue) !== -1)) return 'story';
    return namesAnotherEvent(text, this.story) ? 'other' : 'none';
  }
}
