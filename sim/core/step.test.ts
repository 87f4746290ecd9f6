/**
 * Stepping paths the failure detector's own tests do not reach: the `drop` command,
 * client requests (to a down node, and timing out), duplicated messages, and the
 * ordering of commands against events at the same instant.
 */
import { describe, expect, it } from 'vitest';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import type { Command } from './commands';
import { defaultParams, type ParamValues } from './params';
import type { Scenario } from './scenario';
import { Simulation } from './simulation';
import { bootWorld, nextEventTime, runWorldUntil, stepWorld } from './step';
import { US_PER_MS, US_PER_S } from './time';
import type { TraceEntry } from './trace';

const S = US_PER_S;
const params = { ...defaultParams(failureDetector.params), nodes: 3 } as ParamValues;

function simulation(commands: Command[] = [], scenario: Scenario = failureDetector): Simulation {
  return new Simulation(scenario, params, 21, commands);
}

describe('the drop command', () => {
  it('removes a message in flight, traces why, and the receiver never sees it', () => {
    const sim = simulation();
    sim.seek(1 * S + 10);
    const [victim] = [...sim.world.inflight.values()];
    expect(victim).toBeDefined();
    sim.issue({ type: 'drop', message: victim!.id });
    expect(sim.world.inflight.has(victim!.id)).toBe(false);
    sim.seek(3 * S);
    const fate = sim.trace
      .slice()
      .filter(
        (entry) => (entry.type === 'drop' || entry.type === 'deliver') && entry.id === victim!.id,
      );
    expect(fate).toEqual([
      {
        at: 1 * S + 11,
        type: 'drop',
        id: victim!.id,
        from: victim!.from,
        to: victim!.to,
        reason: 'command',
      },
    ]);
  });

  it('does nothing for a message that is not in flight', () => {
    const sim = simulation([{ at: 1 * S, type: 'drop', message: 999_999 }]);
    const reference = simulation();
    sim.seek(2 * S);
    reference.seek(2 * S);
    expect(sim.trace.slice().filter((entry) => entry.type === 'drop')).toEqual([]);
    expect(sim.traceEnd).toBe(reference.traceEnd);
  });
});

describe('client requests', () => {
  it('fails at once against a crashed node', () => {
    const sim = simulation([
      { at: 1 * S, type: 'crash', node: 'n2' },
      { at: 2 * S, type: 'request', node: 'n2', op: { f: 'read', key: 'x' } },
    ]);
    sim.seek(2 * S);
    expect(
      sim.trace.slice().filter((entry) => entry.type === 'invoke' || entry.type === 'complete'),
    ).toEqual([
      { at: 2 * S, type: 'invoke', node: 'n2', request: 1, client: 2, op: { f: 'read', key: 'x' } },
      {
        at: 2 * S,
        type: 'complete',
        node: 'n2',
        request: 1,
        status: 'fail',
        reason: 'connection refused: node is down',
      },
    ]);
    expect(sim.world.requests.size).toBe(0);
  });

  it('times out as "info" when the node never replies', () => {
    // The failure detector ignores client requests, so only the client's timeout ends one.
    const sim = simulation([
      { at: 1 * S, type: 'request', node: 'n1', op: { f: 'read' }, timeout: 250 * US_PER_MS },
      { at: 1 * S, type: 'request', node: 'n3', op: { f: 'read' } },
    ]);
    sim.seek(1 * S + 250 * US_PER_MS - 1);
    expect(sim.world.requests.size).toBe(2);
    sim.seek(5 * S);
    expect(sim.trace.slice().filter((entry) => entry.type === 'complete')).toEqual([
      {
        at: 1 * S + 250 * US_PER_MS,
        type: 'complete',
        node: 'n1',
        request: 1,
        status: 'info',
        reason: 'timed out',
      },
    ]);
    expect([...sim.world.requests.keys()]).toEqual([2]);
  });
});

describe('duplicated messages', () => {
  it('sends a second copy that names the first, and never a copy of a copy', () => {
    const duplicating: Scenario = {
      ...failureDetector,
      network: (values) => ({ ...failureDetector.network(values), duplicate: 0.5 }),
    };
    const sim = simulation([], duplicating);
    sim.seek(5 * S);
    const sends = sim.trace
      .slice()
      .filter((entry): entry is Extract<TraceEntry, { type: 'send' }> => entry.type === 'send');
    const copies = sends.filter((entry) => entry.dupOf !== undefined);
    const byId = new Map(sends.map((entry) => [entry.id, entry]));
    expect(copies.length).toBeGreaterThan(sends.length / 5);
    for (const copy of copies) {
      const original = byId.get(copy.dupOf!)!;
      expect(copy.id, `copy ${copy.id}`).toBe(original.id + 1);
      expect(original.dupOf).toBeUndefined();
      expect([copy.from, copy.to, copy.body, copy.at]).toEqual([
        original.from,
        original.to,
        original.body,
        original.at,
      ]);
    }
    const delivered = sim.trace.slice().filter((entry) => entry.type === 'deliver').length;
    expect(delivered).toBe(sends.filter((entry) => entry.deliverAt <= sim.now).length);
  });
});

describe('stepWorld', () => {
  it('runs a command before a scheduled event at the same instant, and counts both', () => {
    const world = bootWorld(failureDetector, params, 1);
    // n1's first heartbeat timer is due at 1 µs.
    expect(world.queue.peek()?.time).toBe(1);
    const log: Command[] = [{ at: 1, type: 'partition', groups: [['n1']] }];
    expect(nextEventTime(world, log)).toBe(1);
    expect(stepWorld(world, log)).toBe(true);
    expect(world.trace.at(-1)?.type).toBe('partition');
    expect(stepWorld(world, log)).toBe(true);
    expect(world.trace.slice().map((entry) => entry.type)).toEqual([
      'partition',
      'timer',
      'send',
      'send',
    ]);
    expect(world.trace.at(1)).toEqual({ at: 1, type: 'timer', node: 'n1', name: 'heartbeat' });
    expect(world.processed).toBe(2);
    expect(world.traceLength).toBe(4);
  });

  it('sets the clock to the target even when nothing happens there', () => {
    const world = bootWorld(failureDetector, params, 1);
    runWorldUntil(world, [], 0);
    expect(world.processed).toBe(0);
    runWorldUntil(world, [], 12_345);
    expect(world.now).toBe(12_345);
    expect(world.processed).toBe(1); // n1's first heartbeat
  });
});
