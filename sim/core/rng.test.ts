/**
 * The PRNG is the only source of randomness in a run, so these pin its stream: a seed
 * must give the same numbers forever (saved links and golden traces depend on it), and
 * nearby seeds must give unrelated streams.
 */
import { describe, expect, it } from 'vitest';
import { SEED_MAX, chance, cloneRng, createRng, nextFloat, nextUint32, type Rng } from './rng';

function draws(rng: Rng, count: number): number[] {
  return Array.from({ length: count }, () => nextUint32(rng));
}

describe('rng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(createRng(1234), 50)).toEqual(draws(createRng(1234), 50));
  });

  it('keeps the stream of seed 42 stable across versions', () => {
    // Golden values: if these change, every saved run link replays differently.
    expect(draws(createRng(42), 5)).toEqual([
      1028872839, 2516511472, 400437680, 853279530, 1920286840,
    ]);
  });

  it('gives unrelated streams for different seeds, including neighbours and the extremes', () => {
    const seeds = [
      ...Array.from({ length: 2000 }, (_, i) => i),
      SEED_MAX,
      SEED_MAX - 1,
      0x80000000,
    ];
    const firstTwo = new Map<string, number>();
    for (const seed of seeds) {
      const key = draws(createRng(seed), 2).join(',');
      expect(firstTwo.get(key), `seeds ${firstTwo.get(key)} and ${seed} collide`).toBeUndefined();
      firstTwo.set(key, seed);
    }
  });

  it('yields 32-bit unsigned integers and floats in [0, 1)', () => {
    const rng = createRng(7);
    for (let i = 0; i < 10_000; i++) {
      const value = nextUint32(rng);
      expect(Number.isInteger(value) && value >= 0 && value < 2 ** 32, `draw ${i}: ${value}`).toBe(
        true,
      );
      const float = nextFloat(rng);
      expect(float >= 0 && float < 1, `draw ${i}: ${float}`).toBe(true);
    }
  });

  it('lets a clone continue identically without disturbing the original', () => {
    const original = createRng(99);
    draws(original, 17);
    const copy = cloneRng(original);
    const fromCopy = draws(copy, 100);
    // Advancing the copy must not have moved the original.
    expect(draws(original, 100)).toEqual(fromCopy);
  });

  it('draws nothing for chance(0) and chance(1), nor outside [0, 1]', () => {
    const rng = createRng(5);
    const before = cloneRng(rng);
    expect(chance(rng, 0)).toBe(false);
    expect(chance(rng, -0.5)).toBe(false);
    expect(chance(rng, 1)).toBe(true);
    expect(chance(rng, 2)).toBe(true);
    expect(rng).toEqual(before);
  });

  it('draws exactly one number for a chance strictly between 0 and 1', () => {
    const rng = createRng(5);
    const reference = createRng(5);
    chance(rng, 0.3);
    nextUint32(reference);
    expect(rng).toEqual(reference);
  });

  it('is roughly uniform: mean ≈ 0.5 and even deciles over 100k draws', () => {
    const rng = createRng(2024);
    const count = 100_000;
    const deciles = new Array<number>(10).fill(0);
    let sum = 0;
    for (let i = 0; i < count; i++) {
      const x = nextFloat(rng);
      sum += x;
      deciles[Math.floor(x * 10)]!++;
    }
    // The standard error of the mean is 1/sqrt(12·n) ≈ 0.0009, so ±0.005 is over 5σ.
    expect(Math.abs(sum / count - 0.5)).toBeLessThan(0.005);
    // Each decile expects 10k with σ ≈ 95; ±5% is over 5σ.
    for (const [index, hits] of deciles.entries())
      expect(Math.abs(hits - count / 10), `decile ${index}: ${hits}`).toBeLessThan(500);
  });

  it('matches chance(p) frequencies to p', () => {
    const rng = createRng(11);
    let hits = 0;
    for (let i = 0; i < 100_000; i++) if (chance(rng, 0.2)) hits++;
    // σ = sqrt(n·p·(1−p)) ≈ 126; ±800 is over 6σ.
    expect(Math.abs(hits - 20_000)).toBeLessThan(800);
  });
});
