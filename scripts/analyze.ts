/**
 * npm run analyze -- [--json] [--corpus corpus.json] <file.html | file.txt | http://127.0.0.1...>...
 *
 * Runs exactly the extension's extraction, detection and matching in Node. With --json, one JSON line per
 * input on stdout and nothing else: {input, topic, score, why, matches: [...], evidence: [...]}, or
 * {input, error}; the exit code is 1 when any input failed.
 */
import { analyzePage } from '../core/analyzePage';
import type { PageAnalysis } from '../core/analysis';
import { buildMatchIndex } from '../core/match/matchIndex';
import { loadCorpus } from './cli/loadCorpus';
import { readPageInput } from './cli/readPageInput';

interface Options {
  json: boolean;
  corpus?: string;
  inputs: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--corpus') options.corpus = argv[++i];
    else if (arg.startsWith('--corpus=')) options.corpus = arg.slice('--corpus='.length);
    else options.inputs.push(arg);
  }
  return options;
}

export function analysisRecord(input: string, analysis: PageAnalysis) {
  return {
    input,
    topic: analysis.topic.topic,
    score: analysis.topic.score,
    why: analysis.topic.why,
    matches: analysis.matches.map((m) => ({
      sentence: m.sentence,
      kind: m.kind,
      itemId: m.itemId,
      verdict: m.verdict,
      score: m.score,
      ...(m.speaker ? { speaker: m.speaker } : {}),
      ...(m.differences ? { differences: m.differences } : {}),
    })),
    evidence: analysis.topic.evidence.slice(0, 12),
    sentenceCount: analysis.sentenceCount,
    timings: analysis.timings,
  };
}

function printHuman(record: ReturnType<typeof analysisRecord>): void {
  console.log(`${record.input}\n  ${record.topic} (${record.score}): ${record.why}`);
  for (const m of record.matches) {
    const who = m.speaker ? ` [${m.speaker}]` : '';
    const diff = m.differences?.map((d) => ` page "${d.page}" vs corpus "${d.corpus}"${d.corpusAsOf ? ` (as of ${d.corpusAsOf})` : ''}`).join(';') ?? '';
    console.log(`  - ${m.kind} ${m.verdict} ${m.itemId}${who}${diff}: ${m.sentence.length > 140 ? `${m.sentence.slice(0, 137)}...` : m.sentence}`);
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (options.inputs.length === 0) {
    console.error('usage: npm run analyze -- [--json] [--corpus corpus.json] <file.html | file.txt | http://127.0.0.1...>...');
    return 2;
  }
  const index = buildMatchIndex(await loadCorpus(options.corpus));
  let failed = false;
  for (const input of options.inputs) {
    try {
      const record = analysisRecord(input, analyzePage(await readPageInput(input), index));
      if (options.json) console.log(JSON.stringify(record));
      else printHuman(record);
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? error.message : String(error);
      if (options.json) console.log(JSON.stringify({ input, error: message }));
      else console.error(`${input}\n  error: ${message}`);
    }
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
