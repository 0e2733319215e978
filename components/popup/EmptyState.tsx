/** What the popup says on a page that is not about the story (or one it cannot read), with the corpus search. */
import type { SearchHit } from '../../core/search/searchHit';
import { CorpusSearch } from './CorpusSearch';
import { bundledStory } from '../../core/story/bundledStory';

export type EmptyReason = 'not-story' | 'not-web' | 'paused';

const MESSAGES: Record<EmptyReason, { title: string; body: string }> = {
  'not-story': {
    title: 'Nothing to cross-check on this page',
    body: `Crosscheck knows ${bundledStory.reader.knows}. Open a news story about either and it highlights the sentences its corpus knows; this popup then shows the facts, the quotes and the side a page leaves out.`,
  },
  'not-web': {
    title: 'Crosscheck reads web pages only',
    body: `Open a news story about ${bundledStory.reader.either} in a tab, then open Crosscheck there.`,
  },
  paused: {
    title: 'Crosscheck is paused here',
    body: 'It does not read this page while paused. Switch it back on below: a site switched back on has its open pages read again at once; after pausing everywhere, reload the page.',
  },
};

export function EmptyState({ reason, search }: { reason: EmptyReason; search(query: string): Promise<SearchHit[]> }) {
  const { title, body } = MESSAGES[reason];
  return (
    <section class="pp-empty" aria-labelledby="pp-empty-title">
      <h2 id="pp-empty-title" class="pp-empty-title">
        {title}
      </h2>
      <p class="pp-empty-body">{body}</p>
      <CorpusSearch search={search} autoFocus={reason !== 'paused'} />
    </section>
  );
}
