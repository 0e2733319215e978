import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStory } from './core/story/storySchema';
import { storyDirectory } from './scripts/storyDirectory';
import { storyFingerprint } from './scripts/storyFingerprint';

/** The story folder the build bundles: its story.json, documents and overlay (core/story/bundledStory.ts). */
const storyDir = storyDirectory();
// A story file with a mistake stops the build, with the field at fault: "story.json: cues[3].pattern: not a regular expression".
const story = parseStory(JSON.parse(readFileSync(join(storyDir, 'story.json'), 'utf8')), join(storyDir, 'story.json'));

// Permissions are justified one by one in README.md ("Permissions").
export default defineConfig({
  imports: false,
  // another story's build goes beside the default one, not over it (tests/e2e/anotherStory.test.ts)
  outDir: process.env.CROSSCHECK_OUT_DIR ?? '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    // The story's own (seeds/story.json), at most 132 characters. The version is package.json's (WXT reads it there);
    // the icons are public/icon/<size>.png, listed by WXT.
    description: story.reader.description,
    // The toolbar button carries the badge even before a popup is built into it.
    action: {
      default_title: 'Crosscheck',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'contextMenus', 'downloads'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // Plain scripts, not WXT content scripts: WXT's content script context posts to the page's window and
    // listens to window events a page can forge (entrypoints/precheck/index.ts).
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['keyguard.js'], run_at: 'document_start', all_frames: true },
      { matches: ['http://*/*', 'https://*/*'], js: ['precheck.js'], run_at: 'document_idle' },
    ],
    commands: {
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected text as an annotation',
      },
      'next-match': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next highlighted sentence on the page',
      },
      'previous-match': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous highlighted sentence on the page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscheck@crosscheck.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // The add-ons site's sources zip: what rebuilds the extension (README.md, "Publishing"); the test pages stay out.
  zip: {
    excludeSources: ['tests/**', 'store/**', 'demo-output/**'],
  },
  vite: () => ({
    plugins: [preact()],
    // `@story` is also in tsconfig.json's paths (seeds/), for the type checker and the scripts run with tsx
    resolve: { alias: { '@story': storyDir } },
    // what the seed loader compares on every wake instead of hashing the seeds (storage/seedLoader.ts)
    define: { 'import.meta.env.CROSSCHECK_STORY_FINGERPRINT': JSON.stringify(storyFingerprint(storyDir)) },
  }),
});
