/** A whole source, as stored in the corpus, with the passages an item points at highlighted and scrolled to. */
import { useEffect, useRef } from 'preact/hooks';
import { sourceSegments } from './sourceSegments';
import type { Passage, Source } from '../../core/corpus/model';
import { isWebAddress } from '../../core/pageAddress';
import { DateText } from '../DateText';

const ORIGINS = { seed: 'Seed document', user: 'Added by you', pack: 'From a corpus pack' } as const;

export function SourceView({ source, passages, highlight }: { source: Source; passages: Passage[]; highlight: readonly string[] }) {
  const marked = passages.filter((p) => highlight.includes(p.id));
  const paragraphs = sourceSegments(source.text, marked);
  const first = useRef<HTMLElement>(null);
  useEffect(() => {
    first.current?.scrollIntoView({ block: 'center' });
    first.current?.focus({ preventScroll: true });
  }, [source.id]);
  let firstMark = true;

  return (
    <article class="sv-article" aria-labelledby="sv-title">
      <header class="sv-header">
        <p class="sv-kicker">Source in the Crosscheck corpus</p>
        <h1 id="sv-title" class="sv-title">
          {source.title}
        </h1>
        <p class="sv-meta">
          {source.publisher ? <span>{source.publisher}</span> : null}
          {source.date ? <DateText date={source.date} basis={source.dateBasis} /> : null}
          <span>{ORIGINS[source.origin]}</span>
          {source.url && isWebAddress(source.url) ? (
            <a href={source.url} rel="noreferrer">
              Original
            </a>
          ) : null}
        </p>
        {source.dateBasis ? <p class="sv-basis">Date inferred: {source.dateBasis}</p> : null}
        {highlight.length && marked.length === 0 ? <p class="sv-missing">The passage is no longer in this source.</p> : null}
      </header>
      <div class="sv-text">
        {paragraphs.map((runs, i) => (
          <p key={i}>
            {runs.map((run, j) => {
              if (!run.highlighted) return run.text;
              const isFirst = firstMark;
              firstMark = false;
              return (
                <mark key={j} class="sv-mark" ref={isFirst ? first : undefined} tabIndex={isFirst ? -1 : undefined}>
                  {run.text}
                </mark>
              );
            })}
          </p>
        ))}
      </div>
    </article>
  );
}
