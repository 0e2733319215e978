/** A page's sentences exactly as the analysis numbers them: hard-wrapped lines joined, then Intl.Segmenter. */
import type { PageInput } from '../analysis';
import { splitSentences, type TextSpan } from './segment';
import { unwrapHardWrappedLines } from './unwrapHardWrappedLines';

export function pageSentences(input: Pick<PageInput, 'text' | 'lang'>): TextSpan[] {
  return splitSentences(unwrapHardWrappedLines(input.text), input.lang?.slice(0, 2) || 'en');
}
