/** A date, marked as inferred (with the reason on hover) when the source does not state it. */
import { formatDate } from './formatDate';

export function DateText({ date, basis }: { date: string; basis?: string | undefined }) {
  return (
    <time class="cc-date" dateTime={date} title={basis ? `Inferred: ${basis}` : undefined}>
      {formatDate(date)}
      {basis ? <span class="cc-inferred"> (inferred)</span> : null}
    </time>
  );
}
