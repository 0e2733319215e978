/**
 * A posting list as it is stored: ascending target numbers as gaps, each gap a little-endian base-128 varint.
 * Most gaps in a large corpus need one or two bytes, against eight for a number in a plain array.
 */

export function encodePostings(ids: readonly number[]): Uint8Array {
  const out = new Uint8Array(ids.length * 5);
  let at = 0;
  let previous = 0;
  for (const id of ids) {
    let gap = id - previous;
    previous = id;
    while (gap >= 0x80) {
      out[at++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    out[at++] = gap;
  }
  return out.slice(0, at);
}

export function decodePostings(bytes: Uint8Array): number[] {
  const ids: number[] = [];
  let previous = 0;
  let gap = 0;
  let shift = 0;
  // an indexed loop: a cold worker runs this before it is optimized, where iterating costs more than the work
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    gap |= (byte & 0x7f) << shift;
    if (byte & 0x80) {
      shift += 7;
      continue;
    }
    previous += gap;
    ids.push(previous);
    gap = 0;
    shift = 0;
  }
  return ids;
}
