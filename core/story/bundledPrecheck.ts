/**
 * The build's pre-check alone, for the content script that runs on every page: only the story file's
 * `precheck` is bundled (a named import of the JSON), compiled without the validator. The whole file is
 * validated when the build reads it (wxt.config.ts) and wherever bundledStory.ts is loaded.
 */
import { precheck } from '@story/story.json';
import { compilePrecheck } from './compileStory';

export const bundledPrecheck = compilePrecheck(precheck as Parameters<typeof compilePrecheck>[0]);
