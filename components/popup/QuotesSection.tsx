/**
 * The quotes the page carries, with who said them where and when (and the page's own words when it only
 * paraphrases), and what the same people said that it leaves out.
 */
import type { QuoteEntry, SpeakerElsewhere } from '../../core/context/pageContext';
import { QuoteView } from '../QuoteView';
import { SourceLink } from '../SourceLink';
import { VerdictTag } from '../VerdictTag';
import { ItemActions } from './ItemActions';
import { PageSentences } from './PageSentences';

export function QuotesSection({ quotes, elsewhere }: { quotes: QuoteEntry[]; elsewhere: SpeakerElsewhere[] }) {
  if (quotes.length === 0) return null;
  return (
    <section class="pp-section" aria-labelledby="pp-quotes">
      <h2 id="pp-quotes" class="pp-section-title">
        Quotes <span class="pp-section-count">{quotes.length}</span>
      </h2>
      <ul class="pp-list">
        {quotes.map((quote) => (
          <li class="pp-item" key={quote.itemId}>
            <QuoteView text={quote.text} speaker={quote.speaker} role={quote.role} venue={quote.venue} date={quote.date} dateBasis={quote.source.dateBasis} clamp>
              <p class="pp-quote-on-page">
                {quote.verdict ? <VerdictTag verdict={quote.verdict} /> : null}
                <span>{quote.sentences.length === 1 ? 'One sentence' : `${quote.sentences.length} sentences`} on this page</span>
              </p>
              {quote.verdict === 'paraphrase' ? <PageSentences sentences={quote.sentences} focus={quote.text} /> : null}
              <p class="pp-from">
                From <SourceLink source={quote.source} passageIds={quote.passageIds} />
              </p>
            </QuoteView>
            <ItemActions kind="quote" itemId={quote.itemId} label={`${quote.speaker}: “${quote.text.slice(0, 80)}${quote.text.length > 80 ? '…' : ''}”`} sentences={quote.sentences} source={quote.source} passageIds={quote.passageIds} />
          </li>
        ))}
      </ul>
      {elsewhere.map((speaker) => (
        <div class="pp-elsewhere" key={speaker.speakerId}>
          <h3 class="pp-subtitle">
            Also said by {speaker.speaker}, not on this page
          </h3>
          <ul class="pp-list">
            {speaker.quotes.map((quote) => (
              <li class="pp-item pp-item-corpus" key={quote.itemId}>
                <QuoteView text={quote.text} speaker={quote.speaker} role={quote.role} venue={quote.venue} date={quote.date} dateBasis={quote.source.dateBasis} clamp>
                  <p class="pp-from">
                    From <SourceLink source={quote.source} passageIds={quote.passageIds} />
                  </p>
                </QuoteView>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
