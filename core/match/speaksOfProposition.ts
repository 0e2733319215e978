/**
 * Whether a sentence speaks of a proposition by its words as a whole, as the labelled pages taught: a linear
 * model over its content words and word pairs. It finds what the cue groups miss ("called for messaging firms to
 * open a way in for the security services") without a rule per wording; who holds the view is read as before.
 */
import type { Proposition } from '../corpus/model';
import { contentWords } from '../text/terms';

/**
 * A sentence's features: its content words (as contentWords gives them) and each pair of neighbouring ones,
 * without the words of the people it names, so that what it says, not who says it, tells whether it speaks of
 * the proposition. `words` are the sentence's content words, read once for matching as well.
 */
export function sentenceFeatures(words: readonly string[], named: ReadonlySet<string>): string[] {
  const said = named.size === 0 ? words : words.filter((w) => !named.has(w));
  const out = new Set<string>(said);
  for (let i = 1; i < said.length; i++) out.add(`${said[i - 1]}_${said[i]}`);
  return [...out];
}

/** the content words of the people a sentence names, as its mentions span them */
export function namedWords(text: string, mentions: readonly { start: number; end: number }[]): Set<string> {
  return new Set(mentions.flatMap((m) => contentWords(text.slice(m.start, m.end))));
}

/** the features of a text read on its own, its mentions' spans within it */
export function featuresOf(text: string, mentions: readonly { start: number; end: number }[]): string[] {
  return sentenceFeatures(contentWords(text), namedWords(text, mentions));
}

/** Whether the proposition's learned words say the sentence speaks of it; `features` is read only when it has some. */
export function speaksOfProposition(proposition: Pick<Proposition, 'wordWeights'> | undefined, features: () => readonly string[]): boolean {
  const model = proposition?.wordWeights;
  if (!model) return false;
  let z = model.bias;
  for (const f of features()) z += model.weights[f] ?? 0;
  return z > 0;
}
