/**
 * The Node half of the bench, measured side by side in one run: the indexed matcher against a naive fuse.js
 * scan of every passage, on synthetic corpora of 10k and 100k passages with the article's sentences planted.
 */
import Fuse from 'fuse.js';
import { buildMatchIndex, type MatchIndex } from '../../core/match/matchIndex';
import { matchSentences } from '../../core/match/matchSentences';
import { normalizeForMatch } from '../../core/text/normalize';
import type { TextSpan } from '../../core/text/segment';
import { buildSyntheticCorpus, type PlantedCorpus } from './syntheticCorpus';
import { bestOf } from './timing';

export interface NodeFigures {
  indexedVsNaiveSpeedup: number;
  plantedRecall: number;
  plantedRecall10k: number;
  plantedRecall1M: number | null;
  /** the JS heap the whole in-memory index of 100k passages takes (built beside the corpus in Node) */
  memoryIndexHeapMB100k: number | null;
  growth10kTo100k: number;
  indexBuildMs10k: number;
  indexBuildMs100k: number;
  indexedMsPerSentence10k: number;
  indexedMsPerSentence100k: number;
  naiveMsPerSentence100k: number;
  articleSentences: number;
  naiveSentencesTimed: number;
}

export interface NodeBenchOptions {
  articleSentences: TextSpan[];
  vocabularyText: string;
  /** how many sentences the naive scan is timed on (it takes seconds each at 100k) */
  naiveSentences?: number;
  rounds?: number;
  /** also build a corpus of a million passages for planted recall (a few GB of heap) */
  million?: boolean;
  log?: (line: string) => void;
}

export function runNodeBench(options: NodeBenchOptions): NodeFigures {
  const log = options.log ?? (() => {});
  const sentences = options.articleSentences.map((s) => s.text);
  const rounds = options.rounds ?? 5;

  log('building the 10k synthetic corpus and its index');
  const small = buildSyntheticCorpus(10_000, options.vocabularyText, sentences);
  const { index: index10k, ms: indexBuildMs10k } = timedBuild(small);
  log('building the 100k synthetic corpus and its index');
  const large = buildSyntheticCorpus(100_000, options.vocabularyText, sentences);
  const heapBefore = heapUsed();
  const { index: index100k, ms: indexBuildMs100k } = timedBuild(large);
  const heapAfter = heapUsed();

  // Warm both paths once, then take the best of several rounds: these machines are noisy.
  matchSentences(index10k, options.articleSentences);
  matchSentences(index100k, options.articleSentences);
  const indexedMs10k = bestOf(rounds, () => matchSentences(index10k, options.articleSentences));
  const indexedMs100k = bestOf(rounds, () => matchSentences(index100k, options.articleSentences));

  const found = recall(index100k, large, options.articleSentences);
  const found10k = recall(index10k, small, options.articleSentences);

  const naiveCount = Math.min(options.naiveSentences ?? 3, sentences.length);
  log(`timing the naive fuse.js scan of 100k passages on ${naiveCount} sentences`);
  const fuse = new Fuse(large.corpus.passages.map((p) => ({ text: normalizeForMatch(p.text) })), {
    keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.45,
  });
  const naiveStart = performance.now();
  for (const sentence of sentences.slice(0, naiveCount)) fuse.search(normalizeForMatch(sentence), { limit: 8 });
  const naiveMsPerSentence100k = (performance.now() - naiveStart) / naiveCount;

  let found1M: number | null = null;
  if (options.million) {
    log('building the 1M synthetic corpus and its index (planted recall)');
    const million = buildSyntheticCorpus(1_000_000, options.vocabularyText, sentences);
    found1M = recall(buildMatchIndex(million.corpus), million, options.articleSentences);
  }

  const indexedMsPerSentence10k = indexedMs10k / sentences.length;
  const indexedMsPerSentence100k = indexedMs100k / sentences.length;
  return {
    indexedVsNaiveSpeedup: round(naiveMsPerSentence100k / indexedMsPerSentence100k, 0),
    plantedRecall: round(found, 3),
    plantedRecall10k: round(found10k, 3),
    plantedRecall1M: found1M === null ? null : round(found1M, 3),
    memoryIndexHeapMB100k: heapBefore === null || heapAfter === null ? null : round((heapAfter - heapBefore) / 2 ** 20, 0),
    growth10kTo100k: round(indexedMsPerSentence100k / indexedMsPerSentence10k, 2),
    indexBuildMs10k: round(indexBuildMs10k, 0),
    indexBuildMs100k: round(indexBuildMs100k, 0),
    indexedMsPerSentence10k: round(indexedMsPerSentence10k, 3),
    indexedMsPerSentence100k: round(indexedMsPerSentence100k, 3),
    naiveMsPerSentence100k: round(naiveMsPerSentence100k, 0),
    articleSentences: sentences.length,
    naiveSentencesTimed: naiveCount,
  };
}

/** The heap in use after a full collection, when Node was started with --expose-gc. */
function heapUsed(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  return process.memoryUsage().heapUsed;
}

function timedBuild(planted: PlantedCorpus): { index: MatchIndex; ms: number } {
  const start = performance.now();
  const index = buildMatchIndex(planted.corpus);
  return { index, ms: performance.now() - start };
}

/** Share of planted passages that come out as their sentence's closest passage. */
function recall(index: MatchIndex, planted: PlantedCorpus, sentences: TextSpan[]): number {
  const { hits } = matchSentences(index, sentences);
  const bySentence = new Map(hits.map((h) => [h.sentenceIndex, h.target.passageId]));
  let found = 0;
  for (const [i, passageId] of planted.planted) if (bySentence.get(i) === passageId) found++;
  return found / planted.planted.size;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
