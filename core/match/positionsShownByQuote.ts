/**
 * Which of a speaker's positions a sentence that repeats their quote shows. A quote usually shows one view of its
 * speaker, and then the sentence shows it whatever part of the quote it repeats. A quote that shows several of the
 * speaker's views (Ms Rudd's "…we can get that information when a terrorist is involved" shows both her demand for
 * access and her call on the firms to help the police) shows, in a sentence, the ones the sentence speaks of, and
 * the first the story lists when it speaks of none: "End-to-end encryption has a place" is her demand for access.
 */
import type { Position, Proposition } from '../corpus/model';
import { groupBy } from './matchIndex';
import { PLAINLY, plainness } from './positionsArgued';

export function positionsShownByQuote(
  shown: readonly Position[],
  sentence: { folded: string; features: () => readonly string[] },
  propositions: ReadonlyMap<string, Proposition>,
): Position[] {
  const lower = sentence.folded.toLowerCase();
  const speaksOf = (position: Position) => plainness(lower, propositions.get(position.propositionId), sentence.features) >= PLAINLY;
  return [...groupBy(shown, (p) => [p.holderId]).values()].flatMap((theirs) => {
    if (theirs.length === 1) return theirs;
    const spoken = theirs.filter(speaksOf);
    return spoken.length > 0 ? spoken : theirs.slice(0, 1);
  });
}
