/**
 * The text the synthetic corpora are made of: the sentences planted in them (distinct sentences of a few real
 * articles, whose whole texts the anchoring bench reads too) and the running text of the other fixture pages, their
 * vocabulary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pageInputFromText } from '../cli/pageInputFromText';
import { contentWords } from '../../core/text/terms';
import { splitSentences, type TextSpan } from '../../core/text/segment';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/pages/', import.meta.url));
/** real articles whose sentences are planted in the synthetic corpus and matched */
const ARTICLES = ['006-', '010-', '020-', '021-', '003-'];
/** share of the smaller sentence's content words the other one has: above this they are the same sentence */
const NEAR_DUPLICATE = 0.8;

function sharedShare(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

export function plantedText(): { articleSentences: TextSpan[]; vocabularyText: string; articleTexts: string[] } {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
  const pages = files.map((f) => ({ file: f, page: pageInputFromText(readFileSync(FIXTURES + f, 'utf8')) }));
  const articles = pages.filter((p) => ARTICLES.some((prefix) => p.file.startsWith(prefix)));
  // Distinct sentences with something to match on: the matcher leaves stopword-only fragments alone by design.
  // Two articles quoting the same words give one sentence, not two planted copies that each match the other.
  const chosen: Set<string>[] = [];
  const articleSentences = articles
    .flatMap((a) => splitSentences(a.page.text))
    .filter((s) => s.text.split(/\s+/).length >= 8 && contentWords(s.text).length >= 4)
    .filter((s) => {
      const words = new Set(contentWords(s.text));
      if (chosen.some((other) => sharedShare(words, other) >= NEAR_DUPLICATE)) return false;
      chosen.push(words);
      return true;
    });
  const vocabularyText = pages.filter((p) => !articles.includes(p)).map((p) => p.page.text).join(' ');
  return { articleSentences, vocabularyText, articleTexts: articles.map((a) => a.page.text) };
}
