/**
 * The page's own words that matched, so the reader sees what was compared: of a long sentence, the part that
 * speaks to the item (`focus`: its statement or quote); the whole sentence on hover.
 */
import type { PageSentence } from '../../core/context/pageContext';
import { excerptAround } from '../excerptAround';
import { nounFor } from '../../core/text/wording';

export function PageSentences({ sentences, focus, max = 1 }: { sentences: readonly PageSentence[]; focus: string; max?: number }) {
  if (sentences.length === 0) return null;
  const shown = sentences.slice(0, max);
  return (
    <div class="pp-page-words">
      <span class="pp-page-label">On this page: </span>
      {shown.map((s) => (
        <q class="pp-page-sentence" key={s.index} title={s.text}>
          {excerptAround(s.text, focus)}
        </q>
      ))}
      {sentences.length > shown.length ? <span class="pp-more-sentences"> and {sentences.length - shown.length} more {nounFor(sentences.length - shown.length, 'sentence')}</span> : null}
    </div>
  );
}
