/**
 * The story this build follows: `@story/story.json`, where `@story` is seeds/ unless the build names another
 * story folder (CROSSCHECK_STORY=tests/fixtures/stories/christchurch-2019 npm run build). Read and checked once:
 * the extension's build checks the file as it reads it (wxt.config.ts) and marks the bundle with the story
 * folder's fingerprint, so there the data is only compiled; anywhere else it is checked here.
 */
import data from '@story/story.json';
import { compileStory } from './compileStory';
import type { Story } from './model';
import { parseStory, type StoryData } from './storySchema';

const checkedByBuild = import.meta.env?.CROSSCHECK_STORY_FINGERPRINT !== undefined;

export const bundledStory: Story = checkedByBuild ? compileStory(data as unknown as StoryData) : parseStory(data, 'story.json');
