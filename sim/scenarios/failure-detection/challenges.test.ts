/**
 * Each challenge is solved by its own solution and not by a near miss: a run that looks
 * like a solution but misses the point the challenge makes.
 */
import { describe, expect, it } from 'vitest';
import { attempt } from '@/sim/challenges/testing';
import { US_PER_S } from '@/sim/core/time';
import { failureDetectorChallenges } from './challenges';
import { failureDetector } from './scenario';

const S = US_PER_S;
const [falseAlarm, secondThoughts, eachOther] = failureDetectorChallenges as [
  (typeof failureDetectorChallenges)[number],
  (typeof failureDetectorChallenges)[number],
  (typeof failureDetectorChallenges)[number],
];

describe('failure-detection challenges', { timeout: 30_000 }, () => {
  it('are solved by their own solutions', () => {
    for (const challenge of failureDetectorChallenges)
      expect(attempt(failureDetector, challenge, challenge.solution), challenge.id).not.toBeNull();
  });

  it('a false alarm is not a crash, nor a quiet run', () => {
    const crash = { seed: 1, params: {}, until: 8 * S };
    expect(
      attempt(failureDetector, falseAlarm, {
        ...crash,
        commands: [{ at: 2 * S, type: 'crash', node: 'n3' }],
      }),
    ).toBeNull();
    expect(attempt(failureDetector, falseAlarm, { ...crash, commands: [] })).toBeNull();
    // Slowing by a little keeps every heartbeat inside the timeout.
    expect(
      attempt(failureDetector, falseAlarm, {
        ...crash,
        commands: [{ at: 2 * S, type: 'slow', node: 'n3', factor: 2 }],
      }),
    ).toBeNull();
  });

  it('second thoughts about a restarted node do not count', () => {
    expect(
      attempt(failureDetector, secondThoughts, {
        seed: 1,
        params: {},
        commands: [
          { at: 2 * S, type: 'crash', node: 'n3' },
          { at: 6 * S, type: 'restart', node: 'n3' },
        ],
        until: 9 * S,
      }),
    ).toBeNull();
  });

  it('a crash makes suspicion one-sided', () => {
    expect(
      attempt(failureDetector, eachOther, {
        seed: 1,
        params: {},
        commands: [{ at: 2 * S, type: 'crash', node: 'n3' }],
        until: 8 * S,
      }),
    ).toBeNull();
  });
});
