/**
 * The network model: which directions a partition cuts, one-way blocks, healing and
 * slowdowns (pure functions), then a one-way block inside a running World.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { nodeIds } from './ids';
import {
  blockLink,
  createNetwork,
  heal,
  isBlocked,
  isPartitioned,
  linkLatency,
  linkSlowdown,
  partition,
  slowNode,
  type NetworkState,
} from './network';
import { defaultParams } from './params';
import { Simulation } from './simulation';
import { US_PER_MS, US_PER_S } from './time';
import type { Trace } from './traceStore';

const seed = Number(process.env.FC_SEED ?? 4242);

const base = createNetwork({ latency: { kind: 'constant', us: 10 }, loss: 0, duplicate: 0 });
const five = nodeIds(5);

function cuts(network: NetworkState, nodes: readonly string[]): string[] {
  const out: string[] = [];
  for (const from of nodes)
    for (const to of nodes)
      if (from !== to && isBlocked(network, from, to)) out.push(`${from}->${to}`);
  return out;
}

describe('partition', () => {
  it('cuts every pair across groups both ways and never within a group (property)', () => {
    const layout = fc.integer({ min: 2, max: 9 }).chain((count) =>
      fc.record({
        count: fc.constant(count),
        // Group index per node; -1 leaves the node unlisted.
        groupOf: fc.array(fc.integer({ min: -1, max: 3 }), { minLength: count, maxLength: count }),
      }),
    );
    fc.assert(
      fc.property(layout, ({ count, groupOf }) => {
        const nodes = nodeIds(count);
        const groups: string[][] = [[], [], [], []];
        nodes.forEach((id, i) => {
          if (groupOf[i]! >= 0) groups[groupOf[i]!]!.push(id);
        });
        const listed = groups.filter((group) => group.length > 0);
        const network = partition(base, listed, nodes);
        // Unlisted nodes (-1) form one more group of their own.
        for (let i = 0; i < count; i++) {
          for (let j = 0; j < count; j++) {
            if (i === j) continue;
            const apart = groupOf[i] !== groupOf[j];
            expect(isBlocked(network, nodes[i]!, nodes[j]!), `${nodes[i]}->${nodes[j]}`).toBe(
              apart,
            );
          }
        }
        const unlisted = nodes.filter((_, i) => groupOf[i] === -1);
        expect(network.groups).toEqual(unlisted.length > 0 ? [...listed, unlisted] : listed);
      }),
      { seed, numRuns: 300 },
    );
  });

  it('puts unlisted nodes together in one extra group', () => {
    const network = partition(base, [['n1'], ['n2']], five);
    expect(network.groups).toEqual([['n1'], ['n2'], ['n3', 'n4', 'n5']]);
    expect(isBlocked(network, 'n3', 'n4')).toBe(false);
    expect(isBlocked(network, 'n5', 'n3')).toBe(false);
    expect(isBlocked(network, 'n3', 'n1')).toBe(true);
    expect(isBlocked(network, 'n2', 'n5')).toBe(true);
    expect(isBlocked(network, 'n1', 'n2')).toBe(true);
  });

  it('cuts nothing when one group lists everyone', () => {
    const network = partition(base, [five], five);
    expect(cuts(network, five)).toEqual([]);
    expect(isPartitioned(network)).toBe(false);
  });

  it('replaces, rather than adds to, the previous cut', () => {
    const first = partition(base, [['n1']], five);
    const second = partition(first, [['n5']], five);
    expect(isBlocked(second, 'n1', 'n2')).toBe(false);
    expect(isBlocked(second, 'n5', 'n1')).toBe(true);
  });

  it('never mutates the network it was given', () => {
    const snapshot = JSON.stringify(base);
    partition(base, [['n1', 'n2']], five);
    blockLink(base, 'n1', 'n2');
    slowNode(base, 'n1', 4);
    expect(JSON.stringify(base)).toBe(snapshot);
  });
});

describe('blockLink and heal', () => {
  it('cuts one direction only', () => {
    const network = blockLink(base, 'n1', 'n2');
    expect(cuts(network, five)).toEqual(['n1->n2']);
    expect(isPartitioned(network)).toBe(true);
  });

  it('is idempotent and composes with other blocks', () => {
    const once = blockLink(base, 'n1', 'n2');
    expect(blockLink(once, 'n1', 'n2')).toBe(once);
    const twice = blockLink(blockLink(once, 'n3', 'n2'), 'n2', 'n1');
    expect(cuts(twice, five)).toEqual(['n1->n2', 'n2->n1', 'n3->n2']);
  });

  it('heal clears every cut and the drawn groups, but keeps slowdowns', () => {
    const messy = slowNode(blockLink(partition(base, [['n1', 'n2']], five), 'n4', 'n5'), 'n3', 5);
    const healed = heal(messy);
    expect(cuts(healed, five)).toEqual([]);
    expect(healed.groups).toBeNull();
    expect(isPartitioned(healed)).toBe(false);
    expect(linkSlowdown(healed, 'n3', 'n1')).toBe(5);
  });
});

describe('slowNode and link latency', () => {
  it('multiplies latency for messages from or to a slowed node, and 1 clears it', () => {
    const slowed = slowNode(slowNode(base, 'n1', 3), 'n2', 4);
    expect(linkSlowdown(slowed, 'n1', 'n3')).toBe(3);
    expect(linkSlowdown(slowed, 'n3', 'n1')).toBe(3);
    expect(linkSlowdown(slowed, 'n1', 'n2')).toBe(12);
    expect(linkSlowdown(slowed, 'n3', 'n4')).toBe(1);
    const cleared = slowNode(slowed, 'n1', 1);
    expect(cleared.slow).toEqual({ n2: 4 });
  });

  it('uses a per-link override when one is given', () => {
    const special = { kind: 'constant', us: 999 } as const;
    const network = createNetwork({ ...base, links: { 'n1->n2': special } });
    expect(linkLatency(network, 'n1', 'n2')).toBe(special);
    expect(linkLatency(network, 'n2', 'n1')).toBe(base.latency);
  });
});

/** For each message id, how it ended: "deliver" or "drop:<reason>". */
function fates(trace: Trace, end: number): Map<number, string> {
  const out = new Map<number, string>();
  for (const entry of trace.slice(0, end)) {
    if (entry.type === 'deliver') out.set(entry.id, 'deliver');
    if (entry.type === 'drop') out.set(entry.id, `drop:${entry.reason}`);
  }
  return out;
}

describe('a one-way block in a running world', () => {
  it('delivers n2→n1 while dropping n1→n2, and only n2 grows suspicious', () => {
    const blockAt = 1 * US_PER_S;
    const params = { ...defaultParams(failureDetector.params), nodes: 3 };
    const sim = new Simulation(failureDetector, params, 31, [
      { at: blockAt, type: 'block', from: 'n1', to: 'n2' },
    ]);
    sim.seek(6 * US_PER_S);
    const ended = fates(sim.trace, sim.traceEnd);
    const sends = sim.trace
      .slice(0, sim.traceEnd)
      .filter((entry) => entry.type === 'send' && entry.at > blockAt && entry.deliverAt < sim.now);
    const fateOf = (from: string, to: string): string[] => [
      ...new Set(
        sends.flatMap((entry) =>
          entry.type === 'send' && entry.from === from && entry.to === to
            ? [ended.get(entry.id) ?? 'none']
            : [],
        ),
      ),
    ];
    expect(fateOf('n1', 'n2')).toEqual(['drop:partition']);
    expect(fateOf('n2', 'n1')).toEqual(['deliver']);
    expect(fateOf('n1', 'n3')).toEqual(['deliver']);
    expect(fateOf('n3', 'n2')).toEqual(['deliver']);

    const suspicions = sim.trace
      .slice(0, sim.traceEnd)
      .flatMap((entry) =>
        entry.type === 'note' && entry.kind === 'suspect' ? [`${entry.node}:${entry.peer}`] : [],
      );
    expect(new Set(suspicions)).toEqual(new Set(['n2:n1']));
  });

  it('drops a message already in flight when a cut appears before it lands', () => {
    // Constant 100 ms latency: every heartbeat sent in the 100 ms before the partition is
    // still on the wire when the cut is made, and must be stopped at the receiver.
    const params = {
      ...defaultParams(failureDetector.params),
      nodes: 3,
      latency: 'constant',
      mean: 100 * US_PER_MS,
    };
    const cutAt = 2 * US_PER_S + 50 * US_PER_MS;
    const sim = new Simulation(failureDetector, params, 5, [
      { at: cutAt, type: 'partition', groups: [['n1'], ['n2', 'n3']] },
    ]);
    sim.seek(3 * US_PER_S);
    const ended = fates(sim.trace, sim.traceEnd);
    const inFlightAcross = sim.trace
      .slice()
      .filter(
        (entry) =>
          entry.type === 'send' &&
          entry.at < cutAt &&
          entry.deliverAt > cutAt &&
          (entry.from === 'n1') !== (entry.to === 'n1'),
      );
    expect(inFlightAcross.length).toBeGreaterThan(0);
    for (const entry of inFlightAcross)
      if (entry.type === 'send')
        expect(ended.get(entry.id), `message ${entry.id}`).toBe('drop:partition');
  });
});

describe('drop reasons', () => {
  const constant = (overrides: Record<string, string | number>) => ({
    ...defaultParams(failureDetector.params),
    nodes: 3,
    latency: 'constant',
    mean: 100 * US_PER_MS,
    ...overrides,
  });

  it('blames the partition for a message sent into a cut, even if the cut heals before it dies', () => {
    // n1 heartbeats at 1 µs past each half second; the one sent at 1 s + 1 µs goes into the
    // cut and is lost half-way, at 1.05 s, by which time the link has healed. Loss is 0.
    const sim = new Simulation(failureDetector, constant({}), 1, [
      { at: 1 * US_PER_S, type: 'block', from: 'n1', to: 'n2' },
      { at: 1 * US_PER_S + 20 * US_PER_MS, type: 'heal' },
    ]);
    sim.seek(2 * US_PER_S);
    const drops = sim.trace.slice(0, sim.traceEnd).filter((entry) => entry.type === 'drop');
    expect(drops.length).toBeGreaterThan(0);
    expect(drops.map((entry) => (entry.type === 'drop' ? entry.reason : ''))).toEqual(
      drops.map(() => 'partition'),
    );
  });

  it('blames random loss for a message lost before any cut was made', () => {
    // 90% loss, then a partition 1 µs after a burst of sends: the messages lost at random
    // in that burst were never sent into a cut.
    const sim = new Simulation(failureDetector, constant({ loss: 0.9 }), 2, [
      { at: 1 * US_PER_S + 2, type: 'partition', groups: [['n1'], ['n2'], ['n3']] },
    ]);
    sim.seek(1 * US_PER_S + 2);
    const randomlyLost = [...sim.world.inflight.values()].filter((message) => message.lost);
    expect(randomlyLost.length).toBeGreaterThan(0);
    sim.seek(2 * US_PER_S);
    const reasons = new Map(
      sim.trace
        .slice()
        .flatMap((entry) => (entry.type === 'drop' ? [[entry.id, entry.reason] as const] : [])),
    );
    for (const message of randomlyLost)
      expect(reasons.get(message.id), `message ${message.id}`).toBe('loss');
  });
});
