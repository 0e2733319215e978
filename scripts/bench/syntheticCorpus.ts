/**
 * A synthetic corpus for the bench: `size` passages of 12-30 words drawn from the running text of the
 * fixture pages (so word frequencies are a real article mix, not uniform noise), with a perturbed copy of
 * each article sentence planted at a random place. Seeded, so every run builds the same corpus.
 */
import type { Corpus, Passage } from '../../core/corpus/model';

export interface PlantedCorpus {
  corpus: Corpus;
  /** article sentence index -> id of the passage planted for it */
  planted: Map<number, string>;
}

/** mulberry32: a small seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of four edits a rewrite or a copying slip makes: drop a word, swap two, replace one, mistype one. */
export function perturb(sentence: string, random: () => number, vocabulary: readonly string[]): string {
  const words = sentence.split(/\s+/);
  const at = Math.floor(random() * words.length);
  switch (Math.floor(random() * 4)) {
    case 0:
      if (words.length > 6) words.splice(at, 1);
      break;
    case 1:
      if (at + 1 < words.length) [words[at], words[at + 1]] = [words[at + 1]!, words[at]!];
      break;
    case 2:
      words[at] = vocabulary[Math.floor(random() * vocabulary.length)]!;
      break;
    default: {
      const w = words[at]!;
      if (w.length > 3) {
        const i = 1 + Math.floor(random() * (w.length - 2));
        words[at] = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
      }
    }
  }
  return words.join(' ');
}

export function buildSyntheticCorpus(size: number, vocabularyText: string, articleSentences: readonly string[], seed = 22032017): PlantedCorpus {
  const random = seededRandom(seed);
  const tokens = vocabularyText.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const passages: Passage[] = [];
  for (let i = 0; i < size - articleSentences.length; i++) {
    const length = 12 + Math.floor(random() * 19);
    // Runs of consecutive tokens from a random place keep some local word order, like real prose.
    const words: string[] = [];
    while (words.length < length) {
      const start = Math.floor(random() * tokens.length);
      words.push(...tokens.slice(start, start + 2 + Math.floor(random() * 4)));
    }
    passages.push(passage(`syn-${i}`, words.slice(0, length).join(' ')));
  }
  const planted = new Map<number, string>();
  articleSentences.forEach((sentence, i) => {
    const id = `planted-${i}`;
    planted.set(i, id);
    passages.splice(Math.floor(random() * (passages.length + 1)), 0, passage(id, perturb(sentence, random, tokens)));
  });
  return {
    corpus: {
      sources: [{ id: 'synthetic', title: 'Synthetic bench corpus', text: '', origin: 'pack', addedAt: 0 }],
      passages,
      facts: [],
      quotes: [],
      people: [],
      propositions: [],
      positions: [],
      discrepancies: [],
    },
    planted,
  };
}

function passage(id: string, text: string): Passage {
  return { id, sourceId: 'synthetic', paragraph: 0, start: 0, end: text.length, text };
}
