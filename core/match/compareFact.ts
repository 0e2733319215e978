/**
 * Number agreement between a page sentence and a corpus fact: counts with counts of the same thing, ages of the
 * same person, durations, and the "seconds / minutes before" timing (compared by scale, since "two minutes
 * before" and "a couple of minutes before" say the same). The corpus value's date travels with a difference,
 * so a later development (a fifth victim died in April) reads as a change, not as an error.
 */
import type { ValueDifference } from '../analysis';
import type { Fact, Quantity } from '../corpus/model';
import { slug } from '../corpus/ids';
import type { StatedAge } from './agesInSentence';
import { comparableUnit } from '../text/quantities';

export interface FactComparison {
  verdict: 'agrees' | 'differs';
  differences: ValueDifference[];
  /** what agreed with what, so the reader sees the comparison made */
  agreement?: { page: string; corpus: string };
}

/**
 * undefined when the sentence carries no number comparable with the fact's. Ages come apart (`ages`), each
 * with the person it belongs to: an age is compared only with the age of that same person.
 */
export function compareFact(
  fact: Fact,
  sentence: string,
  pageQuantities: readonly Quantity[],
  pageDate?: string,
  ages: readonly StatedAge[] = [],
): FactComparison | undefined {
  const context = `${fact.subject} ${fact.statement}`;
  const people = new Set(fact.entities.map(slug));
  const differences: ValueDifference[] = [];
  let agreed: { page: string; corpus: string } | undefined;
  for (const corpusQ of fact.quantities) {
    const unit = comparableUnit(corpusQ, context);
    const stated: Quantity[] =
      unit === 'age'
        ? ages
            .filter((a) => a.personId !== undefined && people.has(a.personId))
            // an age only likely to be this person's may agree with theirs, never differ from it
            .filter((a) => !a.likely || fact.quantities.some((q) => q.kind === 'age' && q.value === a.value))
            .map((a) => ({ kind: 'age', value: a.value, unit: 'years', text: a.text }))
        : pageQuantities.filter((q) => q.kind !== 'age' && comparableUnit(q, sentence) === unit);
    for (const pageQ of stated) {
      // fewer dead than the corpus counts is a count of some of them ("three people on the bridge"), unless said as the whole toll
      if (unit === 'count:killed' && pageQ.value < corpusQ.value && !pageQ.wholeToll) continue;
      // "left five dead" written while the corpus counted four victims may count the attacker: not a difference
      if (unit === 'count:killed' && pageQ.mayIncludeAttacker && pageQ.value === corpusQ.value + 1 && !longAfter(pageDate, fact.asOf)) continue;
      // a toll that may hold the officer it names later agrees when either reading does, and differs only when neither does
      if (sameValue(corpusQ, pageQ) || (pageQ.mayIncludeOfficer && sameValue(corpusQ, { ...pageQ, value: pageQ.value - 1 }))) agreed ??= { page: pageQ.text, corpus: corpusQ.text };
      else if (!pageQ.agreeOnly) {
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
  if (agreed) return { verdict: 'agrees', differences: [], agreement: agreed };
  if (differences.length > 0) return { verdict: 'differs', differences };
  return undefined;
}

/** the page was written more than a month after the corpus's value, so a change since reads as a development */
function longAfter(pageDate: string | undefined, asOf: string | undefined): boolean {
  if (!pageDate || !asOf) return false;
  return Date.parse(pageDate) - Date.parse(asOf) > 30 * 24 * 3600 * 1000;
}

/** `page` says what the corpus says: the same number, a bound the corpus's number is within, or the same scale of timing. */
function sameValue(corpus: Quantity, page: Quantity): boolean {
  // "less than two minutes", "shortly before" (within minutes): any figure within the bound, a timing's too
  if (page.bound === 'at most') return corpus.value <= page.value;
  if (corpus.kind === 'timing') {
    // "around 20 minutes before" says how long, and is not "a couple of minutes"; "minutes before" says only the scale
    if (COUNTED.test(page.text)) return Math.max(page.value, corpus.value) / Math.min(page.value, corpus.value) <= 2.5;
    return timingScale(corpus.value) === timingScale(page.value);
  }
  if (corpus.value === page.value) return true;
  if (page.bound === 'at least') return corpus.value >= page.value;
  if (page.bound === 'about') return Math.abs(corpus.value - page.value) <= 0.15 * corpus.value;
  return false;
}

/** a timing given as a number of minutes or seconds, in figures or words */
const COUNTED = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|sixty|couple)\b/i;

/** "the seconds before" vs "minutes before": what the two seeds disagree on. */
function timingScale(seconds: number): 'seconds' | 'minutes' {
  return seconds <= 60 ? 'seconds' : 'minutes';
}
