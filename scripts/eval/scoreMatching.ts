/**
 * The matcher against the hand labels, sentence by sentence: what a careful reader links and what Crosscheck
 * links, per kind, with the errors that hurt most counted apart (a number compared on the wrong subject, a
 * quote given the wrong speaker, a position given the wrong holder or stance).
 */
import { analyzePage } from '../../core/analyzePage';
import type { SentenceMatch } from '../../core/analysis';
import type { MatchIndex } from '../../core/match/matchIndex';
import { pageSentences } from '../../core/text/pageSentences';
import { placeLabels, squash, type FactLabel, type LabelledLink, type LabelledPage, type PositionLabel, type QuoteLabel } from './sentenceLabels';

/** What one predicted match says, in the labels' terms. */
export type PredictedLink =
  | { kind: 'fact'; subject: string; verdict: string; compared: boolean }
  | { kind: 'quote'; speaker: string; text: string }
  | { kind: 'position'; proposition: string; holder: string; stance: string };

export interface Counts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

export interface SentenceOutcome {
  file: string;
  sentenceIndex: number;
  sentence: string;
  labelled: LabelledLink[];
  predicted: PredictedLink[];
  /** one line per disagreement, for reading the misses */
  problems: string[];
}

export interface MatchingScore {
  pages: number;
  sentences: number;
  labelledSentences: number;
  sentenceLevel: Counts;
  fact: Counts;
  quote: Counts;
  position: Counts;
  /** facts found on the right subject whose agrees / differs is also right */
  verdictRight: number;
  verdictJudged: number;
  wrongSubject: number;
  /** red "differs" verdicts shown, and those the reader gives too (same subject, differs) */
  differsShown: number;
  differsRight: number;
  wrongSpeaker: number;
  wrongHolderOrStance: number;
  /** positions held by people the corpus does not know: labelled, but no corpus item can link them */
  outsideHolders: number;
  /** label pieces not found in exactly one sentence (a label file to mend) */
  labelErrors: string[];
  outcomes: SentenceOutcome[];
}

const zero = (): Counts => ({ truePositive: 0, falsePositive: 0, falseNegative: 0 });

export function scoreMatching(pages: readonly LabelledPage[], index: MatchIndex): MatchingScore {
  return scoreLinks(pages, (page) => {
    const predictions = new Map<number, PredictedLink[]>();
    for (const match of analyzePage(page.input, index).matches) {
      predictions.set(match.sentenceIndex, [...(predictions.get(match.sentenceIndex) ?? []), predictedLink(index, match)]);
    }
    return predictions;
  });
}

/**
 * The links `predict` gives each page's sentences (sentence index -> links) against the page's hand labels: the
 * matcher's links, or a second reader's.
 */
export function scoreLinks(
  pages: readonly LabelledPage[],
  predict: (page: LabelledPage, sentences: readonly { text: string }[]) => Map<number, PredictedLink[]>,
): MatchingScore {
  const score: MatchingScore = {
    pages: pages.length, sentences: 0, labelledSentences: 0,
    sentenceLevel: zero(), fact: zero(), quote: zero(), position: zero(),
    verdictRight: 0, verdictJudged: 0, wrongSubject: 0, differsShown: 0, differsRight: 0, wrongSpeaker: 0, wrongHolderOrStance: 0, outsideHolders: 0,
    labelErrors: [], outcomes: [],
  };
  for (const page of pages) {
    const sentences = pageSentences(page.input);
    score.sentences += sentences.length;
    const { links: labels, errors } = placeLabels(page, sentences);
    score.labelErrors.push(...errors);
    const predictions = predict(page, sentences);
    sentences.forEach((s, sentenceIndex) => {
      const all = labels.get(sentenceIndex) ?? [];
      const labelled = all.filter((l) => !(l.kind === 'position' && l.holder === 'other'));
      score.outsideHolders += all.length - labelled.length;
      const predicted = dedupe(predictions.get(sentenceIndex) ?? []);
      if (labelled.length === 0 && predicted.length === 0) return;
      const outcome: SentenceOutcome = { file: page.file, sentenceIndex, sentence: s.text, labelled: all, predicted, problems: [] };
      judgeSentence(score, outcome, labelled);
      score.outcomes.push(outcome);
    });
  }
  return score;
}

function judgeSentence(score: MatchingScore, outcome: SentenceOutcome, labelled: LabelledLink[]): void {
  const { predicted, problems } = outcome;
  if (labelled.length > 0) score.labelledSentences++;
  tally(score.sentenceLevel, labelled.length > 0, predicted.length > 0);
  if (labelled.length > 0 && predicted.length === 0) problems.push('missed: nothing linked');
  if (labelled.length === 0 && predicted.length > 0) problems.push('linked a sentence a reader links to nothing');

  const factLabels = labelled.filter((l): l is FactLabel => l.kind === 'fact');
  const facts = predicted.filter((p) => p.kind === 'fact');
  for (const label of factLabels) {
    const found = facts.find((f) => f.subject === label.subject);
    if (!found) {
      score.fact.falseNegative++;
      problems.push(`missed fact ${label.subject} ${label.verdict}`);
      continue;
    }
    score.fact.truePositive++;
    score.verdictJudged++;
    if (found.verdict === label.verdict) score.verdictRight++;
    else problems.push(`fact ${label.subject}: ${found.verdict}, reader says ${label.verdict}`);
  }
  for (const fact of facts) {
    if (fact.verdict === 'differs') {
      score.differsShown++;
      if (factLabels.some((l) => l.subject === fact.subject && l.verdict === 'differs')) score.differsRight++;
    }
    if (factLabels.some((l) => l.subject === fact.subject)) continue;
    score.fact.falsePositive++;
    if (fact.compared) score.wrongSubject++;
    problems.push(`${fact.compared ? 'WRONG SUBJECT: ' : ''}fact ${fact.subject} ${fact.verdict} not linked by the reader`);
  }

  const quoteLabels = labelled.filter((l): l is QuoteLabel => l.kind === 'quote');
  const quotes = predicted.filter((p) => p.kind === 'quote');
  const sameQuote = (label: QuoteLabel, quote: { speaker: string; text: string }) =>
    quote.speaker === label.speaker && squash(quote.text).includes(squash(label.words));
  for (const label of quoteLabels) {
    if (quotes.some((q) => sameQuote(label, q))) score.quote.truePositive++;
    else {
      score.quote.falseNegative++;
      problems.push(`missed quote ${label.speaker}: "${label.words}"`);
    }
  }
  for (const quote of quotes) {
    if (quoteLabels.some((l) => sameQuote(l, quote))) continue;
    score.quote.falsePositive++;
    const wrongSpeaker = quoteLabels.length > 0 && !quoteLabels.some((l) => l.speaker === quote.speaker);
    if (wrongSpeaker) score.wrongSpeaker++;
    problems.push(`${wrongSpeaker ? 'WRONG SPEAKER: ' : ''}quote ${quote.speaker}: "${quote.text.slice(0, 60)}" not linked by the reader`);
  }

  const positionLabels = labelled.filter((l): l is PositionLabel => l.kind === 'position');
  const positions = predicted.filter((p) => p.kind === 'position');
  const samePosition = (label: PositionLabel, p: { proposition: string; holder: string; stance: string }) =>
    p.proposition === label.proposition && p.holder === label.holder && p.stance === label.stance;
  for (const label of positionLabels) {
    if (positions.some((p) => samePosition(label, p))) score.position.truePositive++;
    else {
      score.position.falseNegative++;
      problems.push(`missed position ${label.proposition}: ${label.holder} ${label.stance}`);
    }
  }
  for (const position of positions) {
    if (positionLabels.some((l) => samePosition(l, position))) continue;
    score.position.falsePositive++;
    const wrong = positionLabels.some((l) => l.proposition === position.proposition);
    if (wrong) score.wrongHolderOrStance++;
    problems.push(`${wrong ? 'WRONG HOLDER OR STANCE: ' : ''}position ${position.proposition}: ${position.holder} ${position.stance} not linked by the reader`);
  }
}

function tally(counts: Counts, labelled: boolean, predicted: boolean): void {
  if (labelled && predicted) counts.truePositive++;
  else if (predicted) counts.falsePositive++;
  else if (labelled) counts.falseNegative++;
}

function predictedLink(index: MatchIndex, match: SentenceMatch): PredictedLink {
  if (match.kind === 'fact') {
    const fact = index.facts.get(match.itemId)!;
    return { kind: 'fact', subject: fact.subject, verdict: match.verdict, compared: fact.quantities.length > 0 };
  }
  if (match.kind === 'quote') {
    const quote = index.quotes.get(match.itemId)!;
    return { kind: 'quote', speaker: quote.speaker, text: quote.text };
  }
  const position = index.corpus.positions.find((p) => p.id === match.itemId)!;
  return { kind: 'position', proposition: position.propositionId, holder: position.holder, stance: position.stance };
}

/** One predicted link per item: two sources' facts on the same subject are one link for a reader. */
function dedupe(links: PredictedLink[]): PredictedLink[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = l.kind === 'fact' ? `f:${l.subject}` : l.kind === 'quote' ? `q:${l.speaker}:${l.text}` : `p:${l.proposition}:${l.holder}:${l.stance}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function precision(c: Counts): number {
  return c.truePositive + c.falsePositive === 0 ? 1 : c.truePositive / (c.truePositive + c.falsePositive);
}

export function recall(c: Counts): number {
  return c.truePositive + c.falseNegative === 0 ? 1 : c.truePositive / (c.truePositive + c.falseNegative);
}
