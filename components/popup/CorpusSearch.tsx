/** A search box over the corpus's facts, quotes and positions (fuse.js in the background), with its results. */
import { useEffect, useId, useState } from 'preact/hooks';
import { MIN_QUERY_LENGTH, type SearchHit } from '../../core/search/searchHit';
import { QuoteView } from '../QuoteView';
import { SourceLink } from '../SourceLink';
import { VerdictTag } from '../VerdictTag';
import { pluralize } from '../../core/text/wording';
import { bundledStory } from '../../core/story/bundledStory';

const KIND_LABELS = { fact: 'Fact', quote: 'Quote', position: 'Position' } as const;

export function CorpusSearch({ search, autoFocus = false }: { search(query: string): Promise<SearchHit[]>; autoFocus?: boolean }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const inputId = useId();

  useEffect(() => {
    const q = query.trim();
    if (q.length < MIN_QUERY_LENGTH) {
      setHits(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      search(q).then((found) => live && setHits(found), () => live && setHits([]));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, search]);

  return (
    <div class="pp-search" role="search">
      <label class="pp-search-label" for={inputId}>
        Search the corpus
      </label>
      <input
        id={inputId}
        class="pp-search-input"
        type="search"
        placeholder={bundledStory.reader.searchExamples}
        value={query}
        autoFocus={autoFocus}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        autoComplete="off"
        spellcheck={false}
      />
      <p class="cc-visually-hidden" role="status">
        {hits === null ? '' : hits.length === 0 ? 'Nothing found' : pluralize(hits.length, 'result')}
      </p>
      {hits === null ? null : hits.length === 0 ? (
        <p class="pp-none">Nothing in the corpus matches “{query.trim()}”.</p>
      ) : (
        <ul class="pp-list pp-results" aria-label="Search results">
          {hits.map((hit) => (
            <li class="pp-item" key={`${hit.kind}:${hit.itemId}`}>
              <SearchResult hit={hit} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SearchResult({ hit }: { hit: SearchHit }) {
  const source = (
    <p class="pp-from">
      {KIND_LABELS[hit.kind]} from <SourceLink source={hit.source} passageIds={hit.passageIds} />
    </p>
  );
  if (hit.kind === 'quote' && hit.speaker) {
    return (
      <QuoteView text={hit.text} speaker={hit.speaker} role={hit.role} venue={hit.venue} date={hit.date} dateBasis={hit.source.dateBasis} clamp>
        {source}
      </QuoteView>
    );
  }
  return (
    <>
      <p class="pp-result-text">
        {hit.stance ? <VerdictTag verdict={hit.stance} /> : null}
        {hit.kind === 'position' && hit.speaker ? <span class="cc-speaker">{hit.speaker}: </span> : null}
        {hit.text}
      </p>
      {hit.proposition ? <p class="pp-result-proposition">On: {hit.proposition}</p> : null}
      {source}
    </>
  );
}
