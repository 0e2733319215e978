/**
 * npm run eval -- [--details dev|heldout] [--json]
 *
 * The matcher against the hand-labelled pages of tests/fixtures/matching/, with exactly the extension's
 * analysis on the seed corpus. Prints, for the dev half and the held-out half, precision and recall per kind,
 * the accuracy of agrees / differs, and the counts of the worst errors, each with its goal. --details lists every
 * sentence where the matcher and the reader disagree, for the half named (tune on dev only).
 */
import { fileURLToPath } from 'node:url';
import { buildMatchIndex } from '../core/match/matchIndex';
import { loadCorpus } from './cli/loadCorpus';
import { precision, recall, scoreMatching, type MatchingScore } from './eval/scoreMatching';
import { readLabelledPages } from './eval/sentenceLabels';

const ROOT = fileURLToPath(new URL('../tests/fixtures/matching/', import.meta.url));
export const HALVES = { dev: `${ROOT}dev/`, heldout: `${ROOT}heldout/` } as const;
type Half = keyof typeof HALVES;

/** The goals the held-out half must meet. */
export const GOALS = { sentencePrecision: 0.95, sentenceRecall: 0.85, positionRecall: 0.7, verdictAccuracy: 0.95, wrongSubject: 0 };

export function verdictAccuracy(s: MatchingScore): number {
  return s.verdictJudged === 0 ? 1 : s.verdictRight / s.verdictJudged;
}

export function table(half: string, s: MatchingScore): string {
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, c: MatchingScore['fact']) =>
    `| ${name} | ${c.truePositive} | ${c.falsePositive} | ${c.falseNegative} | ${f(precision(c))} | ${f(recall(c))} |`;
  return [
    `${half}: ${s.pages} pages, ${s.sentences} sentences, ${s.labelledSentences} linked by the reader`,
    '',
    '| kind | right | extra | missed | precision | recall |',
    '|---|---|---|---|---|---|',
    row('sentences', s.sentenceLevel),
    row('facts', s.fact),
    row('quotes', s.quote),
    row('positions', s.position),
    '',
    `fact verdict accuracy ${f(verdictAccuracy(s))} (${s.verdictRight}/${s.verdictJudged}) · wrong subject ${s.wrongSubject} · wrong speaker ${s.wrongSpeaker} · wrong holder or stance ${s.wrongHolderOrStance}`,
    `red "differs" shown ${s.differsShown}, of which the reader gives ${s.differsRight} (same subject, differs)`,
    `positions held by people outside the corpus (not counted above): ${s.outsideHolders}`,
    `goals: sentence precision >= ${GOALS.sentencePrecision}, recall >= ${GOALS.sentenceRecall}, position recall >= ${GOALS.positionRecall}, verdict accuracy >= ${GOALS.verdictAccuracy}, wrong subject ${GOALS.wrongSubject}`,
    ...s.labelErrors.map((e) => `LABEL ERROR ${e}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const details = argv.includes('--details') ? (argv[argv.indexOf('--details') + 1] as Half) : undefined;
  if (details && !(details in HALVES)) throw new Error(`--details takes dev or heldout, not ${details}`);
  const index = buildMatchIndex(await loadCorpus());
  const scores = Object.fromEntries(
    (Object.keys(HALVES) as Half[]).map((half) => [half, scoreMatching(readLabelledPages(HALVES[half]), index)]),
  ) as Record<Half, MatchingScore>;
  if (argv.includes('--json')) {
    const summary = (s: MatchingScore) => ({ ...s, outcomes: undefined });
    console.log(JSON.stringify({ dev: summary(scores.dev), heldout: summary(scores.heldout) }));
    return;
  }
  for (const half of Object.keys(HALVES) as Half[]) console.log(`${table(half, scores[half])}\n`);
  if (details) {
    for (const o of scores[details].outcomes.filter((x) => x.problems.length > 0)) {
      console.log(`${o.file} #${o.sentenceIndex}: ${o.sentence}\n${o.problems.map((p) => `    ${p}`).join('\n')}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
