/** How the options page names a topic: the story's names, from seeds/story.json. */
import { bundledStory } from '../../core/story/bundledStory';
import { topicName as nameIn } from '../../core/story/topicNames';

export function topicName(topic: string): string {
  return nameIn(bundledStory, topic);
}
