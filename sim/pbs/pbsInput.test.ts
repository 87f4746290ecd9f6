/**
 * The calculator's text inputs: defaults, a specific message naming each bad argument,
 * a safe value in its place, and a round trip through text for every valid input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from './latency';
import { PBS_DEFAULTS, formatPbsInput, parsePbsInput } from './pbsInput';

describe('parsePbsInput', () => {
  it('gives the defaults for no arguments', () => {
    expect(parsePbsInput({})).toEqual({ input: PBS_DEFAULTS, problems: [] });
  });

  it('reads every argument', () => {
    const { input, problems } = parsePbsInput({
      n: '5',
      r: '2',
      w: '3',
      profile: 'Exponential',
      'lambda-w': '0.25',
      'lambda-ars': '2',
      trials: '5000',
      seed: '99',
      t: '10, 0,5,10',
      k: '4',
    });
    expect(problems).toEqual([]);
    expect(input).toEqual({
      n: 5,
      r: 2,
      w: 3,
      profile: 'exponential',
      lambdaW: 0.25,
      lambdaArs: 2,
      trials: 5000,
      seed: 99,
      tMs: [0, 5, 10],
      k: 4,
    });
  });

  it('names each bad argument and replaces it by a safe value', () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ r: '4' }, 'r', /R is at most N = 3/],
      [{ n: '2', w: '3' }, 'w', /W is at most N = 2/],
      [{ n: '13' }, 'n', /from 1 to 12/],
      [{ n: 'three' }, 'n', /whole number/],
      [{ profile: 'lnkd' }, 'profile', /unknown; use one of exponential, lnkd-ssd/],
      [{ 'lambda-w': '0' }, 'lambda-w', /above 0/],
      [{ 'lambda-ars': '-1' }, 'lambda-ars', /above 0/],
      [{ 'lambda-ars': 'fast' }, 'lambda-ars', /must be a number/],
      [{ trials: '10000001' }, 'trials', /from 100 to 10000000/],
      [{ trials: '1e6' }, 'trials', /whole number/],
      [{ seed: '-1' }, 'seed', /from 0 to 4294967295/],
      [{ t: '0,x' }, 't', /"x" is not/],
      [{ t: '-5' }, 't', /"-5" is not/],
      [{ k: '0' }, 'k', /from 1 to 100/],
    ];
    for (const [raw, arg, message] of cases) {
      const { input, problems } = parsePbsInput(raw);
      expect(problems, JSON.stringify(raw)).toHaveLength(1);
      expect(problems[0]!.arg).toBe(arg);
      expect(problems[0]!.message).toMatch(message);
      expect(problems[0]!.message.startsWith(arg)).toBe(true);
      expect(input.r).toBeLessThanOrEqual(input.n);
      expect(input.w).toBeLessThanOrEqual(input.n);
    }
  });

  it('keeps a safe R and W when N is smaller than their defaults would allow', () => {
    expect(parsePbsInput({ n: '1' }).input).toMatchObject({ n: 1, r: 1, w: 1 });
  });

  it('round-trips every valid input through text', () => {
    const valid = fc
      .record({
        n: fc.integer({ min: 1, max: 12 }),
        rPick: fc.integer({ min: 0, max: 11 }),
        wPick: fc.integer({ min: 0, max: 11 }),
        profile: fc.constantFrom(...PROFILE_IDS),
        lambdaW: fc.double({ min: 0.001, max: 1000, noNaN: true }),
        lambdaArs: fc.double({ min: 0.001, max: 1000, noNaN: true }),
        trials: fc.integer({ min: 100, max: 10_000_000 }),
        seed: fc.integer({ min: 0, max: 0xffffffff }),
        tMs: fc.uniqueArray(fc.double({ min: 0, max: 3_600_000, noNaN: true }), {
          minLength: 1,
          maxLength: 24,
        }),
        k: fc.integer({ min: 1, max: 100 }),
      })
      .map(({ rPick, wPick, tMs, ...rest }) => ({
        ...rest,
        r: 1 + (rPick % rest.n),
        w: 1 + (wPick % rest.n),
        tMs: [...new Set(tMs.map((t) => (Object.is(t, -0) ? 0 : t)))].sort((a, b) => a - b),
      }));
    fc.assert(
      fc.property(valid, (input) => {
        expect(parsePbsInput(formatPbsInput(input))).toEqual({ input, problems: [] });
      }),
      { numRuns: 300 },
    );
  });
});
