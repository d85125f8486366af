// A seeded generator, so every run builds the same archive, and the skewed draws a real office's
// records follow: a few surnames, partners and officials again and again, then a long tail.

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, below). */
  int(below: number): number;
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number): Random {
  let state = seed;
  // mulberry32: fast, and good enough to spread records.
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
  };
}

/** Draws items in proportion to their weights. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): (rnd: Random) => T {
  const bounds: number[] = [];
  let total = 0;
  for (const [, weight] of entries) bounds.push((total += weight));
  return (rnd) => {
    const target = rnd.next() * total;
    let low = 0;
    let high = bounds.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((bounds[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return (entries[low] as readonly [T, number])[0];
  };
}

/** Zipf's law: the k-th item (from 1) is drawn in proportion to 1 / k^exponent, so lists go most common first. */
export function zipf<T>(items: readonly T[], exponent = 1): (rnd: Random) => T {
  return weighted(items.map((item, index) => [item, 1 / (index + 1) ** exponent] as const));
}
