/**
 * What the cluster view draws under each replica: the value it holds and, under CP, its
 * term and the leader it follows, changing as the run goes.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '@/sim/core/commands';
import { capRegister } from './scenario';
import { S, request, runCap } from './testing/runs';

const badgeOf = (sim: ReturnType<typeof runCap>, node: string) =>
  capRegister.describe(sim.world.nodes.get(node)!.view).badge;

describe('cap-register badges', () => {
  const write: Command[] = [request(3 * S, 'n4', { f: 'write', key: 'x', value: 7 })];

  it('shows a CP replica its value, term and leader, and the value changes after a write', () => {
    const before = runCap({ mode: 'cp', rate: 0 }, write, 3 * S, 2);
    expect(badgeOf(before, 'n4')).toEqual(['x=– y=–', 'term 1, follows n3']);
    expect(badgeOf(before, 'n3')).toEqual(['x=– y=–', 'term 1, leader']);
    const after = runCap({ mode: 'cp', rate: 0 }, write, 4 * S, 2);
    expect(badgeOf(after, 'n4')).toEqual(['x=7 y=–', 'term 1, follows n3']);
  });

  it('shows an AP replica its own copy, siblings joined by a bar', () => {
    const log: Command[] = [
      {
        at: 2 * S,
        type: 'partition',
        groups: [
          ['n1', 'n2'],
          ['n3', 'n4', 'n5'],
        ],
      },
      request(3 * S, 'n1', { f: 'write', key: 'x', value: 1 }),
      request(3 * S, 'n4', { f: 'write', key: 'x', value: 2 }),
      { at: 5 * S, type: 'heal' },
    ];
    const lww = runCap({ mode: 'ap-lww', rate: 0 }, log, 4 * S, 2);
    expect([badgeOf(lww, 'n1'), badgeOf(lww, 'n4')]).toEqual([['x=1 y=–'], ['x=2 y=–']]);
    const siblings = runCap({ mode: 'ap-siblings', rate: 0 }, log, 8 * S, 2);
    expect(badgeOf(siblings, 'n2')).toEqual(['x=1|2 y=–']);
  });

  it('draws nothing under a crashed replica', () => {
    const crash: Command[] = [{ at: S, type: 'crash', node: 'n2' }];
    expect(badgeOf(runCap({ mode: 'cp' }, crash, 2 * S, 2), 'n2')).toBeUndefined();
  });
});
