/**
 * What the corpus builder takes from the story file: how it words the facts it reads ("{attacker} killed
 * {count} people") and the capitalised words of the story's places and bodies that name no person.
 */
import type { Story } from '../story/model';
import { notNameWords } from './lexicon';

export interface CorpusWording {
  facts: Story['facts'];
  /** every capitalised word that names no person: general English and the story's own */
  notNames: ReadonlySet<string>;
}

export type FactStatementKind = keyof Story['facts']['statements'];

const built = new WeakMap<Pick<Story, 'facts' | 'notNames'>, CorpusWording>();

export function corpusWording(story: Pick<Story, 'facts' | 'notNames'>): CorpusWording {
  let wording = built.get(story);
  if (!wording) built.set(story, (wording = { facts: story.facts, notNames: notNameWords(story.notNames) }));
  return wording;
}

/** The story's statement of a fact, its slots filled: `{count}` as given, `{Count}` with a capital. */
export function factStatement(wording: CorpusWording, kind: FactStatementKind, slots: Readonly<Record<string, string>> = {}): string {
  return wording.facts.statements[kind].replace(/\{(\w+)\}/g, (_, slot: string) => {
    const value = slots[slot.toLowerCase()] ?? '';
    return slot === slot.toLowerCase() ? value : value.charAt(0).toUpperCase() + value.slice(1);
  });
}
