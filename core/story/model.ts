/** The story as the code uses it: cues compiled to regular expressions, topics by role (event, policy). */
import type { StoryData } from './storySchema';

export type { StoryData };

export interface StoryCue {
  label: string;
  pattern: RegExp;
  weight: number;
  /** a topic id, or "negative" for a near miss */
  side: string;
  anchor?: boolean;
  policy?: boolean;
  trigger?: boolean;
}

export interface StoryTopic {
  id: string;
  name: string;
  phrase: string;
  reports: string;
}

export interface Story {
  id: string;
  name: string;
  reader: StoryData['reader'];
  event: StoryTopic;
  policy: StoryTopic;
  both: { name: string; phrase: string };
  cues: StoryCue[];
  nearMisses: StoryCue[];
  anchorCombinations: StoryData['anchorCombinations'];
  otherEvents: { places: RegExp; words: RegExp; markers?: RegExp };
  precheck: { names: RegExp; terms: RegExp; termIds: string[]; enough: number; pairs: Array<[string, string]> };
  dates: StoryData['dates'];
  /** how the corpus builder words the facts it reads */
  facts: StoryData['facts'];
  notNames: ReadonlySet<string>;
  institutions: readonly string[];
}

