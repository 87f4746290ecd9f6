import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crashAt, runHarvest } from './testing/runs';

describe('harvest-yield, P partitions × 1 replica, one crash, best effort', () => {
  it('answers with (P − 1)/P of the data, within 1 %, over 200 seeds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 2, max: 6 }),
        (seed, partitions) => {
          const run = runHarvest(
            { machines: partitions, replicas: 1, load: 50, policy: 'best-effort' },
            { seed, commands: [crashAt(`n${1 + (seed % partitions)}`, 1)], untilS: 3 },
          );
          // Queries settled a deadline after the crash were all sent after it.
          const after = run.between(1.2, 3);
          const expected = (partitions - 1) / partitions;
          if (Math.abs(after.harvest - expected) > 0.01 * expected || after.yield < 0.99)
            throw new Error(
              `seed ${seed}, ${partitions} partitions: harvest ${after.harvest}, yield ${after.yield}`,
            );
          expect(after.offered).toBeGreaterThan(50);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});
