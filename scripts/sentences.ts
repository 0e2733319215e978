/**
 * npm run sentences -- <file.txt>...
 *
 * Prints a page's sentences, numbered, exactly as the analyser splits them, and nothing else: no detection and
 * no matching. It is what a page is labelled from, sentence by sentence, before any output is seen.
 */
import { readFileSync } from 'node:fs';
import { pageInputFromText } from './cli/pageInputFromText';
import { pageSentences } from '../core/text/pageSentences';

for (const file of process.argv.slice(2)) {
  const input = pageInputFromText(readFileSync(file, 'utf8'));
  const sentences = pageSentences(input);
  console.log(`${file}: ${sentences.length} sentences`);
  sentences.forEach((s, i) => console.log(`${String(i).padStart(3)}  ${s.text}`));
}
