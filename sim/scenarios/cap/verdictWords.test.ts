/**
 * The checker's sentence about real violating runs reads as the views do: clients as
 * c1…c5, times in seconds, values as written (no value, siblings 1 and 2).
 */
import { describe, expect, it } from 'vitest';
import { historyFromTrace } from '@/sim/checkers/history';
import { checkLinearizability } from '@/sim/checkers/linearizability';
import type { Command } from '@/sim/core/commands';
import { US_PER_MS } from '@/sim/core/time';
import { S, request, runCap } from './testing/runs';

const cut: Command[] = [
  {
    at: 2 * S,
    type: 'partition',
    groups: [
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ],
  },
  { at: 7 * S, type: 'heal' },
];

function explain(mode: string, log: readonly Command[], until: number): string {
  const sim = runCap({ mode, rate: 0 }, log, until, 2);
  const verdict = checkLinearizability(historyFromTrace(sim.trace, sim.traceEnd));
  if (verdict.linearizable !== false) throw new Error('expected a violation');
  return verdict.explanation;
}

describe("the checker's words on real runs", () => {
  it('names a stale read by client, time in seconds and value', () => {
    const log = [
      ...cut,
      request(4 * S, 'n4', { f: 'write', key: 'y', value: 4000 }),
      request(5 * S, 'n2', { f: 'read', key: 'y' }),
    ];
    expect(explain('ap-lww', log, 6 * S)).toBe(
      'On key "y", c2 read no value at 5.000 s, although c4\'s write of 4000 had returned at 4.000 s.',
    );
  });

  it('names the value a stale read missed and the one it got', () => {
    const log = [
      request(S, 'n3', { f: 'write', key: 'y', value: 1000 }),
      ...cut,
      request(4 * S, 'n4', { f: 'write', key: 'y', value: 4000 }),
      request(5 * S, 'n2', { f: 'read', key: 'y' }),
    ];
    expect(explain('ap-lww', log, 6 * S)).toBe(
      'On key "y", c2 read 1000 at 5.000 s, although c4\'s write of 4000 had returned at 4.000 s, replacing 1000.',
    );
  });

  it('says a sibling read in words', () => {
    const log = [
      ...cut,
      request(4 * S, 'n5', { f: 'write', key: 'y', value: 1 }),
      request(4 * S + 50 * US_PER_MS, 'n1', { f: 'write', key: 'y', value: 2 }),
      request(9 * S, 'n1', { f: 'read', key: 'y' }),
    ];
    expect(explain('ap-siblings', log, 10 * S)).toBe(
      'On key "y", c1 read siblings 1 and 2 (at 9.000 s), but a register holds one value at a time, and no write wrote them together.',
    );
  });
});
