// Small helpers the bench scripts share: a seeded generator, so two runs measure the same input,
// and order statistics of timing samples.

/** A deterministic pseudo-random generator (a linear congruential one), values in [0, 1). */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The p-th percentile (0–100) of `samples`, nearest rank; the samples are not reordered. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}
