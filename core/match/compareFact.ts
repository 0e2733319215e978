/**
 * Number agreement between a page sentence and a corpus fact: counts with counts of the same thing, ages of the
 * same person, durations, and the "seconds / minutes before" timing (compared by scale, since "two minutes
 * before" and "a couple of minutes before" say the same). The corpus value's date travels with a difference,
 * so a later development (a fifth victim died in April) reads as a change, not as an error.
 */
import type { ValueDifference } from '../analysis';
import type { Fact, Quantity } from '../corpus/model';
import { normalizeForMatch } from '../text/normalize';
import { comparableUnit } from './quantities';

export interface FactComparison {
  verdict: 'agrees' | 'differs';
  differences: ValueDifference[];
}

/** undefined when the sentence carries no number comparable with the fact's. */
export function compareFact(fact: Fact, sentence: string, pageQuantities: readonly Quantity[], pageDate?: string): FactComparison | undefined {
  const context = `${fact.subject} ${fact.statement}`;
  const differences: ValueDifference[] = [];
  let agreed = false;
  for (const corpusQ of fact.quantities) {
    const unit = comparableUnit(corpusQ, context);
    for (const pageQ of pageQuantities) {
      if (comparableUnit(pageQ, sentence) !== unit) continue;
      if (unit === 'age' && !sameAgeSubject(fact, corpusQ, pageQ, sentence)) continue;
      if (sameValue(corpusQ, pageQ)) agreed = true;
      else {
        differences.push({
          subject: fact.subject,
          page: pageQ.text,
          corpus: corpusQ.text,
          ...(fact.asOf ? { corpusAsOf: fact.asOf } : {}),
          ...(pageDate ? { pageAsOf: pageDate } : {}),
        });
      }
    }
  }
  if (agreed) return { verdict: 'agrees', differences: [] };
  if (differences.length > 0) return { verdict: 'differs', differences };
  return undefined;
}

function sameValue(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'timing') return timingScale(a.value) === timingScale(b.value);
  return a.value === b.value;
}

/** "the seconds before" vs "minutes before": what the two seeds disagree on. */
function timingScale(seconds: number): 'seconds' | 'minutes' {
  return seconds <= 60 ? 'seconds' : 'minutes';
}

/**
 * An age is compared only when both name the same person: the person is read from the corpus value's own
 * words ("Kurt Cochran, 54"), else from the fact's subject or statement, else from its only entity; the page
 * must name them in its age phrase ("Kurt Cochran, 54") or, for "the 52-year-old", in the sentence.
 */
function sameAgeSubject(fact: Fact, corpusQ: Quantity, pageQ: Quantity, sentence: string): boolean {
  const surnames = fact.entities.map((e) => normalizeForMatch(e).split(' ').pop() ?? '').filter((n) => n.length > 2);
  const about = normalizeForMatch(`${fact.subject.replace(/[-_.:]/g, ' ')} ${fact.statement}`);
  const corpusPhrase = normalizeForMatch(corpusQ.text);
  const person =
    surnames.find((n) => corpusPhrase.includes(n)) ??
    surnames.find((n) => about.includes(n)) ??
    (surnames.length === 1 ? surnames[0] : undefined);
  if (!person) return false;
  const pagePhrase = normalizeForMatch(pageQ.text);
  if (/[a-z]/.test(pagePhrase.replace(/aged|year|old/g, ''))) return pagePhrase.includes(person);
  return normalizeForMatch(sentence).includes(person);
}
