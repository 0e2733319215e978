/**
 * What the corpus builder takes from the story file: how it words the facts it reads ("{attacker} killed
 * {count} people"), the capitalised words of the story's places and bodies that name no person, and the bodies
 * that speak as one ("Scotland Yard said").
 */
import type { Story } from '../story/model';
import { notNameWords } from './lexicon';

export interface CorpusWording {
  facts: Story['facts'];
  /** every capitalised word that names no person: general English and the story's own */
  notNames: ReadonlySet<string>;
  /** bodies that speak as one: "Police" and the story's own ("Scotland Yard said") */
  institutions: readonly string[];
}

export type FactStatementKind = keyof Story['facts']['statements'];

type WordingOfStory = Pick<Story, 'facts' | 'notNames' | 'institutions'>;
const built = new WeakMap<WordingOfStory, CorpusWording>();

export function corpusWording(story: WordingOfStory): CorpusWording {
  let wording = built.get(story);
  if (!wording) built.set(story, (wording = { facts: story.facts, notNames: notNameWords(story.notNames), institutions: ['Police', ...story.institutions] }));
  return wording;
}

/** The story's statement of a fact, its slots filled: `{count}` as given, `{Count}` with a capital. */
export function factStatement(wording: CorpusWording, kind: FactStatementKind, slots: Readonly<Record<string, string>> = {}): string {
  return wording.facts.statements[kind].replace(/\{(\w+)\}/g, (_, slot: string) => {
    const value = slots[slot.toLowerCase()] ?? '';
    return slot === slot.toLowerCase() ? value : value.charAt(0).toUpperCase() + value.slice(1);
  });
}
