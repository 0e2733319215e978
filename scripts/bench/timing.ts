/** How the bench reads repeated timings: the best of a few rounds for pure computation, the median for noisier runs. */

export function bestOf(rounds: number, run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
