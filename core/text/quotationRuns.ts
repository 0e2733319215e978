/**
 * Quotations that run over several sentences, as newspapers print them: an opening mark, sentences inside it,
 * and the closing mark with "she said" one or three sentences later; or, in the British style, a paragraph left
 * open and the next one opening again with a mark. Each sentence that is quoted, in whole or in part, gets the
 * number of its quotation, so that the sentence naming the speaker can lend the name to the others, and the
 * spans of it that are quoted, so that the name is looked for only in the reporter's words.
 *
 * Only double marks are followed (“ ” and "): a single ’ is also an apostrophe. A quotation that never closes
 * (a page cut short, a stray mark) ends at the next paragraph that does not open with a mark, or after MAX_OPEN
 * sentences without a mark.
 */

const MAX_OPEN = 4;

export interface QuotedSentence {
  /** the number of the quotation the sentence is part of */
  run?: number;
  /** [start, end) of each quoted span, marks included */
  quoted: Array<[number, number]>;
}

export function quotationRuns(sentences: ReadonlyArray<{ text: string; opensLine?: boolean }>): QuotedSentence[] {
  const out: QuotedSentence[] = [];
  let open = false;
  let run = -1;
  let sinceMark = 0;
  for (const { text, opensLine } of sentences) {
    // a new paragraph of the reporter's words: whatever was left open was a stray mark
    if (open && opensLine && !/^\s*["\u201C]/.test(text)) open = false;
    let own: number | undefined = open ? run : undefined;
    const quoted: Array<[number, number]> = [];
    let from = open ? 0 : -1;
    let marks = 0;
    const first = text.search(/\S/);
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c !== '\u201C' && c !== '\u201D' && c !== '"') continue;
      marks++;
      // a sentence that opens with a mark while a quotation is open goes on with it (a new paragraph of it)
      if (i === first && open && c !== '\u201D') continue;
      const opening: boolean = c === '\u201C' || (c === '"' && !open);
      if (opening && !open) {
        run++;
        own ??= run;
        from = i;
      } else if (!opening && open) {
        quoted.push([from, i + 1]);
        from = -1;
      }
      open = opening;
    }
    if (open && from >= 0) quoted.push([from, text.length]);
    sinceMark = marks > 0 ? 0 : sinceMark + 1;
    if (open && sinceMark >= MAX_OPEN) open = false;
    out.push(own === undefined ? { quoted } : { run: own, quoted });
  }
  return out;
}

/** Whether the span lies wholly within one of the sentence's quoted spans. */
export function withinQuotation(span: { start: number; end: number }, quoted: ReadonlyArray<readonly [number, number]>): boolean {
  return quoted.some(([start, end]) => span.start >= start && span.end <= end);
}

/** The sentence with its quoted spans blanked out, offsets kept: the reporter's words only. */
export function unquotedText(text: string, quoted: ReadonlyArray<readonly [number, number]>): string {
  let out = text;
  for (const [start, end] of quoted) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}
