/**
 * Time travel: seeking back and forth, stepping back and forward, and forking must all
 * land in exactly the World a straight run reaches. "Exactly" is checked with
 * worldFingerprint, which covers the clock, PRNG, scheduler, network, nodes and trace.
 */
import { describe, expect, it } from 'vitest';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import type { Command } from './commands';
import { defaultParams, type ParamValues } from './params';
import { Simulation, type CheckpointPolicy } from './simulation';
import { worldFingerprint } from './testing';
import { US_PER_MS, US_PER_S, type Micros } from './time';
import { hashTrace } from './trace';

const S = US_PER_S;

/** Dense checkpoints, so short runs cross several of them. */
const DENSE: CheckpointPolicy = { spacing: 512, max: 256, bytes: Infinity };

function simulation(
  commands: Command[] = [],
  params: Partial<ParamValues> = {},
  seed = 8,
): Simulation {
  const values = { ...defaultParams(failureDetector.params), ...params } as ParamValues;
  return new Simulation(failureDetector, values, seed, commands, DENSE);
}

function straight(
  commands: Command[],
  params: Partial<ParamValues>,
  t: Micros,
  seed = 8,
): Simulation {
  const sim = simulation(commands, params, seed);
  sim.seek(t);
  return sim;
}

/** A busy log touching every kind of fault, over 9 nodes: several checkpoints' worth of events. */
const busy: Command[] = [
  {
    at: 1 * S,
    type: 'partition',
    groups: [
      ['n1', 'n2', 'n3'],
      ['n4', 'n5'],
    ],
  },
  { at: 2500 * US_PER_MS, type: 'crash', node: 'n7' },
  { at: 4 * S, type: 'heal' },
  { at: 4 * S, type: 'block', from: 'n2', to: 'n8' },
  { at: 5 * S, type: 'slow', node: 'n9', factor: 30 },
  { at: 6 * S, type: 'param', name: 'loss', value: 0.2 },
  { at: 7 * S, type: 'restart', node: 'n7' },
  { at: 9 * S, type: 'param', name: 'latency', value: 'pareto-mix' },
  { at: 11 * S, type: 'slow', node: 'n9', factor: 1 },
  { at: 12 * S, type: 'heal' },
];
const nine = { nodes: 9 };

describe('Simulation.seek', () => {
  it('reaches the same World straight, or via a later time and an earlier one', () => {
    const target = 13_345_678;
    const reference = straight(busy, nine, target);
    const travelled = simulation(busy, nine);
    travelled.seek(20 * S);
    travelled.seek(5_555_555);
    expect(worldFingerprint(travelled)).toEqual(worldFingerprint(straight(busy, nine, 5_555_555)));
    travelled.seek(target);
    const fingerprint = worldFingerprint(travelled);
    expect(fingerprint).toEqual(worldFingerprint(reference));
    // Several checkpoints were passed.
    expect(fingerprint.processed).toBeGreaterThan(3 * DENSE.spacing);
    expect(fingerprint.inflight.length).toBeGreaterThan(0);
    expect(hashTrace(travelled.trace, travelled.traceEnd)).toBe(
      hashTrace(reference.trace, reference.traceEnd),
    );
  });

  it('keeps the known future intact after a seek back', () => {
    const sim = simulation(busy, nine);
    sim.seek(15 * S);
    const length = sim.trace.length;
    const whole = hashTrace(sim.trace);
    sim.seek(3 * S);
    expect(sim.traceEnd).toBeLessThan(length);
    expect(sim.trace.slice(sim.traceEnd).every((entry) => entry.at > 3 * S)).toBe(true);
    expect(sim.trace.slice(0, sim.traceEnd).every((entry) => entry.at <= 3 * S)).toBe(true);
    sim.seek(15 * S);
    expect(sim.trace).toHaveLength(length);
    expect(hashTrace(sim.trace)).toBe(whole);
  });

  it('regenerates an identical trace when the future is thrown away and replayed', () => {
    // fork() with no new command discards the traced future, so the replay must write
    // every entry again; a straight run must agree byte for byte.
    const sim = simulation(busy, nine);
    sim.seek(14 * S);
    sim.seek(2 * S);
    sim.fork();
    expect(sim.trace).toHaveLength(sim.traceEnd);
    // fork() also dropped every command after 2 s, so compare with that log.
    const kept = busy.filter((command) => command.at <= 2 * S);
    expect(sim.commands).toEqual(kept);
    sim.seek(14 * S);
    expect(worldFingerprint(sim)).toEqual(worldFingerprint(straight(kept, nine, 14 * S)));
  });

  it('clamps a seek before time zero to zero and rounds fractional times', () => {
    const sim = simulation(busy, nine);
    sim.seek(3 * S);
    sim.seek(-5);
    expect(worldFingerprint(sim)).toEqual(worldFingerprint(simulation(busy, nine)));
    sim.seek(1000.4);
    expect(sim.now).toBe(1000);
  });
});

describe('Simulation.stepBack and stepForward', () => {
  it('step back then forward returns to the same World', () => {
    const sim = simulation(busy, nine);
    sim.seek(3 * S);
    for (let i = 0; i < 3; i++) sim.stepForward();
    const before = worldFingerprint(sim);
    expect(sim.stepBack()).toBe(true);
    expect(sim.world.processed).toBe(before.processed - 1);
    expect(worldFingerprint(sim)).not.toEqual(before);
    expect(sim.stepForward()).toBe(true);
    expect(worldFingerprint(sim)).toEqual(before);
  });

  it('steps back across a checkpoint into the state a fresh run stepped by hand reaches', () => {
    const sim = simulation(busy, nine);
    const { spacing } = DENSE;
    while (sim.world.processed < 2 * spacing + 3) sim.stepForward();
    for (let i = 0; i < 8; i++) expect(sim.stepBack()).toBe(true);
    const fresh = simulation(busy, nine);
    while (fresh.world.processed < 2 * spacing + 3 - 8) fresh.stepForward();
    expect(worldFingerprint(sim)).toEqual(worldFingerprint(fresh));
  });

  it('cannot step back before the first event, and the boot state is kept', () => {
    const sim = simulation();
    const boot = worldFingerprint(sim);
    expect(sim.stepBack()).toBe(false);
    sim.stepForward();
    expect(sim.stepBack()).toBe(true);
    expect(worldFingerprint(sim)).toEqual(boot);
    expect(sim.stepBack()).toBe(false);
  });

  it('reports the next event time, and runs commands before events at the same instant', () => {
    const sim = simulation([{ at: 1, type: 'crash', node: 'n1' }]);
    // n1's first heartbeat timer is due at 1 µs too, but the crash comes first.
    expect(sim.nextEventTime()).toBe(1);
    sim.stepForward();
    expect(sim.trace.at(-1)).toEqual({ at: 1, type: 'crash', node: 'n1' });
    sim.seek(10 * US_PER_MS);
    expect(
      sim.trace.slice().filter((entry) => entry.type === 'send' && entry.from === 'n1'),
    ).toEqual([]);
  });
});

describe('Simulation.issue (forking)', () => {
  const log: Command[] = [
    { at: 3 * S, type: 'crash', node: 'n3' },
    { at: 8 * S, type: 'restart', node: 'n3' },
  ];

  it('drops later commands and the traced future, and matches a run of the new log', () => {
    const sim = simulation(log);
    sim.seek(10 * S);
    expect(sim.trace.slice().some((entry) => entry.type === 'restart')).toBe(true);
    sim.seek(5 * S);
    const issued = sim.issue({ type: 'heal' });
    expect(issued).toEqual({ at: 5 * S + 1, type: 'heal' });
    expect(sim.commands).toEqual([log[0], issued]);
    expect(sim.now).toBe(5 * S + 1);
    expect(sim.trace).toHaveLength(sim.traceEnd);
    expect(sim.trace.slice().every((entry) => entry.at <= sim.now)).toBe(true);
    expect(
      sim.trace
        .slice()
        .filter((entry) => entry.at > 5 * S)
        .map((entry) => entry.type)[0],
    ).toBe('heal');

    sim.seek(10 * S);
    expect(sim.trace.slice().some((entry) => entry.type === 'restart')).toBe(false);
    expect(sim.world.nodes.get('n3')!.up).toBe(false);
    expect(worldFingerprint(sim)).toEqual(
      worldFingerprint(straight([log[0]!, issued], {}, 10 * S)),
    );
  });

  it('issued in the present, matches a run that had the command all along', () => {
    const sim = simulation();
    sim.seek(2 * S);
    const crash = sim.issue({ type: 'crash', node: 'n2' });
    sim.seek(4 * S);
    const restart = sim.issue({ type: 'restart', node: 'n2' });
    sim.seek(9 * S);
    const reference = straight([crash, restart], {}, 9 * S);
    expect(worldFingerprint(sim)).toEqual(worldFingerprint(reference));
    // And time travel still works on the forked run.
    sim.seek(3 * S);
    expect(worldFingerprint(sim)).toEqual(worldFingerprint(straight([crash, restart], {}, 3 * S)));
  });
});

describe('Simulation, as the views read it', () => {
  it('shows the parameters in force, the nodes, the network and the messages on the wire', () => {
    const params = defaultParams(failureDetector.params);
    const sim = new Simulation(failureDetector, params, 1, [
      { at: 1 * US_PER_S, type: 'param', name: 'timeout', value: 900_000 },
    ]);
    sim.seek(2 * US_PER_S);
    expect(sim.params).toBe(params);
    expect(sim.paramsNow).toEqual({ ...params, timeout: 900_000 });
    expect(sim.nodeIds).toEqual(sim.world.nodeIds);
    expect(sim.nodeViews().map((view) => view.id)).toEqual(sim.nodeIds);
    expect(sim.network).toBe(sim.world.network);
    expect(sim.processed).toBe(sim.world.processed);
    const visited: number[] = [];
    sim.forEachInFlight((message) => visited.push(message.id));
    expect(visited.length).toBeGreaterThan(0);
    expect(sim.inflight().map((message) => message.id)).toEqual(visited);
  });
});
