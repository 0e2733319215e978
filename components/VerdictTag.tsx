/** The short label of a match's verdict, coloured by kind and readable without colour (the word says it). */
import type { MatchVerdict } from '../core/analysis';

const LABELS: Record<MatchVerdict, string> = {
  agrees: 'Agrees',
  differs: 'Differs',
  verbatim: 'Verbatim',
  paraphrase: 'Paraphrase',
  for: 'For',
  against: 'Against',
};

export function VerdictTag({ verdict }: { verdict: MatchVerdict }) {
  return <span class={`cc-tag cc-tag-${verdict}`}>{LABELS[verdict]}</span>;
}
