/** A source of uniform numbers in [0, 1). Inject a seeded one so runs can be replayed. */
export type Rng = () => number;

/** A small seeded generator (mulberry32): fast, 32-bit state, good enough for tie breaks and benchmarks. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
