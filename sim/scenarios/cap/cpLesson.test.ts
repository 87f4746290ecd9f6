/**
 * The CP side of the lesson, on fixed seeds: with the network cut into {n1, n2} and
 * {n3, n4, n5}, the minority refuses or times out and never answers `ok`, the majority
 * elects a leader (if it lacked one) and goes on serving, and after the heal the
 * minority's logs are repaired to match. A crash keeps term, vote and log.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '@/sim/core/commands';
import { capRegister } from './scenario';
import { elections, notesOf, roundMax } from './testing/elections';
import { S, committedWrites, contextOf, operations, request, runCap } from './testing/runs';

const minority = ['n1', 'n2'];
const majority = ['n3', 'n4', 'n5'];
const split: Command[] = [
  { at: 2 * S, type: 'partition', groups: [minority, majority] },
  { at: 7 * S, type: 'heal' },
];

describe('cap, CP: a partition', () => {
  // Seed 1: n1 wins the first election just after the cut, on votes sent before it, so the
  // majority must elect a new leader; seed 2: n3 leads.
  for (const seed of [1, 2]) {
    it(`refuses or times out in the minority, serves the majority (seed ${seed})`, () => {
      const probes = [
        // Key z, which the generated traffic leaves alone.
        request(5 * S, 'n1', { f: 'write', key: 'z', value: 1 }),
        request(5 * S, 'n4', { f: 'write', key: 'z', value: 2 }),
        request(6 * S, 'n2', { f: 'read', key: 'z' }),
        request(6 * S, 'n5', { f: 'read', key: 'z' }),
      ];
      const sim = runCap({ mode: 'cp' }, [...split, ...probes], 7 * S, seed);
      const ops = operations(sim);
      const during = ops.filter((op) => op.call > 2 * S && op.call < 6 * S + 1);
      const inMinority = during.filter((op) => minority.includes(op.node));
      expect(inMinority.length).toBeGreaterThan(3);
      for (const op of inMinority) expect(op.status, JSON.stringify(op)).not.toBe('ok');
      const refusals = inMinority.filter((op) => op.status === 'fail').map((op) => op.reason);
      expect(refusals.some((reason) => /^no (quorum|leader): n[12] /.test(reason!))).toBe(true);
      const probe = (node: string) => ops.find((op) => op.node === node && op.key === 'z')!;
      expect(probe('n1').status).toBe('fail');
      expect(probe('n4').status).toBe('ok');
      expect(probe('n2').status).toBe('fail');
      expect(probe('n5')).toMatchObject({ status: 'ok', result: 2 });
      expect(committedWrites(sim, 'n4')).toContain('z=2');
      expect(committedWrites(sim, 'n1')).not.toContain('z=2');
    });
  }

  it('elects a new leader in the majority within a round of the cut (seed 8)', () => {
    // With 1–2 s election timeouts this seed split the majority's votes twice and went
    // through the whole cut without a leader (it elected n5 at 7.3 s, after the heal).
    const sim = runCap({ mode: 'cp' }, split, 7 * S, 8);
    const [first, next] = elections(sim);
    expect(first!.node).toBe('n1');
    expect(next).toMatchObject({ node: expect.stringMatching(/^n[345]$/), term: first!.term + 1 });
    expect(next!.at).toBeLessThan(2 * S + roundMax());
  });

  it('cuts off a leader elected just after the cut, on votes sent before it (seed 1)', () => {
    const sim = runCap({ mode: 'cp' }, split, 12 * S, 1);
    const [first, next] = elections(sim);
    // n1 wins just after the cut, on votes sent before it, and steps down at ~3.0 s; n4
    // wins the majority at ~3.8 s.
    expect(first).toMatchObject({ node: 'n1', term: 1 });
    expect(first!.at).toBeGreaterThan(2 * S);
    expect(Math.round(first!.at / (S / 10))).toBe(20);
    expect(next).toMatchObject({ node: 'n4', term: 2 });
    expect(Math.round(next!.at / (S / 10))).toBe(38);
    const [stepDown] = notesOf(sim, 'step-down');
    expect(stepDown).toMatchObject({ node: 'n1', text: expect.stringMatching(/only 2 of 5/) });
    expect(Math.round(stepDown!.at / (S / 10))).toBe(30);
    const ops = operations(sim);
    const before = ops.filter((op) => op.call < 2 * S);
    expect(before.map((op) => op.status)).toEqual(Array(8).fill('fail'));
    const cut = ops.filter((op) => op.call > 2 * S && op.call < 7 * S);
    const inMinority = cut.filter((op) => minority.includes(op.node));
    expect(inMinority.map((op) => op.status)).toEqual(Array(8).fill('fail'));
    expect(inMinority[0]).toMatchObject({ node: 'n2', f: 'read' });
    expect(inMinority[0]!.reason).toMatch(/^n1 cannot reach a majority/);
    const stalled = cut.filter((op) => !minority.includes(op.node) && op.call < next!.at);
    expect(stalled.map((op) => op.status)).toEqual(['fail', 'fail']);
  });

  it('repairs the minority after the heal', () => {
    const sim = runCap({ mode: 'cp' }, split, 11 * S, 1);
    const reference = committedWrites(sim, 'n3');
    expect(reference.length).toBeGreaterThan(5);
    // The traffic goes on, so compare up to what every node has committed.
    const agreed = Math.min(
      ...['n1', 'n2', 'n3', 'n4', 'n5'].map((n) => contextOf(sim, n).cp.commitIndex),
    );
    for (const node of ['n1', 'n2', 'n4', 'n5']) {
      const cp = contextOf(sim, node).cp;
      expect(cp.log.slice(0, agreed), node).toEqual(contextOf(sim, 'n3').cp.log.slice(0, agreed));
    }
    // And the minority is not far behind: it holds writes made in the majority during the cut.
    const cutWrites = operations(sim).filter(
      (op) => op.f === 'write' && op.status === 'ok' && op.call > 2 * S && op.return! < 7 * S,
    );
    expect(cutWrites.length).toBeGreaterThan(0);
    for (const node of minority)
      for (const op of cutWrites)
        expect(committedWrites(sim, node)).toContain(`${op.key}=${op.argument}`);
    // PreVote kept the minority from inflating its term, so it rejoined without an election.
    expect(contextOf(sim, 'n1').cp.term).toBe(contextOf(sim, 'n3').cp.term);
  });

  it('shows roles and the register in the cluster view', () => {
    const sim = runCap({ mode: 'cp' }, split, 6 * S, 2);
    const looks = ['n1', 'n3', 'n4'].map((n) => capRegister.describe(sim.world.nodes.get(n)!.view));
    expect(looks.map((look) => look.status)).toEqual(['candidate', 'leader', 'follower']);
    expect(looks[1]!.summary).toMatch(/^x=(\d+|null) y=(\d+|null) \(leader, term 1\)$/);
    expect(looks[2]!.edges).toEqual([{ to: 'n3', kind: 'follows' }]);
  });
});

describe('cap, CP: crash and restart', () => {
  it('keeps term, vote and log on disk, forgets the rest, and catches up', () => {
    const crash: Command[] = [
      { at: 3 * S, type: 'crash', node: 'n3' },
      { at: 6 * S, type: 'restart', node: 'n3' },
    ];
    const before = runCap({ mode: 'cp' }, crash, 3 * S - 1, 2);
    const kept = contextOf(before, 'n3').cp;
    const down = runCap({ mode: 'cp' }, crash, 5 * S, 2);
    const view = down.world.nodes.get('n3')!.view;
    expect(view.durable).toMatchObject({
      cp: { term: kept.term, votedFor: kept.votedFor, log: kept.log },
    });
    expect(capRegister.describe(view)).toEqual({ status: 'crashed', summary: 'crashed' });
    expect(capRegister.inspect(view)[1]![1]).toMatch(/^term \d+, log: /);

    const restarted = runCap({ mode: 'cp' }, crash, 6 * S, 2);
    const fresh = contextOf(restarted, 'n3').cp;
    expect(fresh).toMatchObject({ role: 'follower', commitIndex: 0, leader: null });
    expect(fresh.log.length).toBeGreaterThanOrEqual(kept.log.length);

    const later = runCap({ mode: 'cp' }, crash, 9 * S, 2);
    const leader = ['n1', 'n2', 'n4', 'n5'].find((n) => contextOf(later, n).cp.role === 'leader')!;
    expect(contextOf(later, 'n3').cp.commitIndex).toBeGreaterThan(kept.commitIndex);
    expect(committedWrites(later, 'n3').slice(0, 5)).toEqual(
      committedWrites(later, leader).slice(0, 5),
    );
  });
});
