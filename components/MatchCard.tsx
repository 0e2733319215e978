/**
 * The in-page card for one highlighted sentence: every corpus item it matched (a fact that agrees or differs,
 * with both values and their dates; a quote with its speaker, role, venue and date; a position with its
 * stance), where each comes from, and buttons to step through the page's matches and open the popup.
 */
import { useState } from 'preact/hooks';
import type { SentenceMatch } from '../core/analysis';
import type { Fact, Position, Proposition, Quote, Source } from '../core/corpus/model';
import type { MatchedSentence } from '../core/highlight/matchedSentences';
import type { MatchedItems } from '../core/tabResult';
import { excerptAround } from './excerptAround';

export interface MatchCardProps {
  sentence: MatchedSentence;
  /** null until the background has answered */
  items: MatchedItems | null;
  /** this sentence's place among the page's highlighted sentences, from 1 */
  place: number;
  total: number;
  onStep(step: 1 | -1): void;
  /** resolves false where the browser opens the popup only from its toolbar button */
  onOpenPopup(): Promise<boolean>;
  /** saves the sentence as an annotation linked to what it matched; rejects with a reason */
  onSave(): Promise<void>;
  onClose(): void;
}

const KIND_TITLES: Record<MatchedSentence['kind'], string> = {
  'fact-agrees': 'Fact: agrees with the record',
  'fact-differs': 'Fact: differs from the record',
  quote: 'Quote',
  position: 'Position',
};

const QUOTE_CHARS = 240;

type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; reason: string };

export function MatchCard({ sentence, items, place, total, onStep, onOpenPopup, onSave, onClose }: MatchCardProps) {
  const [popupRefused, setPopupRefused] = useState(false);
  // Kept per sentence: the card is re-rendered in place (focus stays in it) when it moves to another sentence.
  const [saves, setSaves] = useState<ReadonlyMap<number, SaveState>>(new Map());
  const save = saves.get(sentence.sentenceIndex) ?? { status: 'idle' };
  const openPopup = () => void onOpenPopup().then((opened) => setPopupRefused(!opened));
  const saveSentence = () => {
    const index = sentence.sentenceIndex;
    const record = (state: SaveState) => setSaves((all) => new Map(all).set(index, state));
    record({ status: 'saving' });
    onSave().then(
      () => record({ status: 'saved' }),
      (error: unknown) => record({ status: 'failed', reason: (error as Error).message }),
    );
  };
  return (
    <div class={`card kind-${sentence.kind}`} role="dialog" aria-label={`Crosscheck: ${KIND_TITLES[sentence.kind]}`} tabIndex={-1}>
      <header>
        <span class="kind">{KIND_TITLES[sentence.kind]}</span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {items ? (
        <ul class="matches">
          {sentence.matches.map((match) => (
            <li key={`${match.kind}:${match.itemId}`}>
              <MatchBody match={match} items={items} />
            </li>
          ))}
        </ul>
      ) : (
        <p class="loading">Looking up what this sentence matched…</p>
      )}
      <footer>
        <button type="button" onClick={() => onStep(-1)} disabled={total < 2} aria-label="Previous match">
          ‹
        </button>
        <span class="place" aria-live="polite">
          {place} of {total}
        </span>
        <button type="button" onClick={() => onStep(1)} disabled={total < 2} aria-label="Next match">
          ›
        </button>
        <button type="button" class="save" onClick={saveSentence} disabled={!items || save.status === 'saving' || save.status === 'saved'}>
          {save.status === 'saved' ? 'Saved' : 'Save'}
        </button>
        <button type="button" class="open" onClick={openPopup}>
          Open Crosscheck
        </button>
      </footer>
      <p class="hint" role="status">
        {save.status === 'saved' ? 'Saved to your annotations, with what it matched.' : null}
        {save.status === 'failed' ? `Not saved: ${save.reason}` : null}
        {popupRefused ? 'Click the Crosscheck button in the toolbar to see everything this page matches.' : null}
      </p>
    </div>
  );
}

function MatchBody({ match, items }: { match: SentenceMatch; items: MatchedItems }) {
  const byId = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id);
  if (match.kind === 'fact') {
    const fact = byId(items.facts, match.itemId);
    return fact ? <FactBody fact={fact} match={match} source={byId(items.sources, fact.sourceId)} /> : <Missing />;
  }
  if (match.kind === 'quote') {
    const quote = byId(items.quotes, match.itemId);
    return quote ? <QuoteBody quote={quote} match={match} source={byId(items.sources, quote.sourceId)} /> : <Missing />;
  }
  const position = byId(items.positions, match.itemId);
  return position ? (
    <PositionBody
      position={position}
      proposition={byId(items.propositions, position.propositionId)}
      source={byId(items.sources, position.sourceId)}
    />
  ) : (
    <Missing />
  );
}

function FactBody({ fact, match, source }: { fact: Fact; match: SentenceMatch; source?: Source }) {
  return (
    <>
      <p class="verdict">{match.verdict === 'differs' ? 'This page says something different:' : 'This page agrees:'}</p>
      <p class="statement">{fact.statement}</p>
      {match.differences?.length ? (
        <dl class="values">
          {match.differences.map((d) => (
            <div key={d.subject}>
              <dt>This page</dt>
              <dd>
                {d.page}
                {d.pageAsOf ? <span class="date"> (as of {formatDate(d.pageAsOf)})</span> : null}
              </dd>
              <dt>The record</dt>
              <dd>
                {d.corpus}
                {d.corpusAsOf ? <span class="date"> (as of {formatDate(d.corpusAsOf)})</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : match.agreement ? (
        <dl class="values">
          <div>
            <dt>This page</dt>
            <dd>{match.agreement.page}</dd>
            <dt>The record</dt>
            <dd>
              {match.agreement.corpus}
              {fact.asOf ? <span class="date"> (as of {formatDate(fact.asOf)})</span> : null}
            </dd>
          </div>
        </dl>
      ) : fact.asOf ? (
        <p class="date">As of {formatDate(fact.asOf)}</p>
      ) : null}
      <SourceLine source={source} />
    </>
  );
}

function QuoteBody({ quote, match, source }: { quote: Quote; match: SentenceMatch; source?: Source }) {
  // Pages often carry a few words from the middle of a long statement: show those, in their context.
  const words = excerptAround(quote.text, match.sentence, QUOTE_CHARS);
  const said = [quote.role, quote.venue, quote.date ? formatDate(quote.date) : undefined].filter(Boolean).join(' · ');
  return (
    <>
      <p class="verdict">{match.verdict === 'verbatim' ? 'Quoted word for word:' : 'A close paraphrase of:'}</p>
      <blockquote>“{words}”</blockquote>
      <p class="speaker">
        <strong>{quote.speaker}</strong>
        {said ? <span> · {said}</span> : null}
      </p>
      <SourceLine source={source} />
    </>
  );
}

function PositionBody({ position, proposition, source }: { position: Position; proposition?: Proposition; source?: Source }) {
  return (
    <>
      <p class="verdict">
        <strong>{position.holder}</strong> is <strong>{position.stance === 'for' ? 'for' : 'against'}</strong>
        {proposition ? `: ${proposition.text}` : ''}
      </p>
      <p class="statement">{position.summary}</p>
      <SourceLine source={source} />
    </>
  );
}

function SourceLine({ source }: { source?: Source }) {
  if (!source) return null;
  const by = [source.publisher, source.date ? formatDate(source.date) : undefined].filter(Boolean).join(', ');
  return (
    <p class="source">
      Source: {source.title}
      {by ? ` (${by})` : ''}
    </p>
  );
}

function Missing() {
  return <p class="loading">This item is no longer in the corpus.</p>;
}

/** "2017-03-26" -> "26 Mar 2017"; anything else as given. */
function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}
