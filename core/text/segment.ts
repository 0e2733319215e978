/** Sentences and words through Intl.Segmenter: the same segmentation in the extension and in Node. */

export interface TextSpan {
  text: string;
  start: number;
  end: number;
  /** the first sentence of its line (a paragraph of the page) */
  opensLine?: true;
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string) {
  let s = sentenceSegmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    sentenceSegmenters.set(lang, s);
  }
  return s;
}

/** Titles and abbreviations that end no sentence (English): "Mr.", "Dr.", "St.", "No.", "U.S.", "U.K.", an initial. */
const ENDS_IN_ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sgt|Insp|Det|Supt|Cllr|Rev|Gen|Lt|Col|Capt|Cmdr|Gov|Sen|Rep|Hon|Jr|Sr|Mt|No|Nos|vs|v|[A-Z]|(?:[A-Z]\.){1,3}[A-Z])\.\s*$/;

/**
 * Sentences of `text`, trimmed, with offsets into `text`; empty ones are dropped.
 * A line break always ends a sentence for the segmenter, so each line is segmented on its own: same result,
 * but V8's segment iterator slows down sharply on long strings (a 20k-word page took ~0.8 s in one piece).
 */
export function splitSentences(text: string, lang = 'en'): TextSpan[] {
  const out: TextSpan[] = [];
  const sentences = sentenceSegmenter(lang);
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd > lineStart) {
      const line = text.slice(lineStart, lineEnd);
      let from = -1;
      let first = true;
      for (const { segment, index } of glued(sentences.segment(line))) {
        if (from === -1) from = index;
        // "Mr. Cochran", "Dr. Smith", "the U.S. tourist": the segmenter ends a sentence at any full stop before a capital.
        if (ENDS_IN_ABBREVIATION.test(segment) && index + segment.length < line.length) continue;
        const whole = line.slice(from, index + segment.length);
        from = -1;
        const lead = whole.length - whole.trimStart().length;
        const trimmed = whole.trim();
        if (!trimmed) continue;
        const start = lineStart + (index + segment.length - whole.length) + lead;
        out.push(first ? { text: trimmed, start, end: start + trimmed.length, opensLine: true } : { text: trimmed, start, end: start + trimmed.length });
        first = false;
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return out;
}

/** a full stop a scraped page left glued to the next sentence: "all the difference.The fifth person…" */
const MAYBE_GLUED = /[a-z][.!?]["\u201D']?[A-Z]/;
const GLUED_END = /(?<=\p{Ll}{2}[.!?]["\u201D']?)(?=\p{Lu}\p{Ll})/gu;

/** The segmenter's sentences, each cut again where a full stop is glued to the next sentence's capital. */
function* glued(segments: Iterable<{ segment: string; index: number }>): Generator<{ segment: string; index: number }> {
  for (const { segment, index } of segments) {
    if (!MAYBE_GLUED.test(segment)) {
      yield { segment, index };
      continue;
    }
    let from = 0;
    for (const m of segment.matchAll(GLUED_END)) {
      yield { segment: segment.slice(from, m.index), index: index + from };
      from = m.index;
    }
    yield from === 0 ? { segment, index } : { segment: segment.slice(from), index: index + from };
  }
}

