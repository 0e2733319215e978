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

/** Sentences of `text`, trimmed, with offsets into `text`; empty ones are dropped. */
export function splitSentences(text: string, lang = 'en'): TextSpan[] {
  const out: TextSpan[] = [];
  for (const { segment, index } of segmenter(sentenceSegmenters, lang, 'sentence').segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    out.push({ text: trimmed, start: index + lead, end: index + lead + trimmed.length });
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
