/**
 * A fact the page states, judged against the corpus: agrees or differs, with the page's value beside the
 * corpus's, and both dates when the page is later than the source (a later development, not an error).
 */
import type { ValueDifference } from '../core/analysis';
import { DateText } from './DateText';
import { VerdictTag } from './VerdictTag';

export interface FactVerdictProps {
  verdict: 'agrees' | 'differs';
  statement: string;
  corpusValue?: string | undefined;
  /** the page's words for the value it agrees on */
  pageValue?: string | undefined;
  asOf?: string | undefined;
  asOfBasis?: string | undefined;
  differences: readonly ValueDifference[];
}

export function FactVerdict({ verdict, statement, corpusValue, pageValue, asOf, asOfBasis, differences }: FactVerdictProps) {
  const later = differences.find((d) => d.pageAsOf && d.corpusAsOf && d.pageAsOf > d.corpusAsOf);
  const undated = verdict === 'differs' && differences.some((d) => !d.pageAsOf);
  return (
    <div class="cc-fact">
      <p class="cc-fact-head">
        <VerdictTag verdict={verdict} />
        <span class="cc-fact-statement">{statement}</span>
      </p>
      {verdict === 'differs' && differences.length ? (
        <dl class="cc-values">
          {differences.map((d, i) => (
            <div class="cc-value-pair" key={i}>
              <div class="cc-value cc-value-page">
                <dt>This page</dt>
                <dd>
                  <strong>{d.page}</strong>
                  {d.pageAsOf ? <ValueDate date={d.pageAsOf} /> : null}
                </dd>
              </div>
              <div class="cc-value cc-value-corpus">
                <dt>Corpus</dt>
                <dd>
                  <strong>{d.corpus}</strong>
                  {d.corpusAsOf ? <ValueDate date={d.corpusAsOf} basis={asOfBasis} /> : null}
                </dd>
              </div>
            </div>
          ))}
        </dl>
      ) : corpusValue ? (
        <p class="cc-value-same">
          {pageValue ? <>This page: <strong>{pageValue}</strong> · </> : null}
          Corpus: <strong>{corpusValue}</strong>
          {asOf ? <> · <DateText date={asOf} basis={asOfBasis} /></> : null}
        </p>
      ) : null}
      {later ? (
        <p class="cc-later">The page is dated after the source: this may be a later development rather than an error.</p>
      ) : undated ? (
        <p class="cc-later">The page gives no date; the corpus value holds as of its source’s date, and a later report may differ.</p>
      ) : null}
    </div>
  );
}

/** A value's date on its own line under the value; read out as "…, as of 26 Mar 2017". */
function ValueDate({ date, basis }: { date: string; basis?: string | undefined }) {
  return (
    <span class="cc-value-date">
      <span class="cc-visually-hidden">, as of </span>
      <DateText date={date} basis={basis} />
    </span>
  );
}
