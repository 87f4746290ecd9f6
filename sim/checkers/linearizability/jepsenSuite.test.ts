/**
 * The public suite: 102 Jepsen etcd histories with Porcupine's verdicts
 * (testdata/jepsen-etcd/README.md). Timing is measured by bench.ts, not here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Operation } from './index';
import { checkLinearizability, parseJepsenLog } from './index';

const directory = new URL('./testdata/jepsen-etcd/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', directory), 'utf8')) as Record<
  string,
  boolean
>;
const logNames = readdirSync(directory)
  .filter((name) => name.endsWith('.log'))
  .sort();

function parseLog(name: string) {
  const parsed = parseJepsenLog(readFileSync(new URL(name, directory), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.join('; ')}`);
  return parsed.history;
}

describe('the Jepsen etcd suite', () => {
  it('has 103 logs and 102 verdicts', () => {
    expect(logNames).toHaveLength(103);
    expect(Object.keys(expected)).toHaveLength(102);
    expect(Object.values(expected).filter((verdict) => verdict)).toHaveLength(23);
  });

  it.each(Object.keys(expected).sort())('%s gets the expected verdict', (name) => {
    const history = parseLog(name);
    const verdict = checkLinearizability(history);
    expect(verdict.linearizable).toBe(expected[name]);
    if (verdict.linearizable !== false) return;
    // The highlighted operations are a counterexample by themselves.
    const subset = verdict.ops
      .map((index) => history.ops[index])
      .filter((op): op is Operation => op !== undefined);
    expect(subset.length).toBeGreaterThan(0);
    expect(subset.length).toBeLessThanOrEqual(6);
    expect(checkLinearizability({ ...history, ops: subset }).linearizable).toBe(false);
    expect(verdict.explanation).toMatch(/^([A-Z]|c\d).*\.$/);
  });

  it('reads the empty etcd_095.log as no operations, which is trivially linearizable', () => {
    expect(expected['etcd_095.log']).toBeUndefined();
    const history = parseLog('etcd_095.log');
    expect(history.ops).toEqual([]);
    expect(checkLinearizability(history)).toEqual({ linearizable: true });
  });
});
