/**
 * A careful reader keeps an argument in mind. Once the page has linked a speaker to a position (Rudd wants
 * encrypted messages read), what the same speaker goes on to say in the next sentences (the rest of the
 * quotation, her words reported just after) argues it too, unless it takes the demand back ("We're not saying
 * open up"). The argument fades after FOCUS_REACH sentences in which the speaker says nothing on it.
 */
import type { Position } from '../corpus/model';

const FOCUS_REACH = 3;

export class PositionsInFocus {
  private readonly held = new Map<string, { positions: Map<string, Position>; sentenceIndex: number }>();

  /** the page linked `position` at `sentenceIndex` */
  note(position: Position, sentenceIndex: number): void {
    const was = this.held.get(position.holderId);
    const fresh = was && sentenceIndex - was.sentenceIndex <= FOCUS_REACH ? was.positions : new Map<string, Position>();
    fresh.set(position.id, position);
    this.held.set(position.holderId, { positions: fresh, sentenceIndex });
  }

  /** the positions the page last linked the holder to, however long ago */
  last(holderId: string): Position[] {
    return [...(this.held.get(holderId)?.positions.values() ?? [])];
  }

  /** the positions the speaker still argues at `sentenceIndex` */
  of(speakerId: string, sentenceIndex: number): Position[] {
    const was = this.held.get(speakerId);
    return was && sentenceIndex - was.sentenceIndex <= FOCUS_REACH ? [...was.positions.values()] : [];
  }
}
