/**
 * Seeded pseudo-random numbers. The generator's whole state is four 32-bit words that
 * live in the World, so checkpoints copy it and a replay draws the same numbers.
 *
 * Algorithm: sfc32, "Small Fast Chaotic" by Chris Doty-Humphrey (PractRand), seeded
 * through splitmix32 so that nearby seeds give unrelated streams.
 */
export interface Rng {
  a: number;
  b: number;
  c: number;
  d: number;
}

/** The largest seed accepted in URLs and on the command line. */
export const SEED_MAX = 0xffffffff;

function splitmix32(state: number): [value: number, next: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [(z ^ (z >>> 16)) >>> 0, next];
}

/** Creates a generator from an integer seed in [0, 2^32). Pure. */
export function createRng(seed: number): Rng {
  let state = seed | 0;
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [value, next] = splitmix32(state);
    words.push(value);
    state = next;
  }
  const rng: Rng = { a: words[0]!, b: words[1]!, c: words[2]!, d: words[3]! };
  for (let i = 0; i < 12; i++) nextUint32(rng); // let the state mix before first use
  return rng;
}

/** A copy of the generator's state, for checkpoints. Pure. */
export function cloneRng(rng: Rng): Rng {
  return { a: rng.a, b: rng.b, c: rng.c, d: rng.d };
}

/** The next 32-bit unsigned integer. Advances `rng` in place. */
export function nextUint32(rng: Rng): number {
  const t = (((rng.a + rng.b) | 0) + rng.d) | 0;
  rng.d = (rng.d + 1) | 0;
  rng.a = rng.b ^ (rng.b >>> 9);
  rng.b = (rng.c + (rng.c << 3)) | 0;
  rng.c = (rng.c << 21) | (rng.c >>> 11);
  rng.c = (rng.c + t) | 0;
  return t >>> 0;
}

/** A float in [0, 1) with 32 bits of randomness. Advances `rng` in place. */
export function nextFloat(rng: Rng): number {
  return nextUint32(rng) / 4294967296;
}

/** True with probability `p`. Draws nothing when p is 0 or 1, so such settings cost no entropy. */
export function chance(rng: Rng, p: number): boolean {
  if (p <= 0) return false;
  if (p >= 1) return true;
  return nextFloat(rng) < p;
}
