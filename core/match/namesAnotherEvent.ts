/** Whether a sentence names another event than the story's (another attack, another row). */
import type { Story } from '../story/model';

/** The sentence names another event (another attack, another row): its numbers may be that event's. */
export function namesAnotherEvent(sentence: string, story: Story): boolean {
  const { places, words, markers } = story.otherEvents;
  return story.nearMisses.some((cue) => sentence.search(cue.pattern) !== -1) || (places.test(sentence) && words.test(sentence)) || (markers?.test(sentence) ?? false);
}
