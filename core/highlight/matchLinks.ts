/** The corpus items a highlighted sentence matched, as the links an annotation of that sentence keeps. */
import type { SentenceMatch } from '../analysis';
import type { CorpusLink } from '../annotations/model';
import type { MatchedItems } from '../tabResult';

const QUOTE_LABEL_CHARS = 80;

export function matchLinks(matches: SentenceMatch[], items: MatchedItems): CorpusLink[] {
  return matches.flatMap((match): CorpusLink[] => {
    const { kind, itemId } = match;
    if (kind === 'fact') {
      const fact = items.facts.find((f) => f.id === itemId);
      return fact ? [{ kind, itemId, label: `Fact: ${fact.statement}` }] : [];
    }
    if (kind === 'quote') {
      const quote = items.quotes.find((q) => q.id === itemId);
      if (!quote) return [];
      const words = quote.text.length > QUOTE_LABEL_CHARS ? `${quote.text.slice(0, QUOTE_LABEL_CHARS)}…` : quote.text;
      return [{ kind, itemId, label: `${quote.speaker}: “${words}”` }];
    }
    const position = items.positions.find((p) => p.id === itemId);
    return position ? [{ kind, itemId, label: `${position.holder}, ${position.stance}: ${position.summary}` }] : [];
  });
}
