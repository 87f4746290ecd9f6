/**
 * `npm run sim -- pbs`: the JSON contract, determinism, and exit code 2 naming each bad
 * argument.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { EXIT_USAGE, type CliIo } from './verb';

function pbs(...argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = {
    readText: () => ({ ok: false, message: 'no files here' }),
    writeText: () => 'no files here',
    out: (text) => void (out += text),
    err: (text) => void (err += text),
  };
  const code = runCli(['pbs', ...argv], io);
  return { code, out, err };
}

describe('pbs', () => {
  it('prints the documented JSON', () => {
    const { code, out, err } = pbs(
      ...['--n', '3', '--r', '1', '--w', '1', '--profile', 'lnkd-disk'],
      ...['--trials', '20000', '--seed', '1', '--t', '0,1,10,100', '--k', '2', '--json'],
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json.consistentAt)).toEqual(['0', '1', '10', '100']);
    expect(json.consistentAt['0']).toBeGreaterThan(0.4);
    expect(json.consistentAt['0']).toBeLessThan(json.consistentAt['100']);
    expect(Object.keys(json.tVisibility)).toEqual(['99', '99.9']);
    expect(json.tVisibility['99']).toBeLessThanOrEqual(json.tVisibility['99.9']);
    expect(Object.keys(json.latency.read)).toEqual(['p50', 'p999']);
    expect(Object.keys(json.latency.write)).toEqual(['p50', 'p999']);
    expect(json.kStaleness).toEqual({ '1': 0.666667, '2': 0.444444 });
    expect(json.strict).toBe(false);
  });

  it('gives the same output for the same seed', () => {
    const args = ['--trials', '5000', '--profile', 'ymmr', '--json'];
    expect(pbs(...args, '--seed', '3').out).toBe(pbs(...args, '--seed', '3').out);
    expect(pbs(...args, '--seed', '3').out).not.toBe(pbs(...args, '--seed', '4').out);
  });

  it('takes exponential rates and reports a strict quorum as never stale', () => {
    const { code, out } = pbs(
      ...['--profile', 'exponential', '--lambda-w', '0.5', '--lambda-ars', '2'],
      ...['--r', '2', '--w', '2', '--trials', '2000', '--json'],
    );
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ strict: true, lambdaW: 0.5, lambdaArs: 2 });
    expect(Object.values(json.consistentAt)).toEqual([1, 1, 1, 1]);
    expect(json.latency.read.p50).toBeGreaterThan(0);
  });

  it.each([
    [['--r', '4'], '--r must be from 1 to 3, not 4 (R is at most N = 3)'],
    [['--n', '2', '--w', '3'], '--w must be from 1 to 2, not 3 (W is at most N = 2)'],
    [['--lambda-w', '0'], '--lambda-w must be a rate above 0 per ms, not 0'],
    [['--lambda-ars', '-3'], '--lambda-ars must be a rate above 0 per ms, not -3'],
    [['--profile', 'dynamo'], '--profile "dynamo" is unknown'],
    [['--trials', '10000001'], '--trials must be from 100 to 10000000, not 10000001'],
    [['--t', '1,soon'], '--t must be times in ms'],
    [['--k', 'many'], '--k must be a whole number'],
    [['extra'], 'unexpected argument "extra"'],
  ])('exits 2 for %j, naming the argument', (argv, message) => {
    const { code, out, err } = pbs(...argv);
    expect(code).toBe(EXIT_USAGE);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toContain('pbs --help');
  });
});
