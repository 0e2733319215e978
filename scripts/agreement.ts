/**
 * npm run agreement [-- DIR] [-- --details]
 *
 * How far two careful readers agree. DIR (tests/fixtures/matching/second-reading/ by default) holds label files
 * (NAME.links.json) of pages of the matching evaluation, labelled a second time by another reader who never saw
 * the first labels; the pages themselves are read from the halves. For those pages
 * it prints three tables in the evaluation's terms: the second reader scored against the first (what a careful
 * reader's "precision" and "recall" are against another careful reader), the matcher against the first reader,
 * and the matcher against the second. The goals of `npm run eval` read against the first table.
 */
import { buildMatchIndex, type MatchIndex } from '../core/match/matchIndex';
import { loadCorpus } from './cli/loadCorpus';
import { table } from './eval';
import { scoreLinks, scoreMatching, type PredictedLink } from './eval/scoreMatching';
import { readings, SECOND_READING } from './eval/secondReading';
import { placeLabels, squash, type LabelledLink, type LabelledPage } from './eval/sentenceLabels';

/** A reader's link as the scorer reads a prediction: a quote by the corpus quote its words come from. */
function asPrediction(index: MatchIndex, link: LabelledLink): PredictedLink | undefined {
  if (link.kind === 'fact') return { kind: 'fact', subject: link.subject, verdict: link.verdict, compared: true };
  if (link.kind === 'position') return link.holder === 'other' ? undefined : { ...link };
  const words = squash(link.words);
  const quote = [...index.quotes.values()].find((q) => q.speaker === link.speaker && squash(q.text).includes(words));
  return { kind: 'quote', speaker: link.speaker, text: quote?.text ?? link.words };
}

/** The second reader's labels as predictions for the first reader's pages. */
function readerAsPredictor(index: MatchIndex, second: readonly LabelledPage[]) {
  const byFile = new Map(second.map((p) => [p.file, p]));
  return (page: LabelledPage, sentences: readonly { text: string }[]) => {
    const { links, errors } = placeLabels(byFile.get(page.file)!, sentences);
    if (errors.length) throw new Error(`second reading: ${errors.join('; ')}`);
    return new Map([...links].map(([i, l]) => [i, l.flatMap((link) => asPrediction(index, link) ?? [])]));
  };
}

async function main(argv: string[]): Promise<void> {
  const dir = argv.find((a) => !a.startsWith('--')) ?? SECOND_READING;
  const pairs = readings(dir.endsWith('/') ? dir : `${dir}/`);
  const first = pairs.map(([page]) => page);
  const second = pairs.map(([, page]) => page);
  const index = buildMatchIndex(await loadCorpus());
  const readers = scoreLinks(first, readerAsPredictor(index, second));
  console.log(table('second reader against the first', readers));
  console.log(`\n${table('matcher against the first reader', scoreMatching(first, index))}`);
  console.log(`\n${table('matcher against the second reader', scoreMatching(second, index))}`);
  if (argv.includes('--details')) {
    for (const o of readers.outcomes.filter((x) => x.problems.length > 0)) {
      console.log(`${o.file} #${o.sentenceIndex}: ${o.sentence}\n${o.problems.map((p) => `    ${p}`).join('\n')}`);
    }
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
