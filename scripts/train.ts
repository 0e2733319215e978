/**
 * npm run train [-- --cv]
 *
 * Learns each proposition's words (core/match/speaksOfProposition.ts) from the dev half of the hand-labelled
 * pages (tests/fixtures/matching/dev/; never the held-out half) and the story's written sentences
 * (seeds/propositionSentences.jsonl, in every fold) and writes them to seeds/propositionWords.json.
 * --cv writes nothing: it splits the dev pages into five folds and, for each, runs the matcher on the fold with
 * words learned from the other four and without any, printing both, summed over the folds.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildMatchIndex, type MatchIndex } from '../core/match/matchIndex';
import { loadCorpus } from './cli/loadCorpus';
import { HALVES } from './eval';
import { precision, recall, scoreMatching, type Counts, type MatchingScore } from './eval/scoreMatching';
import { readLabelledPages, type LabelledPage } from './eval/sentenceLabels';
import { SEED_DIR } from './seedCorpus';
import { propositionExamples, writtenExamples, type PropositionExample } from './train/propositionExamples';
import { TRAINING, trainLogistic } from './train/logisticRegression';
import type { WordWeights } from '../core/corpus/model';

const FOLDS = 5;

/** the story's written sentences, if its folder has them */
const WRITTEN = `${SEED_DIR}propositionSentences.jsonl`;

/** every proposition's words, learned from the pages and the story's written sentences */
export function learnPropositionWords(pages: readonly LabelledPage[], index: MatchIndex): Record<string, WordWeights> {
  return learnFrom(interleave(propositionExamples(pages, index), writtenExamples(WRITTEN, index, TRAINING.writtenWeight)), index);
}

/** `some` spread evenly through `many`, both in their order: the descent meets written sentences all along, not last */
function interleave<T>(many: readonly T[], some: readonly T[]): T[] {
  const out: T[] = [];
  let next = 0;
  many.forEach((item, i) => {
    out.push(item);
    while (next < some.length && (next + 1) * many.length <= (i + 1) * some.length) out.push(some[next++]!);
  });
  return [...out, ...some.slice(next)];
}

function learnFrom(examples: readonly PropositionExample[], index: MatchIndex): Record<string, WordWeights> {
  return Object.fromEntries(
    index.corpus.propositions.map((p) => [p.id, trainLogistic(examples.map((e) => ({ features: e.features, positive: e.propositions.has(p.id), weight: e.weight })))]),
  );
}

function crossValidate(pages: readonly LabelledPage[], index: MatchIndex): void {
  const without: MatchingScore[] = [];
  const learned: MatchingScore[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = pages.filter((_, i) => i % FOLDS === fold);
    for (const p of index.corpus.propositions) delete p.wordWeights;
    without.push(scoreMatching(test, index));
    const words = learnPropositionWords(pages.filter((_, i) => i % FOLDS !== fold), index);
    for (const p of index.corpus.propositions) p.wordWeights = words[p.id];
    learned.push(scoreMatching(test, index));
  }
  const total = (scores: MatchingScore[], kind: 'sentenceLevel' | 'position'): Counts => ({
    truePositive: scores.reduce((n, s) => n + s[kind].truePositive, 0),
    falsePositive: scores.reduce((n, s) => n + s[kind].falsePositive, 0),
    falseNegative: scores.reduce((n, s) => n + s[kind].falseNegative, 0),
  });
  const cells = (c: Counts) => `${c.truePositive} | ${c.falsePositive} | ${c.falseNegative} | ${precision(c).toFixed(3)} | ${recall(c).toFixed(3)}`;
  console.log(`dev pages in ${FOLDS} folds, each matched with words learned from the other four\n`);
  console.log('| matcher | kind | right | extra | missed | precision | recall |\n|---|---|---|---|---|---|---|');
  for (const [name, scores] of [['cue groups only', without], ['with learned words', learned]] as const) {
    console.log(`| ${name} | sentences | ${cells(total(scores, 'sentenceLevel'))} |`);
    console.log(`| ${name} | positions | ${cells(total(scores, 'position'))} |`);
  }
  const wrong = (scores: MatchingScore[]) => scores.reduce((n, s) => n + s.wrongHolderOrStance, 0);
  console.log(`\nwrong holder or stance: ${wrong(without)} without, ${wrong(learned)} with learned words`);
}

async function main(argv: string[]): Promise<void> {
  const index = buildMatchIndex(await loadCorpus());
  const pages = readLabelledPages(HALVES.dev);
  if (argv.includes('--cv')) return crossValidate(pages, index);
  const labelled = propositionExamples(pages, index);
  const written = writtenExamples(WRITTEN, index, TRAINING.writtenWeight);
  const out = {
    about: 'Learned by `npm run train` from the dev half of the hand-labelled pages (tests/fixtures/matching/dev/) and the written sentences (seeds/propositionSentences.jsonl), never from the held-out half. Do not edit by hand.',
    trainedOn: { pages: pages.length, sentences: labelled.length, writtenSentences: written.length },
    settings: TRAINING,
    propositions: learnFrom(interleave(labelled, written), index),
  };
  const file = `${SEED_DIR}propositionWords.json`;
  // a proposition's words on one line each: the file stays short to read and to diff
  const propositions = Object.entries(out.propositions).map(([id, w]) => `    ${JSON.stringify(id)}: { "bias": ${w.bias}, "weights": ${JSON.stringify(w.weights)} }`);
  const head = JSON.stringify({ about: out.about, trainedOn: out.trainedOn, settings: out.settings }, null, 2).slice(0, -2);
  writeFileSync(file, `${head},\n  "propositions": {\n${propositions.join(',\n')}\n  }\n}\n`);
  const kept = Object.values(out.propositions).reduce((n, w) => n + Object.keys(w.weights).length, 0);
  console.log(`wrote ${file}: ${Object.keys(out.propositions).length} propositions, ${kept} weights, from ${pages.length} pages (${labelled.length} sentences) and ${written.length} written sentences`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
