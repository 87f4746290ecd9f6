/**
 * The light-cones node: shooters fire once on their timers and tell everyone;
 * every node keeps the order it learned of the shots in; crash and restart keep only a
 * shooter's own shot. Fixed parameters, stepped by seeking virtual time.
 */
import { describe, expect, it } from 'vitest';
import { US_PER_MS } from '@/sim/core/time';
import { mutualVisibility } from './scenario';
import { STATE } from './states';
import { contextOf, notes, runVisibility, S, traced } from './testing/runs';

const MS = US_PER_MS;
const base = { gap: '20', distance: '400ms', spread: '100' };

describe('mutual visibility: the shots', () => {
  it('fires the soldier at 1 s and the sniper at 1 s + gap, once each', () => {
    const sim = runVisibility(base);
    const fires = traced(sim).filter((e) => e.type === 'timer');
    expect(fires).toEqual([
      { at: S, type: 'timer', node: 'n1', name: 'fire' },
      { at: S + 20 * MS, type: 'timer', node: 'n2', name: 'fire' },
    ]);
    const sends = traced(sim).filter((e) => e.type === 'send');
    expect(sends).toHaveLength(2 * 4);
    expect(new Set(sends.map((e) => (e.type === 'send' ? e.from : '')))).toEqual(
      new Set(['n1', 'n2']),
    );
    expect(sends[0]).toMatchObject({ body: { type: 'fired', shooter: 'soldier', knew: [] } });
  });

  it('records when each node learned of each shot', () => {
    const sim = runVisibility(base);
    expect(contextOf(sim, 'n1').seen).toEqual({ soldier: S, sniper: 1420 * MS });
    expect(contextOf(sim, 'n2').seen).toEqual({ soldier: 1400 * MS, sniper: 1020 * MS });
    expect(contextOf(sim, 'n3').seen).toEqual({ soldier: 1100 * MS, sniper: 1320 * MS });
    expect(contextOf(sim, 'n5').seen).toEqual({ soldier: 1300 * MS, sniper: 1120 * MS });
  });

  it('has a shooter who heard the other shot first still fire, after it', () => {
    const sim = runVisibility({ ...base, gap: '-450' });
    expect(notes(sim, 'fire')).toEqual([
      'n2 (sniper) fired',
      "n1 (soldier) fired 50 ms after hearing the sniper's shot: its shot happens after the sniper's",
    ]);
    expect(contextOf(sim, 'n1').order).toBe('sniper-first');
    for (const id of ['n3', 'n4', 'n5']) expect(contextOf(sim, id).order).toBe('sniper-first');
    expect(mutualVisibility.describe(sim.world.nodes.get('n1')!.view).edges).toEqual([
      { to: 'n2', kind: 'fired after hearing' },
    ]);
  });

  it('leaves observers undecided when both shots land at one instant', () => {
    const sim = runVisibility({ gap: '0', spread: '0' });
    for (const id of ['n3', 'n4', 'n5']) {
      expect(contextOf(sim, id).order).toBe('undecided');
      expect(sim.world.nodes.get(id)!.view.state).toBe(STATE.tie);
    }
    expect(notes(sim, 'saw')).toEqual([
      'n3 heard both shots at the same instant',
      'n4 heard both shots at the same instant',
      'n5 heard both shots at the same instant',
    ]);
  });
});

describe('mutual visibility: narration in plain words', () => {
  it('says what an observer knows after its first news, and what it does not', () => {
    const sim = runVisibility(base);
    expect(notes(sim, 'news')).toEqual([
      "n3 has heard of the soldier's shot, and nothing yet of the sniper's",
      "n5 has heard of the sniper's shot, and nothing yet of the soldier's",
      "n4 has heard of the soldier's shot, and nothing yet of the sniper's",
    ]);
    // Every state the trace records is a phrase, never an id like "soldier-first".
    const states = traced(sim).flatMap((e) => (e.type === 'state' ? [e.from, e.to] : []));
    expect(new Set(states)).toEqual(
      new Set([STATE.nothing, STATE.soldierFirst, STATE.sniperFirst]),
    );
  });

  it("notes a shooter's own message that news relayed through another overtook", () => {
    const sim = runVisibility({ ...base, gap: '450' }, [
      { at: '0.5s', type: 'slow', node: 'n5', factor: 3 },
    ]);
    expect(notes(sim, 'late')).toEqual([
      "n5 gets the soldier's own message 150 ms after n2's message told it of the shot",
    ]);
    expect(notes(runVisibility({ ...base, gap: '450' }), 'late')).toEqual([]);
  });
});

describe('mutual visibility: looks', () => {
  it('describes shooters, observers and the waiting', () => {
    const early = runVisibility(base, [], 1050 * MS);
    const look = (id: string) => mutualVisibility.describe(early.world.nodes.get(id)!.view);
    expect(look('n1')).toEqual({
      status: 'shooter',
      summary: 'soldier: fired at 1.00 s',
      edges: [],
    });
    expect(look('n4')).toEqual({ status: STATE.nothing, summary: 'has heard no shot', edges: [] });
    const late = runVisibility(base);
    expect(mutualVisibility.describe(late.world.nodes.get('n5')!.view)).toEqual({
      status: STATE.sniperFirst,
      summary: "sniper's shot first, then the soldier's",
      edges: [{ to: 'n2', kind: 'heard first' }],
    });
  });

  it('lists what a node saw, when, and from whom', () => {
    const sim = runVisibility(base);
    expect(mutualVisibility.inspect(sim.world.nodes.get('n3')!.view)).toEqual([
      ['Role', 'observer, 100 ms from the soldier and 300 ms from the sniper'],
      ["The soldier's shot", 'learned at 1.10 s, from n1'],
      ["The sniper's shot", 'learned at 1.32 s, from n2'],
      ['Order', "soldier's shot first, then the sniper's"],
    ]);
    expect(mutualVisibility.inspect(sim.world.nodes.get('n2')!.view)).toEqual([
      ['Role', 'sniper, 400 ms from the soldier'],
      ["The soldier's shot", 'learned at 1.40 s, from n1'],
      ["The sniper's shot", 'fired it at 1.02 s'],
      ['Order', "sniper's shot first, then the soldier's"],
    ]);
  });
});

describe('mutual visibility: crash and restart', () => {
  it('never fires a shooter that was down at its moment', () => {
    const sim = runVisibility(base, [
      { at: '0.5s', type: 'crash', node: 'n1' },
      { at: '0.8s', type: 'restart', node: 'n1' },
    ]);
    expect(traced(sim).filter((e) => e.type === 'timer')).toEqual([
      { at: S + 20 * MS, type: 'timer', node: 'n2', name: 'fire' },
    ]);
    expect(contextOf(sim, 'n1').seen).toEqual({ sniper: 1420 * MS });
    expect(contextOf(sim, 'n1').order).toBe('sniper-first');
  });

  it("keeps a shooter's own shot on disk, and nothing else", () => {
    const sim = runVisibility(base, [{ at: '3s', type: 'crash', node: 'n2' }], 4 * S);
    const view = sim.world.nodes.get('n2')!.view;
    expect(view.durable).toEqual({ firedAt: 1020 * MS });
    expect(mutualVisibility.describe(view).status).toBe('crashed');
    expect(mutualVisibility.inspect(view)).toEqual([
      ['State', 'crashed'],
      ['Kept on disk', 'fired at 1.02 s'],
    ]);
    const back = runVisibility(base, [
      { at: '3s', type: 'crash', node: 'n2' },
      { at: '4s', type: 'restart', node: 'n2' },
    ]);
    expect(contextOf(back, 'n2').seen).toEqual({ sniper: 1020 * MS });
    expect(contextOf(back, 'n2').firedAt).toBe(1020 * MS);
    expect(traced(back).filter((e) => e.type === 'timer')).toHaveLength(2);
  });

  it('lets a restarted observer forget everything, for good', () => {
    const sim = runVisibility(base, [
      { at: '3s', type: 'crash', node: 'n4' },
      { at: '4s', type: 'restart', node: 'n4' },
    ]);
    expect(contextOf(sim, 'n4').seen).toEqual({});
    expect(sim.world.nodes.get('n4')!.view.state).toBe(STATE.nothing);
  });
});
