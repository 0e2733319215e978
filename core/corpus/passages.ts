/** A source's passages: its sentences (Intl.Segmenter, through splitSentences) with offsets into the source text. */
import type { Passage } from './model';
import { splitSentences } from '../text/segment';
import { splitParagraphs } from './paragraphs';

export function splitPassages(sourceId: string, text: string): Passage[] {
  const out: Passage[] = [];
  splitParagraphs(text).forEach((para, paragraph) => {
    for (const s of splitSentences(para.text)) {
      const start = para.start + s.start;
      out.push({ id: `${sourceId}:${start}`, sourceId, paragraph, start, end: start + s.text.length, text: s.text });
    }
  });
  return out;
}
