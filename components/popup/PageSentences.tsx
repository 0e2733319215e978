/** The page's own words that matched, so the reader sees what was compared. */
import type { PageSentence } from '../../core/context/pageContext';

export function PageSentences({ sentences, max = 1 }: { sentences: readonly PageSentence[]; max?: number }) {
  if (sentences.length === 0) return null;
  const shown = sentences.slice(0, max);
  return (
    <div class="pp-page-words">
      <span class="pp-page-label">On this page: </span>
      {shown.map((s) => (
        <q class="pp-page-sentence" key={s.index}>
          {s.text}
        </q>
      ))}
      {sentences.length > shown.length ? <span class="pp-more-sentences"> and {sentences.length - shown.length} more sentence{sentences.length - shown.length === 1 ? '' : 's'}</span> : null}
    </div>
  );
}
