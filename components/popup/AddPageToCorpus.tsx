/**
 * "Add this page to the corpus": the article this tab was analysed as becomes a source of its own (its quotes
 * and facts join the corpus, and can be removed again in the options page).
 */
import { useState } from 'preact/hooks';
import type { CorpusChangeResult } from '../../storage/corpusImport';
import { pluralize as count } from '../../core/text/wording';

type AddState = { status: 'idle' | 'adding' } | { status: 'done'; result: CorpusChangeResult };

export function AddPageToCorpus({ add }: { add: () => Promise<CorpusChangeResult> }) {
  const [state, setState] = useState<AddState>({ status: 'idle' });
  const run = async () => {
    setState({ status: 'adding' });
    setState({ status: 'done', result: await add().catch((error: unknown) => ({ ok: false as const, error: (error as Error).message })) });
  };
  const result = state.status === 'done' ? state.result : undefined;
  return (
    <section class="pp-section pp-add-source" aria-labelledby="pp-add-source">
      <h2 id="pp-add-source" class="pp-section-title">Corpus</h2>
      <p class="pp-add-source-row">
        <button type="button" class="cc-action" onClick={() => void run()} disabled={state.status === 'adding' || result?.ok === true}>
          {result?.ok ? 'Added to the corpus' : state.status === 'adding' ? 'Adding…' : 'Add this page to the corpus'}
        </button>
        <span role="status" class={result && !result.ok ? 'pp-error' : 'pp-muted'}>
          {result ? (result.ok ? `${count(result.quotes, 'quote')} and ${count(result.facts, 'fact')} from this page; remove it in the options page.` : `Not added: ${result.error}`) : ''}
        </span>
      </p>
    </section>
  );
}

