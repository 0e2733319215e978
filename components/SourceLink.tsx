/**
 * A link to an item's passage in its source, shown inside the extension (the source view). `base` is the
 * extension's origin where the link is rendered outside it (the in-page card); the popup leaves it empty.
 */
import type { SourceRef } from '../core/context/sourceRef';
import { DateText } from './DateText';
import { sourceViewPath } from './sourceViewUrl';

export function SourceLink({ source, passageIds, base = '' }: { source: SourceRef; passageIds: readonly string[]; base?: string }) {
  const name = source.publisher ?? source.title;
  return (
    <a class="cc-source-link" href={base + sourceViewPath(source.id, passageIds)} target="_blank" rel="noreferrer" title={source.title}>
      <span class="cc-source-name">{name}</span>
      {source.date ? (
        <>
          <span class="cc-source-sep">, </span>
          <DateText date={source.date} basis={source.dateBasis} />
        </>
      ) : null}
      <span class="cc-visually-hidden"> (opens the source in a new tab)</span>
    </a>
  );
}
