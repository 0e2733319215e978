/** The facts the page states, agreeing or differing with the corpus, and where the sources disagree among themselves. */
import type { DiscrepancyEntry, FactEntry } from '../../core/context/pageContext';
import { FactVerdict } from '../FactVerdict';
import { SourceLink } from '../SourceLink';
import { ItemActions } from './ItemActions';
import { PageSentences } from './PageSentences';

export function FactsSection({ facts, discrepancies }: { facts: FactEntry[]; discrepancies: DiscrepancyEntry[] }) {
  if (facts.length === 0) return null;
  const differing = facts.filter((f) => f.verdict === 'differs').length;
  return (
    <section class="pp-section" aria-labelledby="pp-facts">
      <h2 id="pp-facts" class="pp-section-title">
        Facts <span class="pp-section-count">{differing ? `${facts.length} · ${differing} differ` : facts.length}</span>
      </h2>
      <ul class="pp-list">
        {facts.map((fact) => (
          <li class={`pp-item pp-fact-${fact.verdict}`} key={fact.itemId}>
            <FactVerdict verdict={fact.verdict} statement={fact.statement} corpusValue={fact.corpusValue} pageValue={fact.pageValue} asOf={fact.asOf} asOfBasis={fact.source.dateBasis} differences={fact.differences} />
            <PageSentences sentences={fact.sentences} focus={`${fact.statement} ${fact.corpusValue ?? ''}`} />
            {fact.discrepancyId ? <Discrepancy entry={discrepancies.find((d) => d.id === fact.discrepancyId)!} /> : null}
            <p class="pp-from">
              From <SourceLink source={fact.source} passageIds={fact.passageIds} />
            </p>
            <ItemActions kind="fact" itemId={fact.itemId} label={`Fact: ${fact.statement}`} sentences={fact.sentences} source={fact.source} passageIds={fact.passageIds} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Discrepancy({ entry }: { entry: DiscrepancyEntry }) {
  return (
    <div class="pp-discrepancy">
      <p class="pp-discrepancy-title">The sources disagree on this</p>
      <ul class="pp-discrepancy-values">
        {entry.values.map((v) => (
          <li key={v.factId} class={entry.pageAgreesWith === v.factId ? 'pp-sided' : undefined}>
            <strong class="pp-discrepancy-value">“{v.value}”</strong>
            <SourceLink source={v.source} passageIds={v.passageIds} />
            {entry.pageAgreesWith === v.factId ? <span class="pp-sides">This page agrees</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
