/** Sentences and words through Intl.Segmenter: the same segmentation in the extension and in Node. */

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, lang: string, granularity: 'sentence' | 'word') {
  let s = cache.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity });
    cache.set(lang, s);
  }
  return s;
}

/**
 * Sentences of `text`, trimmed, with offsets into `text`; empty ones are dropped.
 * A line break always ends a sentence for the segmenter, so each line is segmented on its own: same result,
 * but V8's segment iterator slows down sharply on long strings (a 20k-word page took ~0.8 s in one piece).
 */
export function splitSentences(text: string, lang = 'en'): TextSpan[] {
  const out: TextSpan[] = [];
  const sentences = segmenter(sentenceSegmenters, lang, 'sentence');
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd > lineStart) {
      for (const { segment, index } of sentences.segment(text.slice(lineStart, lineEnd))) {
        const lead = segment.length - segment.trimStart().length;
        const trimmed = segment.trim();
        if (!trimmed) continue;
        const start = lineStart + index + lead;
        out.push({ text: trimmed, start, end: start + trimmed.length });
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return out;
}

/** Word-like segments of `text` (no punctuation or spaces), with offsets. */
export function splitWords(text: string, lang = 'en'): TextSpan[] {
  const out: TextSpan[] = [];
  for (const { segment, index, isWordLike } of segmenter(wordSegmenters, lang, 'word').segment(text)) {
    if (isWordLike) out.push({ text: segment, start: index, end: index + segment.length });
  }
  return out;
}
