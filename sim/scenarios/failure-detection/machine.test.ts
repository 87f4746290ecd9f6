/**
 * The failure detector under crash and restart: a crashed node is silent and deaf, its
 * timers die with it, and a restarted node comes back with fresh volatile state but a
 * higher incarnation that its peers notice. Fixed seeds, stepped by seeking virtual time.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '@/sim/core/commands';
import { defaultParams, type ParamValues } from '@/sim/core/params';
import { Simulation } from '@/sim/core/simulation';
import { US_PER_MS, US_PER_S, type Micros } from '@/sim/core/time';
import type { TraceEntry } from '@/sim/core/trace';
import { lastHeardFrom, NEVER_HEARD, type DetectorContext } from './machine';
import { failureDetector } from './scenario';

const S = US_PER_S;

function run(commands: Command[], until: Micros, params: Partial<ParamValues> = {}, seed = 3) {
  const sim = new Simulation(
    failureDetector,
    { ...defaultParams(failureDetector.params), ...params } as ParamValues,
    seed,
    commands,
  );
  sim.seek(until);
  return sim;
}

function traced(sim: Simulation, from: Micros = 0, to: Micros = sim.now): TraceEntry[] {
  return sim.trace.slice(0, sim.traceEnd).filter((entry) => entry.at > from && entry.at <= to);
}

function contextOf(sim: Simulation, node: string): DetectorContext {
  return sim.world.nodes.get(node)!.view.context as DetectorContext;
}

function notes(entries: readonly TraceEntry[], kind: string): string[] {
  return entries.flatMap((entry) =>
    entry.type === 'note' && entry.kind === kind ? [entry.text] : [],
  );
}

const peersOfN3 = ['n1', 'n2', 'n4', 'n5'];

describe('failure detector: boot and heartbeats', () => {
  it('staggers first heartbeats by position, then beats every interval', () => {
    const sim = run([], 2 * S);
    const firstBeat = new Map<string, Micros>();
    for (const entry of traced(sim))
      if (entry.type === 'timer' && entry.name === 'heartbeat' && !firstBeat.has(entry.node))
        firstBeat.set(entry.node, entry.at);
    // phase = heartbeat · position / (peers + 1) = 500 ms · i / 5, at least 1 µs.
    expect(Object.fromEntries(firstBeat)).toEqual({
      n1: 1,
      n2: 100_000,
      n3: 200_000,
      n4: 300_000,
      n5: 400_000,
    });
    const n2Beats = traced(sim).filter(
      (e) => e.type === 'timer' && e.node === 'n2' && e.name === 'heartbeat',
    );
    expect(n2Beats.map((entry) => entry.at)).toEqual([100_000, 600_000, 1_100_000, 1_600_000]);
    // Each beat is a heartbeat to every peer.
    const n2Sends = traced(sim).filter((e) => e.type === 'send' && e.from === 'n2');
    expect(n2Sends).toHaveLength(4 * 4);
  });

  it('trusts everyone in a healthy cluster', () => {
    const sim = run([], 20 * S);
    expect(notes(traced(sim), 'suspect')).toEqual([]);
    for (const slot of sim.world.nodes.values()) {
      expect(slot.view.state).toBe('trusting');
      expect(failureDetector.describe(slot.view).summary).toBe('trusts all 4 peers');
    }
  });

  it('applies a live heartbeat change from the next beat on', () => {
    const sim = run(
      [{ at: 2 * S, type: 'param', name: 'heartbeat', value: 200 * US_PER_MS }],
      4 * S,
    );
    const beats = traced(sim, 2 * S).filter(
      (e) => e.type === 'timer' && e.node === 'n1' && e.name === 'heartbeat',
    );
    // n1 beats at 2 s + 1 µs under the old interval, and every 200 ms after that.
    expect(beats.map((entry) => entry.at)).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => 2 * S + 1 + k * 200 * US_PER_MS),
    );
    expect(contextOf(sim, 'n4').heartbeat).toBe(200 * US_PER_MS);
  });
});

describe('failure detector: crash and restart', () => {
  const crashAt = 3 * S;
  const restartAt = 8 * S;
  const log: Command[] = [
    { at: crashAt, type: 'crash', node: 'n3' },
    { at: restartAt, type: 'restart', node: 'n3' },
  ];

  it('a crashed node sends nothing, hears nothing, and its timers never fire', () => {
    const sim = run(log, restartAt - 1);
    const down = traced(sim, crashAt);
    expect(down.filter((e) => e.type === 'send' && e.from === 'n3')).toEqual([]);
    expect(down.filter((e) => e.type === 'timer' && e.node === 'n3')).toEqual([]);
    expect(down.filter((e) => e.type === 'deliver' && e.to === 'n3')).toEqual([]);
    expect(down.filter((e) => e.type === 'state' && e.node === 'n3')).toEqual([]);
    const toN3 = down.filter((e) => e.type === 'drop' && e.to === 'n3');
    expect(toN3.length).toBeGreaterThan(20);
    expect(new Set(toN3.map((e) => (e.type === 'drop' ? e.reason : '')))).toEqual(
      new Set(['crashed']),
    );
    // Every message due at n3 while it was down was dropped, including those already on
    // the wire at the crash; the peers kept sending to n3 all along.
    const dueAtN3 = traced(sim).filter(
      (e) => e.type === 'send' && e.to === 'n3' && e.deliverAt > crashAt && e.deliverAt <= sim.now,
    );
    const ids = (entries: TraceEntry[]) =>
      entries.map((e) => ('id' in e ? e.id : 0)).sort((x, y) => x - y);
    expect(ids(toN3)).toEqual(ids(dueAtN3));
  });

  it('keeps only the durable incarnation while down', () => {
    const sim = run(log, 5 * S);
    const view = sim.world.nodes.get('n3')!.view;
    expect(view).toEqual({
      id: 'n3',
      up: false,
      state: '',
      context: undefined,
      durable: { incarnation: 1 },
    });
    expect(failureDetector.describe(view).status).toBe('crashed');
    expect(failureDetector.inspect(view)).toEqual([
      ['State', 'crashed'],
      ['Kept on disk', 'incarnation 1'],
    ]);
    // Every survivor suspects n3 by now, and only n3.
    for (const peer of peersOfN3) expect(contextOf(sim, peer).suspected).toEqual(['n3']);
  });

  it('restarts with fresh volatile state and the next incarnation', () => {
    const before = run([], restartAt);
    const sim = run(log, restartAt);
    expect(lastHeardFrom(contextOf(before, 'n3'), 'n1')).toBeDefined();
    const context = contextOf(sim, 'n3');
    expect(context.incarnation).toBe(2);
    expect(context.lastHeard).toEqual(peersOfN3.map(() => NEVER_HEARD));
    expect(context.peerIncarnation).toEqual({});
    expect(context.suspected).toEqual([]);
    expect(sim.world.nodes.get('n3')!.view.state).toBe('trusting');
    expect(traced(sim, crashAt).filter((e) => e.type === 'restart')).toEqual([
      { at: restartAt, type: 'restart', node: 'n3' },
    ]);
  });

  it('lets every peer see the restart once, and trust n3 again', () => {
    const sim = run(log, 12 * S);
    const after = traced(sim, restartAt);
    expect(notes(after, 'restart-seen').sort()).toEqual(
      peersOfN3.map((peer) => `${peer} sees that n3 restarted`),
    );
    expect(notes(after, 'trust').sort()).toEqual(
      peersOfN3.map((peer) => `${peer} trusts n3 again`),
    );
    expect(notes(traced(sim, crashAt, restartAt), 'suspect').sort()).toEqual(
      peersOfN3.map((peer) => `${peer} suspects n3`),
    );
    for (const peer of peersOfN3) {
      expect(contextOf(sim, peer).suspected).toEqual([]);
      expect(contextOf(sim, peer).peerIncarnation.n3).toBe(2);
    }
  });

  it('ignores a crash of a node already down, so its durable state survives', () => {
    const sim = run([...log.slice(0, 1), { at: 4 * S, type: 'crash', node: 'n3' }, log[1]!], 9 * S);
    expect(traced(sim).filter((e) => e.type === 'crash')).toHaveLength(1);
    expect(contextOf(sim, 'n3').incarnation).toBe(2);
  });

  it('counts every restart', () => {
    const sim = run(
      [
        ...log,
        { at: 10 * S, type: 'crash', node: 'n3' },
        { at: 11 * S, type: 'restart', node: 'n3' },
      ],
      15 * S,
    );
    expect(contextOf(sim, 'n3').incarnation).toBe(3);
    expect(notes(traced(sim, 11 * S), 'restart-seen')).toHaveLength(4);
  });

  it('leaves no timer from before a crash alive after a quick restart', () => {
    // Down for only 200 ms: the old heartbeat timer (due within 500 ms of the crash) and the
    // old suspect timers (due 1.5 s after the last heartbeat heard) all come due after the
    // restart. Had any survived, n3 would beat twice per interval or suspect a live peer.
    const quick = 3 * S + 200 * US_PER_MS;
    const sim = run([log[0]!, { at: quick, type: 'restart', node: 'n3' }], 10 * S);
    const after = traced(sim, quick);
    const beats = after.filter(
      (e) => e.type === 'timer' && e.node === 'n3' && e.name === 'heartbeat',
    );
    const gaps = beats.slice(1).map((entry, i) => entry.at - beats[i]!.at);
    expect(beats.length).toBeGreaterThan(10);
    expect(new Set(gaps)).toEqual(new Set([500 * US_PER_MS]));
    expect(
      after.filter((e) => e.type === 'timer' && e.node === 'n3' && e.name === 'suspect'),
    ).toEqual([]);
    expect(notes(traced(sim), 'suspect')).toEqual([]);
  });
});
