/**
 * The story this build follows: `@story/story.json`, where `@story` is seeds/ unless the build names another
 * story folder (CROSSCHECK_STORY=tests/fixtures/stories/christchurch-2019 npm run build). Read and checked once.
 */
import data from '@story/story.json';
import type { Story } from './model';
import { parseStory } from './storySchema';

export const bundledStory: Story = parseStory(data, 'story.json');
