/**
 * Geometry for the history view: one row per client process, one bar per operation from
 * its call to its return. Pure functions, so the layout is tested without a DOM.
 */
import { scaleLinear } from 'd3-scale';
import type { History, Operation } from '@/sim/checkers/linearizability';

export interface OpBar {
  readonly index: number;
  readonly row: number;
  readonly x1: number;
  readonly x2: number;
  /** The operation never returned: the bar runs to the edge, open-ended. */
  readonly open: boolean;
  readonly label: string;
  readonly op: Operation;
}

export interface HistoryLayout {
  readonly processes: readonly number[];
  readonly bars: readonly OpBar[];
  readonly start: number;
  readonly end: number;
}

function valueText(value: unknown): string {
  return Array.isArray(value) ? `[${value.join(',')}]` : value === null ? 'nil' : String(value);
}

/** "W x=3", "R x→3", "R x→nil", "CAS x 1→2". Pure. */
export function describeOp(op: Operation): string {
  const key = op.key ?? '';
  switch (op.f) {
    case 'write':
      return `W ${key}=${valueText(op.value)}`;
    case 'read':
      return op.status === 'ok' ? `R ${key}→${valueText(op.value)}` : `R ${key}`;
    case 'cas':
      return `CAS ${key} ${valueText(op.value[0])}→${valueText(op.value[1])}`;
  }
}

/** Lays out a history across `width` units, with open operations running to `until`. Pure. */
export function layoutHistory(history: History, width: number, until?: number): HistoryLayout {
  const ops = history.ops;
  const processes = [...new Set(ops.map((op) => op.process))].sort((a, b) => a - b);
  const rowOf = new Map(processes.map((process, row) => [process, row]));
  // Loops rather than Math.min(...calls): spreading 100,000 arguments can overflow the stack.
  const start = ops.reduce((min, op) => Math.min(min, op.call), ops.length > 0 ? Infinity : 0);
  const lastReturn = ops.reduce((max, op) => Math.max(max, op.return ?? op.call), start);
  const end = Math.max(lastReturn, until ?? lastReturn, start + 1);
  const x = scaleLinear().domain([start, end]).range([0, width]);
  const bars = ops.map((op, index) => ({
    index,
    row: rowOf.get(op.process)!,
    x1: x(op.call),
    x2: Math.max(x(op.call) + 3, x(op.return ?? end)),
    open: op.return === null,
    label: describeOp(op),
    op,
  }));
  return { processes, bars, start, end };
}
