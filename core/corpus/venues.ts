/**
 * Where quoted words were said, read from the attribution: "On Sky News's Sophy Ridge on Sunday, Ms Rudd
 * said:", "told BBC One's Andrew Marr Show:", "told the BBC Sunday Politics programme:", "told London Assembly
 * members:" (made precise by the committee the text names for that body, "the assembly's Police and Crime
 * Committee"), and "told the committee" (the last committee named before it).
 */
import { VENUE_NOUNS } from './lexicon';

// a programme's name may stand in quotation marks: the BBC's “Andrew Marr Show”
const VENUE_RUN = String.raw`[A-Z][\w'\u2019.-]*(?:\s+(?:(?:on|of|and)\s+)?["\u201C]?[A-Z][\w'\u2019.-]*)*`;
const TRAILING_NOUN = String.raw`(?:\s+(programme|show|members|MPs|committee|conference|summit|inquiry|hearing))?`;

export interface NamedCommittee {
  name: string;
  start: number;
}

/** Committees the text names, with their owner resolved: "the assembly's Police and Crime Committee" -> "London Assembly's ...". */
export function findCommittees(text: string): NamedCommittee[] {
  const out: NamedCommittee[] = [];
  const pattern = /(?:\b(?:the\s+)?([A-Za-z]+)['\u2019]s\s+)?\b((?:[A-Z][a-z]+\s+)+(?:(?:and|of)\s+(?:[A-Z][a-z]+\s+)+)?Committee)\b/g;
  for (const m of text.matchAll(pattern)) {
    const owner = m[1];
    let name = m[2]!.replace(/^(?:The|the)\s+/, '');
    if (owner) {
      const body = /^[a-z]/.test(owner) ? lastRunEndingWith(text.slice(0, m.index), owner) : owner;
      name = body ? `${body}'s ${name}` : name;
    }
    out.push({ name, start: m.index });
  }
  return out;
}

/** "the assembly" -> "London Assembly": the last capitalised name ending in that word before `before`. */
function lastRunEndingWith(before: string, word: string): string | undefined {
  const cap = word[0]!.toUpperCase() + word.slice(1);
  const runs = [...before.matchAll(new RegExp(String.raw`\b((?:[A-Z][a-z]+\s+)+${cap})\b`, 'g'))];
  return runs.at(-1)?.[1];
}

/** The venue named in an attribution clause, or undefined. `at` is the clause's offset in `text`. */
export function venueIn(clause: string, at: number, text: string, committees: readonly NamedCommittee[], personNames: readonly string[]): string | undefined {
  const forms = [
    new RegExp(String.raw`(?:^|[.!?]\s+|\b)On\s+(${VENUE_RUN})\s*,`),
    new RegExp(String.raw`\b(?:told|[Ss]peaking\s+(?:on|to|at)|[Aa]ppearing\s+on|in\s+an\s+interview\s+with|[Ww]riting\s+in)\s+(?:the\s+)?['\u2018"\u201C]?(${VENUE_RUN})${TRAILING_NOUN}`),
  ];
  for (const form of forms) {
    const m = form.exec(clause);
    if (!m) continue;
    const name = m[1]!.trim().replace(/["\u201C]/g, '').replace(/['\u2019"\u201D.,]+$/, '');
    const run = m[2] === 'show' ? `${name} show` : name;
    if (personNames.some((n) => run.includes(n)) || /^(?:Mr|Mrs|Ms|Lord|Lady|Sir|Dr)\b/.test(run)) continue;
    return refine(run, committees);
  }
  const back = new RegExp(String.raw`\b(?:told|to|before)\s+the\s+(${VENUE_NOUNS})\b`, 'i').exec(clause);
  if (back && /committee/i.test(back[1]!)) {
    const named = committees.filter((c) => c.start < at + back.index).at(-1) ?? committees[0];
    if (named) return named.name;
  }
  return undefined;
}

/** "London Assembly" -> "London Assembly's Police and Crime Committee" when the text names that body's committee. */
function refine(venue: string, committees: readonly NamedCommittee[]): string {
  const own = committees.filter((c) => c.name.startsWith(`${venue}'s `));
  return own.length === 1 ? own[0]!.name : venue;
}
