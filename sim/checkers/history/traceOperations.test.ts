import { describe, expect, it } from 'vitest';
import { r, traceOf, w } from './traceBuilder.testkit';
import { PROCESS_STRIDE, traceOperations } from './traceOperations';

describe('traceOperations', () => {
  it('pairs invocations with completions by request id', () => {
    const trace = traceOf([w(1, 'n1', 'x', 5, 10, 30), r(2, 'n2', 'x', 5, 20, 25)]);
    expect(traceOperations(trace)).toEqual([
      expect.objectContaining({
        request: 1,
        client: 1,
        process: 1,
        node: 'n1',
        f: 'write',
        key: 'x',
        argument: 5,
        call: 10,
        return: 30,
        status: 'ok',
      }),
      expect.objectContaining({
        request: 2,
        client: 2,
        process: 2,
        node: 'n2',
        f: 'read',
        key: 'x',
        call: 20,
        return: 25,
        status: 'ok',
        result: 5,
      }),
    ]);
  });

  it('reads only the prefix before `end`: later completions leave operations open', () => {
    const trace = traceOf([w(1, 'n1', 'x', 5, 10, 30)]);
    expect(traceOperations(trace, 1)).toEqual([
      expect.objectContaining({ request: 1, return: null, status: 'info' }),
    ]);
  });

  it('retires a process after an unknown outcome, as Jepsen does', () => {
    const trace = traceOf([
      w(1, 'n1', 'x', 1, 10, 20, 'info'),
      w(1, 'n1', 'x', 2, 30, 40),
      w(1, 'n1', 'x', 3, 50, 60, 'fail'),
      w(1, 'n1', 'x', 4, 70, 80),
    ]);
    expect(traceOperations(trace).map((op) => op.process)).toEqual([
      1,
      1 + PROCESS_STRIDE,
      1 + PROCESS_STRIDE,
      1 + PROCESS_STRIDE,
    ]);
  });

  it('gives a fresh process to an operation invoked while the last is still open', () => {
    const trace = traceOf([
      w(3, 'n3', 'x', 1, 10, 50),
      w(3, 'n3', 'x', 2, 20, 30),
      w(3, 'n3', 'x', 3, 60, 70),
    ]);
    // The first completes later with ok, but its process has already been left behind.
    expect(traceOperations(trace).map((op) => op.process)).toEqual([
      3,
      3 + PROCESS_STRIDE,
      3 + PROCESS_STRIDE,
    ]);
  });

  it('keeps the reason of a refusal', () => {
    const trace = traceOf([{ ...r(1, 'n1', 'x', undefined, 5, 5, 'fail'), reason: 'no quorum' }]);
    expect(traceOperations(trace)[0]).toMatchObject({ status: 'fail', reason: 'no quorum' });
  });
});
