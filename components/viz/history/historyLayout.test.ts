import { describe, expect, it } from 'vitest';
import type { History } from '@/sim/checkers/linearizability';
import { layoutHistory } from './historyLayout';

const history: History = {
  model: 'register',
  init: null,
  ops: [
    { process: 2, key: 'x', call: 10, return: 30, status: 'ok', f: 'write', value: 1 },
    { process: 1, key: 'x', call: 20, return: null, status: 'info', f: 'read', value: null },
  ],
};

describe('history layout', () => {
  it('maps call and return times linearly onto the width, one row per process', () => {
    const layout = layoutHistory(history, 100, 60);
    expect(layout.processes).toEqual([1, 2]);
    expect([layout.start, layout.end]).toEqual([10, 60]);
    const [write, read] = layout.bars;
    expect([write!.row, write!.x1, write!.x2, write!.open]).toEqual([1, 0, 40, false]);
    // An operation that never returned runs to the end of the axis.
    expect([read!.row, read!.x1, read!.x2, read!.open]).toEqual([0, 20, 100, true]);
  });

  it('keeps a bar at least 3 units wide', () => {
    const instant: History = { ...history, ops: [{ ...history.ops[0]!, return: 10 }] };
    const [bar] = layoutHistory(instant, 100).bars;
    expect(bar!.x2 - bar!.x1).toBe(3);
  });
});
