import { describe, expect, it } from 'vitest';
import { checkLinearizability } from '@/sim/checkers/linearizability';
import { historyFromTrace } from './historyFromTrace';
import { r, traceOf, w } from './traceBuilder.testkit';

describe('historyFromTrace', () => {
  it('builds a per-key register history with statuses as traced', () => {
    const trace = traceOf([
      w(1, 'n1', 'x', 5, 10, 30),
      r(2, 'n2', 'x', 5, 20, 40),
      w(3, 'n3', 'y', 7, 25, null),
      r(4, 'n4', 'x', undefined, 26, 27, 'fail'),
    ]);
    expect(historyFromTrace(trace)).toEqual({
      model: 'register',
      init: null,
      ops: [
        { process: 1, key: 'x', call: 10, return: 30, status: 'ok', f: 'write', value: 5 },
        { process: 2, key: 'x', call: 20, return: 40, status: 'ok', f: 'read', value: 5 },
        { process: 3, key: 'y', call: 25, return: null, status: 'info', f: 'write', value: 7 },
        { process: 4, key: 'x', call: 26, return: 27, status: 'fail', f: 'read', value: null },
      ],
      units: 'micros',
    });
  });

  it('turns a sibling read into a value no write wrote, so the checker rejects it', () => {
    const trace = traceOf([
      w(1, 'n1', 'x', 1, 10, 11),
      w(2, 'n2', 'x', 2, 10, 11),
      r(3, 'n3', 'x', [1, 2], 20, 21),
    ]);
    const history = historyFromTrace(trace);
    expect(history.ops[2]).toMatchObject({ f: 'read', value: 'siblings [1,2]' });
    expect(checkLinearizability(history).linearizable).toBe(false);
    const excluded = historyFromTrace(trace, trace.length, { siblings: 'exclude' });
    expect(excluded.ops).toHaveLength(2);
    expect(checkLinearizability(excluded).linearizable).toBe(true);
  });

  it('finds a stale read on a real trace shape', () => {
    const trace = traceOf([
      w(1, 'n1', 'x', 1, 10, 20),
      w(2, 'n2', 'x', 2, 30, 40),
      r(3, 'n3', 'x', 1, 50, 60),
    ]);
    expect(checkLinearizability(historyFromTrace(trace)).linearizable).toBe(false);
  });
});
