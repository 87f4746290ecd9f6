import { describe, expect, it } from 'vitest';
import type { Command } from '@/sim/core';
import { LESSON_SPLIT, SPLIT_UNTIL } from '@/sim/scenarios/quorums/testing/lessonRuns';
import { describePlan, spokenTime } from './runPlan';

const S = 1_000_000;

describe('describePlan', () => {
  it('says how long Play runs and what happens when', () => {
    expect(describePlan([{ at: 3 * S, type: 'crash', node: 'n3' }], 9 * S)).toBe(
      'Play runs 9 s: n3 crashes at 3 s.',
    );
    // The quorums lesson's cut.
    expect(describePlan(LESSON_SPLIT, SPLIT_UNTIL)).toBe(
      'Play runs 12 s: n1 and n2 are cut off from n3, n4 and n5 at 2 s and the network heals at 8 s.',
    );
  });

  it('names nothing past the end, and counts what it does not name', () => {
    const many: Command[] = [1, 2, 3, 4, 5, 6].map((s) => ({
      at: s * S,
      type: 'crash',
      node: `n${s}`,
    }));
    expect(describePlan(many, 5 * S)).toMatch(/n4 crashes at 4 s and 1 more command\.$/);
    expect(describePlan([], 20 * S)).toBe('Play runs 20 s, with no faults scripted.');
  });

  it('reads times the way the prose writes them', () => {
    expect(spokenTime(4_600_000)).toBe('4.6 s');
    expect(spokenTime(750_000)).toBe('750 ms');
    expect(spokenTime(0)).toBe('0 s');
  });
});
