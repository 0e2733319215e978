/**
 * Who said each quoted span, and where. The speaker is the person (or organisation) the narration names with
 * a speech verb before the quote in its sentence ("Ms Rudd said:", "Lord Paddick branded Ms Rudd's proposals",
 * "Theresa May believed that ... “can and must”"), else after it ("..., Britain's top cop has said"). A wholly
 * quoted paragraph right after a quote, with no attribution of its own, continues that quote. Quoted words no
 * one is named for (scare quotes) are left out. A quote without a venue of its own takes the venue of the same
 * speaker's longer quote that contains its words, else of that speaker's previous quote in the source.
 */
import type { Person } from './model';
import type { TextSpan } from '../text/segment';
import { slug } from './ids';
import type { CorpusWording } from './corpusWording';
import { POST_NOMINAL, SENTENCE_OPENERS, SPEECH_AUX, SPEECH_VERBS } from './lexicon';
import type { PeopleInText } from './people';
import type { QuotedSpan } from './quotedSpans';
import { findCommittees, venueIn } from './venues';
import { blankQuotes } from './blankQuotes';

export interface AttributedQuote {
  span: QuotedSpan;
  speakerId: string;
  venue?: string;
}

export interface Attribution {
  quotes: AttributedQuote[];
  /** organisations quoted as speakers ("WhatsApp has said"), stored beside people */
  organisations: Person[];
}

const VERB_AFTER = new RegExp(String.raw`^(?:['\u2019]s)?${POST_NOMINAL}(?:,[^,.;:]{1,80},|,)?\s+${SPEECH_AUX}(?:${SPEECH_VERBS})\b`);
/** "Mrs Justice McGowan delayed the hearing, saying: “...”": the quote is the sentence subject's */
const PARTICIPLE_INTRO = /,\s+(?:saying|adding|insisting|warning|arguing|explaining|telling\s+[^:,]{1,60})\s*:?\s*$/;
const ORG_SPEAKER = new RegExp(String.raw`\b([A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*)*)\s+${SPEECH_AUX}(?:${SPEECH_VERBS})\b`, 'g');
/** institutions that speak as a body, also with where and when between them and the verb: "Police in London on Monday said" */
const institutionSpeakers = new WeakMap<readonly string[], RegExp>();
function institutionSpeaker(institutions: readonly string[]): RegExp {
  let pattern = institutionSpeakers.get(institutions);
  if (!pattern) {
    const names = institutions.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    pattern = new RegExp(String.raw`\b(${names})(?:\s+(?:in|on|at)\s+[A-Z]\w+){0,2}\s+${SPEECH_AUX}(?:${SPEECH_VERBS})\b`, 'g');
    institutionSpeakers.set(institutions, pattern);
  }
  return pattern;
}

interface Speaker {
  id: string;
  at: number;
  org?: Person;
}

export function attributeQuotes(text: string, paragraphs: readonly TextSpan[], sentences: readonly TextSpan[], quoted: readonly QuotedSpan[], found: PeopleInText, wording: Pick<CorpusWording, 'notNames' | 'institutions'>): Attribution {
  const { notNames } = wording;
  const masked = blankQuotes(text, quoted);
  const committees = findCommittees(masked);
  const names = [...found.people.values()].flatMap((p) => [p.name, ...p.aliases]);
  const organisations = new Map<string, Person>();
  const out: AttributedQuote[] = [];

  const speakerIn = (from: number, to: number, last: boolean): Speaker | undefined => {
    const people: Speaker[] = found.mentions
      .filter((m) => m.start >= from && m.end <= to && VERB_AFTER.test(masked.slice(m.end, to)))
      .map((m) => ({ id: m.personId, at: m.start }));
    const orgs: Speaker[] = [];
    for (const m of masked.slice(from, to).matchAll(ORG_SPEAKER)) {
      const opener = /^(\S+)\s+/.exec(m[1]!);
      const skip = opener && SENTENCE_OPENERS.has(opener[1]!) ? opener[0].length : 0; // "The Crown Prosecution Service said"
      const name = m[1]!.slice(skip).replace(/['\u2019]s$/, '');
      const start = from + m.index + skip;
      if (notNames.has(name) || found.mentions.some((x) => x.start < start + name.length && x.end > start)) continue;
      if (!namesSomething(masked, sentences, name)) continue;
      orgs.push({ id: slug(name), at: start, org: { id: slug(name), name, aliases: [] } });
    }
    for (const m of masked.slice(from, to).matchAll(institutionSpeaker(wording.institutions))) {
      const name = m[1]!.replace(/^the\s+/, '');
      const start = from + m.index;
      if (!orgs.some((o) => o.at === start)) orgs.push({ id: slug(name), at: start, org: { id: slug(name), name, aliases: [] } });
    }
    const all = [...people, ...orgs].sort((a, b) => a.at - b.at);
    return last ? all.at(-1) : all[0];
  };

  for (const span of quoted) {
    const sentence = sentences.find((s) => span.start >= s.start && span.start < s.end) ?? sentences.find((s) => s.start >= span.start);
    const endSentence = sentences.find((s) => span.end - 1 >= s.start && span.end - 1 < s.end) ?? sentence;
    const introFrom = sentence ? Math.min(sentence.start, span.start) : span.start;
    const tailTo = endSentence ? Math.max(endSentence.end, span.end) : span.end;
    const previous = out.at(-1);
    const participle = PARTICIPLE_INTRO.test(masked.slice(introFrom, span.start));
    const subject = participle ? found.mentions.find((m) => m.start >= introFrom && m.end <= span.start) : undefined;
    const speaker = speakerIn(introFrom, span.start, true) ?? (subject ? { id: subject.personId, at: subject.start } : undefined) ?? speakerIn(span.end, tailTo, false);
    if (!speaker) {
      if (previous && continues(previous.span, span, paragraphs)) previous.span = merge(previous.span, span);
      // `"...," Rudd told the BBC. "We need ..."`: a quote opening the sentence after a quote goes on with its speaker
      else if (previous && span.start === sentence?.start && follows(previous.span, span, sentences)) out.push({ span, speakerId: previous.speakerId });
      continue;
    }
    if (speaker.org) organisations.set(speaker.org.id, speaker.org);
    const venue = venueIn(masked.slice(introFrom, span.start), introFrom, masked, committees, names) ?? venueIn(masked.slice(span.end, tailTo), span.end, masked, committees, names);
    out.push({ span, speakerId: speaker.id, ...(venue ? { venue } : {}) });
  }

  // venues the text states come first; a quote borrows only a stated venue
  const stated = new Set(out.filter((q) => q.venue));
  for (const q of out) {
    if (q.venue) continue;
    const containing = [...stated].find((o) => o.speakerId === q.speakerId && o.span.text.length > q.span.text.length && fold(o.span.text).includes(fold(q.span.text)));
    const earlier = out.slice(0, out.indexOf(q)).reverse().find((o) => o.speakerId === q.speakerId && stated.has(o));
    const venue = containing?.venue ?? earlier?.venue;
    if (venue) q.venue = venue;
  }
  return { quotes: out, organisations: [...organisations.values()] };
}

/**
 * A capitalised word before a speech verb names a speaker ("WhatsApp has said", "Europol said") when it is not
 * only capitalised for opening a sentence ("Witnesses said"): written with inner capitals or as an acronym,
 * several words long, or capitalised somewhere in the middle of a sentence too.
 */
function namesSomething(text: string, sentences: readonly TextSpan[], name: string): boolean {
  if (/\s/.test(name) || /^[A-Z]{2,}$|[a-z][A-Z]/.test(name)) return true;
  for (const m of text.matchAll(new RegExp(String.raw`\b${name}\b`, 'g'))) {
    if (!sentences.some((s) => s.start === m.index) && !/["\u201C\u2018'(]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return true;
  }
  return false;
}

/** A quote that closes at the end of its paragraph, followed by a paragraph that is all quotation. */
function continues(previous: QuotedSpan, next: QuotedSpan, paragraphs: readonly TextSpan[]): boolean {
  const lastPara = previous.paragraphs.at(-1)!;
  const nextPara = next.paragraphs[0]!;
  return nextPara === lastPara + 1 && previous.end >= paragraphs[lastPara]!.end && next.start === paragraphs[nextPara]!.start;
}

/** The quote opens the sentence right after the one the previous quote ends in. */
function follows(previous: QuotedSpan, next: QuotedSpan, sentences: readonly TextSpan[]): boolean {
  const k = sentences.findIndex((s) => previous.end - 1 >= s.start && previous.end - 1 < s.end);
  return k >= 0 && sentences[k + 1]?.start === next.start;
}

function merge(a: QuotedSpan, b: QuotedSpan): QuotedSpan {
  return { ...a, text: `${a.text} ${b.text}`, pieces: [...a.pieces, ...b.pieces], end: b.end, paragraphs: [...a.paragraphs, ...b.paragraphs] };
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
}
