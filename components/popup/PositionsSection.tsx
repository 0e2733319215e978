/**
 * For each proposition the page argues, who is for and who is against. The side the page leaves out comes
 * first: "This page quotes the Home Secretary, Amber Rudd; it quotes no critic", then the critic's words.
 */
import type { PositionEntry, PropositionEntry } from '../../core/context/pageContext';
import { QuoteView } from '../QuoteView';
import { SourceLink } from '../SourceLink';
import { VerdictTag } from '../VerdictTag';
import { ItemActions } from './ItemActions';

export function positionsAnchor(propositionId: string): string {
  return `pp-proposition-${propositionId}`;
}

export function PositionsSection({ propositions }: { propositions: PropositionEntry[] }) {
  if (propositions.length === 0) return null;
  return (
    <section class="pp-section" aria-labelledby="pp-positions">
      <h2 id="pp-positions" class="pp-section-title">
        Positions <span class="pp-section-count">{propositions.length}</span>
      </h2>
      {propositions.map((p) => (
        <div class="pp-proposition" key={p.id} id={positionsAnchor(p.id)} tabIndex={-1}>
          <h3 class="pp-proposition-text">{p.text}</h3>
          {p.leftOut.length ? (
            <div class="pp-left-out" role="note" aria-label="The other side, left out by this page">
              <p class="pp-left-out-note">{p.leftOutNote}:</p>
              <ul class="pp-list">
                {p.leftOut.map((position) => (
                  <li class="pp-item pp-item-left-out" key={position.itemId}>
                    <PositionView position={position} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <StanceList title="For" stance="for" positions={p.for} />
          <StanceList title="Against" stance="against" positions={p.against} />
        </div>
      ))}
    </section>
  );
}

function StanceList({ title, stance, positions }: { title: string; stance: 'for' | 'against'; positions: PositionEntry[] }) {
  return (
    <div class={`pp-stance pp-stance-${stance}`}>
      <h4 class="pp-stance-title">
        {title} <span class="pp-section-count">{positions.length}</span>
      </h4>
      {positions.length ? (
        <ul class="pp-stance-people">
          {positions.map((position) => (
            <li key={position.itemId} class={position.onPage ? 'pp-on-page' : 'pp-not-on-page'}>
              <span class="cc-speaker">{position.holder}</span>
              {position.role ? <span class="cc-role">, {position.role}</span> : null}
              <span class="pp-presence">{position.onPage ? ' · quoted on this page' : ' · not on this page'}</span>
              <span class="pp-summary">{position.summary}</span>
              {position.onPage ? (
                <ItemActions kind="position" itemId={position.itemId} label={`${position.holder}, ${stance}: ${position.summary}`} sentences={position.sentences} source={position.source} passageIds={position.passageIds} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="pp-none">No one in the corpus.</p>
      )}
    </div>
  );
}

function PositionView({ position }: { position: PositionEntry }) {
  return (
    <>
      <p class="pp-position-head">
        <VerdictTag verdict={position.stance} />
        <span class="pp-summary-strong">{position.summary}</span>
      </p>
      {position.quote ? (
        <QuoteView text={position.quote.text} speaker={position.holder} role={position.role} venue={position.quote.venue} date={position.quote.date} dateBasis={position.source.dateBasis} clamp />
      ) : (
        <p class="cc-quote-by">
          <span class="cc-speaker">{position.holder}</span>
          {position.role ? <span class="cc-role">, {position.role}</span> : null}
        </p>
      )}
      <p class="pp-from">
        From <SourceLink source={position.source} passageIds={position.passageIds} />
      </p>
    </>
  );
}
