/**
 * Who speaks in a sentence, read from the reporter's words around a quotation: "Mrs May said:", "…, she said",
 * "A WhatsApp spokesperson has since said",
 * "said Rudd", "according to the Home Secretary", "She continued:". A name or a pronoun counts only beside a verb
 * of saying and outside the quoted words; "she" is whoever the sentence or the text before made her. Two
 * speakers the sentence cannot tell apart give nobody.
 */
import type { Person } from '../corpus/model';
import type { PersonMention } from './personMentions';
import type { PeopleBefore } from './statedPositions';

const SAYING = String.raw`(?:said|says|told|tells|added|adds|continued|continues|went on|goes on|concluded|concludes|wrote|writes|argued|argues|insisted|insists|warned|warns|stressed|stresses|explained|explains|declared|declares|urged|urges|claimed|claims|asked|replied|admitted|conceded|accused|accuses|criticised|criticized|criticises|criticizes|branded|brands|dubbed|labelled|labeled|praised|denied|denies)`;
const SAYS_AFTER = new RegExp(String.raw`^(?:['\u2019]s\s+\w+\s+|\s+(?:spokes(?:wo)?man|spokesperson|representative)\s+)?\s*(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+|also\s+|since\s+|then\s+|later\s+|once\s+|(?:is|was|were|are)\s+(?:expected|due|set|going)\s+to\s+)*(?:${SAYING}|say|tell|warn|urge)\b`, 'i');
const SAYS_BEFORE = /\b(?:said|says|told|added|adds|wrote|writes|continued|continues|according to|asked|replied|(?:words|statement|message|letter|comments|remarks)\s+(?:\w+\s+)?from)\s+(?:the\s+)?$/i;
const SOMEONE_SAYS = new RegExp(String.raw`\b(?:${SAYING}|say)\b`, 'i');
/** "…, said Rudd." or "said Rudd, speaking on…", not "said Ms Rudd should…" (there Rudd is spoken of) */
const CLAUSE_ENDS = /^(?:\s*[,.;:!?)"']|\s*$|\s+(?:in|on|at|during|speaking|who|when|after|before|yesterday|today|last|earlier|this)\b)/i;
const PRONOUN_SAYS = new RegExp(String.raw`\b(she|he)\s+(?:also\s+|then\s+|later\s+)?${SAYING}\b`, 'i');

/**
 * `unquoted`: the sentence with its quoted spans blanked, offsets kept (quotationRuns.ts); `mentions`: the
 * corpus people it names, with offsets into the same text.
 */
/** whether the reporter's words say that someone speaks, whoever it is: "Alec Muffett told the Guardian", "critics say" */
export function saysSomeone(unquoted: string): boolean {
  return SOMEONE_SAYS.test(unquoted);
}

export function speakerOf(unquoted: string, mentions: readonly PersonMention[], people: ReadonlyMap<string, Person>, before: PeopleBefore): string | undefined {
  const outside = mentions.filter((m) => unquoted.slice(m.start, m.end).trim() !== '');
  const speaking = outside.filter(
    (m) =>
      SAYS_AFTER.test(unquoted.slice(m.end, m.end + 80)) ||
      (SAYS_BEFORE.test(unquoted.slice(Math.max(0, m.start - 25), m.start)) && CLAUSE_ENDS.test(unquoted.slice(m.end, m.end + 20))),
  );
  const ids = [...new Set(speaking.map((m) => m.personId))];
  if (ids.length === 1) return ids[0];
  if (ids.length > 1) return undefined;
  const said = PRONOUN_SAYS.exec(unquoted);
  if (!said) return undefined;
  const pronoun = said[1]!.toLowerCase() as 'she' | 'he';
  // "Rudd, who … , she said": the sentence's own name first, then the text before
  const own = [...new Set(outside.filter((m) => m.start < said.index && people.get(m.personId)?.pronoun === pronoun).map((m) => m.personId))];
  if (own.length === 1) return own[0];
  return own.length === 0 ? before.pronouns.get(pronoun)?.personId : undefined;
}

/** The patterns every sentence of a page is read with for who speaks in it. */
export const SPEAKER_PATTERNS: readonly RegExp[] = [SOMEONE_SAYS, PRONOUN_SAYS, SAYS_AFTER, SAYS_BEFORE, CLAUSE_ENDS];
