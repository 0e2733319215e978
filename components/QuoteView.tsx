/** A quote with who said it, their role, where and when: the same in the popup, the in-page card and the options page. */
import type { ComponentChildren } from 'preact';
import { DateText } from './DateText';

export interface QuoteViewProps {
  text: string;
  speaker: string;
  role?: string | undefined;
  venue?: string | undefined;
  date?: string | undefined;
  dateBasis?: string | undefined;
  /** long quotes are clamped to a few lines until expanded */
  clamp?: boolean;
  children?: ComponentChildren;
}

export function QuoteView({ text, speaker, role, venue, date, dateBasis, clamp = false, children }: QuoteViewProps) {
  return (
    <figure class="cc-quote">
      <blockquote class={clamp ? 'cc-quote-text cc-clamp' : 'cc-quote-text'}>
        <p>{`“${text}”`}</p>
      </blockquote>
      <figcaption class="cc-quote-by">
        <span class="cc-speaker">{speaker}</span>
        {role ? <span class="cc-role">, {role}</span> : null}
        {venue || date ? (
          <span class="cc-where">
            {venue ? ` · ${venue}` : null}
            {date ? (
              <>
                {' · '}
                <DateText date={date} basis={dateBasis} />
              </>
            ) : null}
          </span>
        ) : null}
      </figcaption>
      {children}
    </figure>
  );
}
