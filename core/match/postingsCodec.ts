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

/** How many bytes `n` takes as a varint. */
export function varintLength(n: number): number {
  let length = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    length++;
  }
  return length;
}

/** Writes `n` as a varint into `bytes` at `at`; returns where the next value goes (safe beyond 32 bits). */
export function writeVarint(bytes: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) {
    bytes[at++] = (n % 0x80) | 0x80;
    n = Math.floor(n / 0x80);
  }
  bytes[at++] = n;
  return at;
}

/** Reads the varint at `at`: its value, and where the next value starts. */
export function readVarint(bytes: Uint8Array, at: number): { value: number; next: number } {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return { value, next: at };
    shift += 7;
  }
}
