/**
 * The part of a long sentence that speaks to an item: the window of words holding most of the item's words
 * ("…Khalid Masood connected to messaging app WhatsApp minutes before he killed four people…"), cut at word
 * boundaries with an ellipsis where the sentence goes on. A sentence that fits is returned whole.
 */
import { contentWords } from '../core/text/terms';

const WORD = /\S+/g;

export function excerptAround(sentence: string, focus: string, maxChars = 150): string {
  const text = sentence.trim();
  if (text.length <= maxChars) return text;
  const wanted = new Set(contentWords(focus));
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, hit: contentWords(m[0]).some((w) => wanted.has(w)) }));

  // Slide a window no longer than maxChars over the words; keep the one with the most hits, earliest on a tie.
  let best = { from: 0, to: 0, hits: -1 };
  let to = 0;
  let hits = 0;
  for (let from = 0; from < words.length; from++) {
    while (to < words.length && words[to]!.end - words[from]!.start <= maxChars) hits += words[to++]!.hit ? 1 : 0;
    if (hits > best.hits) best = { from, to, hits };
    hits -= words[from]!.hit ? 1 : 0;
  }
  if (best.to <= best.from) return `${text.slice(0, maxChars).trimEnd()}…`;
  const start = words[best.from]!.start;
  const end = words[best.to - 1]!.end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
