/**
 * The cache stores only the window of a linearized set between its first unset and last
 * set bit; these tests hold it to a plain set of strings under random adds and deletes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationCache, LinearizedSet } from './linearizedSet';

const seedFromEnvironment =
  process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };

describe('LinearizedSet and ConfigurationCache', () => {
  it('remember exactly the configurations a plain set remembers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 130 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 })), { maxLength: 300 }),
        fc.boolean(),
        (size, moves, shuffled) => {
          const rank = Int32Array.from({ length: size }, (_, i) => (shuffled ? size - 1 - i : i));
          const set = new LinearizedSet(size, rank);
          const members = new Set<number>();
          const cache = new ConfigurationCache();
          const seen = new Set<string>();
          for (const [pick, state] of moves) {
            const member = pick % size;
            if (members.has(member)) {
              members.delete(member);
              set.delete(member);
            } else {
              members.add(member);
              set.add(member);
            }
            for (let m = 0; m < size; m++) expect(set.has(m)).toBe(members.has(m));
            const key = `${[...members].sort((a, b) => a - b).join(',')}|${state}`;
            expect(cache.add(set, state)).toBe(!seen.has(key));
            seen.add(key);
          }
        },
      ),
      { numRuns: 200, ...seedFromEnvironment },
    );
  });

  it('refuses to grow past its bound and says so', () => {
    const set = new LinearizedSet(64);
    const cache = new ConfigurationCache(20_000);
    let added = 0;
    for (let state = 0; state < 10_000 && cache.add(set, state); state++) added++;
    expect(cache.full).toBe(true);
    expect(added).toBeGreaterThan(100);
    expect(cache.bytes()).toBeLessThanOrEqual(20_000 * 4);
  });
});
