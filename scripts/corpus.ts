/**
 * npm run corpus [-- --json] [article.txt ...]
 *
 * Prints the story file, then builds the corpus from the story folder (seeds/, or the one CROSSCHECK_STORY
 * names) with the extension's builder and prints it readably, or as the raw Corpus JSON with --json. Text files given after the options are added as user sources, to see what the builder reads in
 * other news texts.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildCorpus } from '../core/corpus/buildCorpus';
import { corpusReport } from './cli/corpusReport';
import { findDiscrepancies } from '../core/corpus/discrepancies';
import type { Corpus } from '../core/corpus/model';
import { join } from 'node:path';
import { parseStory } from '../core/story/storySchema';
import { storyReport } from './cli/storyReport';
import { loadSeedCorpusFromDisk } from './seedCorpus';
import { storyDirectory } from './storyDirectory';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => !a.startsWith('--'));

const started = performance.now();
const storyFile = join(storyDirectory(), 'story.json');
const story = parseStory(JSON.parse(readFileSync(storyFile, 'utf8')), storyFile);
const seeds = loadSeedCorpusFromDisk(`${storyDirectory()}/`);
const added = buildCorpus(files.map((f) => ({ key: f, text: readFileSync(f, 'utf8'), origin: 'user' as const, title: basename(f) })));
const facts = [...seeds.facts, ...added.facts];
const corpus: Corpus = {
  sources: [...seeds.sources, ...added.sources],
  passages: [...seeds.passages, ...added.passages],
  facts,
  quotes: [...seeds.quotes, ...added.quotes],
  people: [...seeds.people, ...added.people],
  propositions: seeds.propositions,
  positions: seeds.positions,
  discrepancies: findDiscrepancies(facts),
};
const ms = performance.now() - started;

if (json) process.stdout.write(`${JSON.stringify(corpus, null, 2)}\n`);
else {
  process.stdout.write(`${storyReport(story)}\n\n${corpusReport(corpus)}\n`);
  process.stderr.write(`\nbuilt in ${ms.toFixed(0)} ms\n`);
}
