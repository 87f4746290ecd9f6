import { describe, expect, it } from 'vitest';
import { SEED_MAX } from '@/sim/core/rng';
import { scenarios } from '@/sim/scenarios';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { parseArgs } from './parseArgs';
import {
  DEFAULT_SEED,
  DEFAULT_UNTIL,
  parseParamFlags,
  parseRunOptions,
  parseSeed,
  parseUntil,
  RUN_FLAGS,
} from './parseRunOptions';

function options(argv: string[]) {
  const args = parseArgs(argv, RUN_FLAGS);
  if (!args.ok) throw new Error(args.errors.join('; '));
  return parseRunOptions(args.args);
}

describe('parseSeed', () => {
  it('accepts whole numbers from 0 to SEED_MAX only', () => {
    expect(parseSeed('0')).toEqual({ ok: true, value: 0 });
    expect(parseSeed(String(SEED_MAX))).toEqual({ ok: true, value: SEED_MAX });
    for (const bad of ['-1', String(SEED_MAX + 1), '1e3', '0x10', '1.5', '', ' 7'])
      expect(parseSeed(bad).ok, bad).toBe(false);
  });
});

describe('parseUntil', () => {
  it('reads durations with a unit and refuses bare numbers', () => {
    expect(parseUntil('10s')).toEqual({ ok: true, value: 10_000_000 });
    expect(parseUntil('750ms')).toEqual({ ok: true, value: 750_000 });
    expect(parseUntil('10')).toMatchObject({ ok: false });
    expect(parseUntil('-1s')).toMatchObject({ ok: false });
  });
});

describe('parseParamFlags', () => {
  it('reads values with the URL syntax over the defaults', () => {
    const { values, errors } = parseParamFlags(failureDetector, ['nodes=7', 'heartbeat=250ms']);
    expect(errors).toEqual([]);
    expect(values).toMatchObject({ nodes: 7, heartbeat: 250_000, timeout: 1_500_000 });
  });

  it('is strict: unknown names, bad values, repeats and missing = are all errors', () => {
    const { errors } = parseParamFlags(failureDetector, [
      'nodes=banana',
      'colour=red',
      'loss=0.1',
      'loss=0.2',
      'heartbeat',
    ]);
    expect(errors).toEqual([
      '--param nodes: "banana" is not a whole number (expected 3 to 100)',
      '--param: failure-detection has no parameter "colour"; known: nodes, heartbeat, timeout, latency, mean, loss',
      '--param: loss is given twice',
      '--param "heartbeat" is not name=value, such as heartbeat=250ms',
    ]);
  });
});

describe('parseRunOptions', () => {
  it('applies the documented defaults', () => {
    const result = options(['failure-detection']);
    expect(result).toMatchObject({
      ok: true,
      options: { seed: DEFAULT_SEED, untilUs: DEFAULT_UNTIL, json: false },
    });
    expect(DEFAULT_SEED).toBe(1);
    expect(DEFAULT_UNTIL).toBe(10_000_000);
  });

  it('reads every flag', () => {
    const result = options(
      ['failure-detection', '--seed', '7', '--until', '2s', '--json'].concat([
        '--commands',
        'c.json',
        '--trace',
        't.jsonl',
        '--param',
        'nodes=3',
      ]),
    );
    expect(result).toMatchObject({
      ok: true,
      options: {
        seed: 7,
        untilUs: 2_000_000,
        json: true,
        commandsPath: 'c.json',
        tracePath: 't.jsonl',
        params: { nodes: 3 },
      },
    });
  });

  it('reports a missing or unknown scenario and extra arguments', () => {
    const known = Object.keys(scenarios).join(', ');
    expect(options([])).toEqual({
      ok: false,
      errors: [`run needs a scenario; known: ${known}`],
    });
    expect(options(['nope', 'extra'])).toEqual({
      ok: false,
      errors: ['unexpected argument "extra"', `unknown scenario "nope"; known: ${known}`],
    });
  });

  it('names parameters that are each valid but do not fit together', () => {
    const result = options(['harvest-yield', '--param', 'machines=6', '--param', 'replicas=4']);
    expect(result.ok ? [] : result.errors).toEqual([
      'replicas: 4 does not divide machines (6); try 1, 2, 3, 6',
    ]);
  });

  it('collects seed, until and parameter problems together', () => {
    const result = options(['failure-detection', '--seed', 'x', '--until', 'y', '--param', 'a=1']);
    expect(result.ok ? [] : result.errors).toHaveLength(3);
  });
});
