/**
 * The calculator's URL: it round-trips, and a bad value is named and replaced.
 */
import { describe, expect, it } from 'vitest';
import { PBS_DEFAULTS } from '@/sim/pbs/pbsInput';
import { readPbsQuery, writePbsQuery } from './pbsUrl';

describe('pbs URL', () => {
  it('round-trips every input, with readable commas', () => {
    const input = {
      ...PBS_DEFAULTS,
      n: 5,
      r: 2,
      w: 3,
      profile: 'exponential' as const,
      lambdaW: 0.05,
      lambdaArs: 1.5,
      trials: 20_000,
      seed: 9,
      tMs: [0, 2.5, 40],
      k: 3,
    };
    const query = writePbsQuery(input);
    expect(query).toContain('t=0,2.5,40');
    expect(readPbsQuery(`?${query}`)).toEqual({ input, problems: [] });
  });

  it('names a bad value, uses the default, and ignores other parameters', () => {
    const { input, problems } = readPbsQuery('?r=9&theme=dark&profile=lnkd-ssd');
    expect(problems.map((problem) => problem.arg)).toEqual(['r']);
    expect(input).toEqual({ ...PBS_DEFAULTS, profile: 'lnkd-ssd' });
  });

  it('cuts a very long value before reporting it', () => {
    const { problems } = readPbsQuery(`?profile=${'x'.repeat(5000)}`);
    expect(problems[0]!.message.length).toBeLessThan(200);
  });
});
