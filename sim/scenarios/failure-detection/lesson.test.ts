/**
 * The lesson's claims, checked on the engine: from a survivor's point of view a crashed
 * node and a cut-off node look the same, and a latency spike alone is enough for a false
 * suspicion, which is withdrawn when the spike passes.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '@/sim/core/commands';
import { defaultParams, type ParamValues } from '@/sim/core/params';
import { Simulation } from '@/sim/core/simulation';
import { US_PER_MS, US_PER_S, type Micros } from '@/sim/core/time';
import type { TraceEntry } from '@/sim/core/trace';
import type { DetectorContext } from './machine';
import { failureDetector } from './scenario';

const S = US_PER_S;
const survivors = ['n1', 'n2', 'n4', 'n5'];

function run(commands: Command[], until: Micros, params: Partial<ParamValues> = {}, seed = 12) {
  const sim = new Simulation(
    failureDetector,
    { ...defaultParams(failureDetector.params), ...params } as ParamValues,
    seed,
    commands,
  );
  sim.seek(until);
  return sim;
}

type Note = Extract<TraceEntry, { type: 'note' }>;

/** Notes of one kind, about `peer`, written by anyone but `peer`. */
function notesAbout(sim: Simulation, kind: string, peer: string): Note[] {
  return sim.trace
    .slice(0, sim.traceEnd)
    .filter(
      (e): e is Note => e.type === 'note' && e.kind === kind && e.peer === peer && e.node !== peer,
    );
}

function observers(notes: readonly Note[]): string[] {
  return [...new Set(notes.map((note) => note.node))].sort();
}

function suspectedBy(sim: Simulation, node: string): readonly string[] {
  return (sim.world.nodes.get(node)!.view.context as DetectorContext).suspected;
}

describe('a crash and a partition look the same from outside', () => {
  const crash: Command[] = [{ at: 3 * S, type: 'crash', node: 'n3' }];
  const cut: Command[] = [{ at: 3 * S, type: 'partition', groups: [['n3']] }];

  it('makes the same survivors suspect n3, and nobody else', () => {
    for (const seed of [1, 12, 99]) {
      const crashed = run(crash, 10 * S, {}, seed);
      const isolated = run(cut, 10 * S, {}, seed);
      expect(observers(notesAbout(crashed, 'suspect', 'n3')), `seed ${seed}`).toEqual(survivors);
      expect(observers(notesAbout(isolated, 'suspect', 'n3')), `seed ${seed}`).toEqual(survivors);
      for (const peer of survivors) {
        expect(suspectedBy(crashed, peer), `seed ${seed}, ${peer}`).toEqual(['n3']);
        expect(suspectedBy(isolated, peer), `seed ${seed}, ${peer}`).toEqual(['n3']);
      }
    }
  });

  it('gives identical suspicion notes when latency is constant', () => {
    // With constant latency and no loss the PRNG plays no part, so the only difference
    // between the runs is what happened to n3, which the survivors cannot observe.
    const params = { latency: 'constant', mean: 100 * US_PER_MS };
    const crashed = run(crash, 10 * S, params);
    const isolated = run(cut, 10 * S, params);
    const crashNotes = notesAbout(crashed, 'suspect', 'n3');
    expect(crashNotes).toHaveLength(4);
    expect(notesAbout(isolated, 'suspect', 'n3')).toEqual(crashNotes);
    // n3's last beat before 3 s left at 2.7 s and landed at 2.8 s; 1.5 s of silence later…
    expect(new Set(crashNotes.map((note) => note.at))).toEqual(new Set([4.3 * S]));
  });

  it('differs only inside: the isolated n3 is up and suspects everyone', () => {
    const isolated = run(cut, 10 * S);
    expect(suspectedBy(isolated, 'n3')).toEqual(survivors);
    const crashed = run(crash, 10 * S);
    expect(crashed.world.nodes.get('n3')!.view.up).toBe(false);
  });
});

describe('a latency spike causes a false suspicion', () => {
  const spike: Command[] = [
    { at: 3 * S, type: 'slow', node: 'n3', factor: 50 },
    { at: 8 * S, type: 'slow', node: 'n3', factor: 1 },
  ];

  it('makes every survivor suspect n3 during the spike, though n3 never crashed', () => {
    const sim = run(spike, 8 * S);
    const suspicions = notesAbout(sim, 'suspect', 'n3');
    expect(observers(suspicions)).toEqual(survivors);
    for (const note of suspicions) expect(note.at).toBeGreaterThan(3 * S);
    const trace = sim.trace.slice(0, sim.traceEnd);
    expect(
      trace.filter((e) => e.type === 'crash' || e.type === 'partition' || e.type === 'drop'),
    ).toEqual([]);
    expect(sim.world.nodes.get('n3')!.view.up).toBe(true);
    // The survivors still hear each other: the suspicion is about n3 alone.
    const aboutOthers = trace.filter(
      (e) => e.type === 'note' && e.kind === 'suspect' && e.peer !== 'n3' && e.node !== 'n3',
    );
    expect(aboutOthers).toEqual([]);
  });

  it('withdraws the suspicion after the spike ends', () => {
    const sim = run(spike, 20 * S);
    for (const peer of survivors) {
      const lastSuspicion = notesAbout(sim, 'suspect', 'n3')
        .filter((n) => n.node === peer)
        .at(-1)!;
      const trusts = notesAbout(sim, 'trust', 'n3').filter((n) => n.node === peer);
      expect(trusts.at(-1)!.at, peer).toBeGreaterThan(lastSuspicion.at);
      expect(suspectedBy(sim, peer), peer).toEqual([]);
    }
    expect(suspectedBy(sim, 'n3')).toEqual([]);
    // Without the spike, the same seed suspects no one at all.
    expect(notesAbout(run([], 20 * S), 'suspect', 'n3')).toEqual([]);
  });
});
