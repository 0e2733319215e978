/**
 * A logistic regression over sparse binary features, trained by stochastic gradient descent in a fixed order
 * (the same examples give the same weights). Features whose weight stays small are dropped and the rest fitted
 * again, so the stored model stays small.
 */
import type { WordWeights } from '../../core/corpus/model';

export interface TrainingSettings {
  epochs: number;
  learningRate: number;
  /** L2 penalty per step */
  l2: number;
  /** the probability above which a sentence speaks of the proposition (folded into the bias) */
  threshold: number;
  /** weights closer to 0 than this are dropped */
  keepAbove: number;
  /** how much a written sentence (the story folder's propositionSentences.jsonl) counts against a labelled one */
  writtenWeight: number;
}

export const TRAINING: TrainingSettings = { epochs: 5, learningRate: 0.3, l2: 1e-3, threshold: 0.3, keepAbove: 0.3, writtenWeight: 0.5 };

export interface TrainingExample {
  features: readonly string[];
  positive: boolean;
  /** how much it counts (1 unless said) */
  weight?: number;
}

export function trainLogistic(examples: readonly TrainingExample[], settings: TrainingSettings = TRAINING): WordWeights {
  // fit on every feature, keep the ones that weigh, and fit again on those alone so the bias makes up for the rest
  const first = fit(examples, settings);
  const kept = new Set([...first.weights].filter(([, w]) => Math.abs(w) > settings.keepAbove).map(([f]) => f));
  const { bias, weights } = fit(examples.map((e) => ({ ...e, features: e.features.filter((f) => kept.has(f)) })), settings);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const sorted = [...weights].filter(([, w]) => round(w) !== 0).sort(([a], [b]) => (a < b ? -1 : 1));
  return { bias: round(bias - Math.log(settings.threshold / (1 - settings.threshold))), weights: Object.fromEntries(sorted.map(([f, w]) => [f, round(w)])) };
}

function fit(examples: readonly TrainingExample[], settings: TrainingSettings): { bias: number; weights: Map<string, number> } {
  const weights = new Map<string, number>();
  let bias = -2;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const { features, positive, weight = 1 } of examples) {
      let z = bias;
      for (const f of features) z += weights.get(f) ?? 0;
      const gradient = weight * ((positive ? 1 : 0) - 1 / (1 + Math.exp(-z)));
      bias += settings.learningRate * gradient;
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w + settings.learningRate * (gradient - settings.l2 * w));
      }
    }
  }
  return { bias, weights };
}
