/**
 * Whether a sentence speaks of a proposition by its words as a whole, as the labelled pages taught: a linear
 * model over its content words and word pairs. It finds what the cue groups miss ("called for messaging firms to
 * open a way in for the security services") without a rule per wording; who holds the view is read as before.
 */
import type { WordWeights } from '../corpus/model';
import { contentWords } from '../text/terms';

/**
 * A sentence's features: its content words and each pair of neighbouring ones, without the people it names, so
 * that what it says, not who says it, tells whether it speaks of the proposition.
 */
export function sentenceFeatures(text: string, mentions: readonly { start: number; end: number }[]): string[] {
  let said = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) said = `${said.slice(0, m.start)} . ${said.slice(m.end)}`;
  const words = contentWords(said);
  const pairs = words.slice(1).map((w, i) => `${words[i]}_${w}`);
  return [...new Set([...words, ...pairs])];
}

export function speaksOfProposition(features: readonly string[], model: WordWeights): boolean {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return z > 0;
}
