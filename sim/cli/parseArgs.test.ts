import { describe, expect, it } from 'vitest';
import { describeFlags, lastValue, parseArgs, wantsHelp, type FlagSpecs } from './parseArgs';

const specs: FlagSpecs = {
  seed: { value: 'n', help: 'the seed' },
  param: { value: 'name=value', repeatable: true, help: 'a parameter' },
  json: { help: 'print JSON' },
};

function parsed(argv: string[]) {
  const result = parseArgs(argv, specs);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.args;
}

function errors(argv: string[]): string[] {
  const result = parseArgs(argv, specs);
  return result.ok ? [] : result.errors;
}

describe('parseArgs', () => {
  it('reads positionals, values in both spellings, repeats and switches', () => {
    const args = parsed(['run', '--seed', '7', '--param=a=1', '--param', 'b=2', 'x', '--json']);
    expect(args.positionals).toEqual(['run', 'x']);
    expect(args.values).toEqual({ seed: ['7'], param: ['a=1', 'b=2'] });
    expect([...args.switches]).toEqual(['json']);
    expect(lastValue(args, 'seed')).toBe('7');
    expect(lastValue(args, 'param')).toBe('b=2');
    expect(lastValue(args, 'missing')).toBeUndefined();
  });

  it('takes a negative-looking value and keeps it for the caller to judge', () => {
    expect(parsed(['--seed', '-1']).values.seed).toEqual(['-1']);
  });

  it('treats everything after -- as positional', () => {
    expect(parsed(['--', '--json']).positionals).toEqual(['--json']);
  });

  it('reports every problem rather than stopping at the first', () => {
    expect(errors(['--sede', '7', '--json=yes', '--seed'])).toEqual([
      'unknown option --sede',
      '--json takes no value',
      '--seed needs a value (--seed <n>)',
    ]);
  });

  it('does not take the next flag as a missing value', () => {
    expect(errors(['--seed', '--json'])).toEqual(['--seed needs a value (--seed <n>)']);
  });

  it('refuses a single-valued flag or a switch given twice', () => {
    expect(errors(['--seed', '1', '--seed', '2', '--json', '--json'])).toEqual([
      '--seed is given twice',
      '--json is given twice',
    ]);
  });

  it('rejects short flags it does not know and inherited object keys', () => {
    expect(errors(['-x', '--toString'])).toEqual([
      'unknown option -x',
      'unknown option --toString',
    ]);
  });
});

describe('wantsHelp', () => {
  it('finds --help or -h anywhere before --', () => {
    expect(wantsHelp(['x', '--help'])).toBe(true);
    expect(wantsHelp(['-h'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
    expect(wantsHelp(['x'])).toBe(false);
  });
});

describe('describeFlags', () => {
  it('aligns the help column and marks repeatable flags', () => {
    expect(describeFlags(specs)).toEqual([
      '  --seed <n>            the seed',
      '  --param <name=value>  a parameter (repeatable)',
      '  --json                print JSON',
    ]);
  });
});
