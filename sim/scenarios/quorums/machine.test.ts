import { describe, expect, it } from 'vitest';
import type { Effect } from '@/sim/core/node';
import { US_PER_MS } from '@/sim/core/time';
import type { KvContext, KvMessage, Step } from './kvTypes';
import { handleEvent, type KvEvent } from './machine';
import { placement } from './ring';
import { bootContext, kvParams } from './testing/runs';
import { newVersion } from './versions';

const at = 1000 * US_PER_MS;
const sends = (step: Step) =>
  step.effects.filter((e): e is Extract<Effect, { type: 'send' }> => e.type === 'send');
const replies = (step: Step) => step.effects.filter((e) => e.type === 'reply');
const message = (context: KvContext, from: string, body: KvMessage): Step =>
  handleEvent(context, { type: body.type, from, at, body } as KvEvent);

function request(context: KvContext, op: Record<string, unknown>): Step {
  return handleEvent(context, { type: 'client.request', request: 1, op: op as never, at });
}

describe('a quorums coordinator', () => {
  const params = kvParams({ n: 3, r: 2, w: 2 });
  const coordinator = bootContext('n1', params);
  const { replicas, standIns } = placement(coordinator.ring, 'k1', 3);

  it('sends a write to the N replicas and commits on the W-th acknowledgement', () => {
    const start = request(coordinator, { f: 'write', key: 'k1', value: 7 });
    expect(
      sends(start)
        .map((s) => s.to)
        .sort(),
    ).toEqual([...replicas].sort());
    const opId = String(sends(start)[0]!.body.op);
    const one = message(start.context, replicas[0]!, { type: 'putOk', op: opId });
    expect(replies(one)).toEqual([]);
    const two = message(one.context, replicas[1]!, { type: 'putOk', op: opId });
    expect(replies(two)).toEqual([{ type: 'reply', request: 1, status: 'ok' }]);
    // A duplicate or unasked acknowledgement changes nothing.
    expect(message(two.context, replicas[1]!, { type: 'putOk', op: opId }).effects).toEqual([]);
  });

  it('gives every write it coordinates a clock of its own', () => {
    const first = request(coordinator, { f: 'write', key: 'k1', value: 1 });
    // Forget the client's context, as a stale read would.
    const forgot = { ...first.context, sessions: {} };
    const second = request(forgot, { f: 'write', key: 'k1', value: 2 });
    const clockOf = (step: Step) =>
      (sends(step)[0]!.body as unknown as { versions: { clock: number[] }[] }).versions[0]!.clock;
    expect(clockOf(second)).not.toEqual(clockOf(first));
    expect(second.context.counter).toBe(2);
  });

  it('answers a read with the newest of R answers and repairs the stale one', () => {
    const start = request(coordinator, { f: 'read', key: 'k1' });
    const opId = String(sends(start)[0]!.body.op);
    const old = newVersion([], [], 2, 1);
    const fresh = newVersion([old], [], 3, 2);
    const a = message(start.context, replicas[0]!, {
      type: 'getOk',
      op: opId,
      key: 'k1',
      versions: [old],
    });
    expect(replies(a)).toEqual([]);
    const b = message(a.context, replicas[1]!, {
      type: 'getOk',
      op: opId,
      key: 'k1',
      versions: [fresh],
    });
    expect(replies(b)).toEqual([{ type: 'reply', request: 1, status: 'ok', value: 2 }]);
    expect(sends(b)).toEqual([
      { type: 'send', to: replicas[0], body: { type: 'repair', key: 'k1', versions: [fresh] } },
    ]);
    expect(b.context.repairsSent).toBe(1);
    // With read repair off, nothing is sent.
    const off = { ...a.context, config: { ...a.context.config, readRepair: false } };
    expect(
      sends(message(off, replicas[1]!, { type: 'getOk', op: opId, key: 'k1', versions: [fresh] })),
    ).toEqual([]);
  });

  it('refuses at once in a strict quorum when too few replicas are believed reachable', () => {
    const suspects = Object.fromEntries(replicas.slice(0, 2).map((id) => [id, at + 1]));
    const step = request({ ...coordinator, suspects }, { f: 'write', key: 'k1', value: 7 });
    expect(replies(step)).toEqual([
      {
        type: 'reply',
        request: 1,
        status: 'fail',
        reason: 'no quorum: 1 of 3 replicas reachable, W=2 needed',
      },
    ]);
    expect(sends(step)).toEqual([]);
  });

  it('asks stand-ins with a hint in a sloppy quorum', () => {
    const sloppy = { ...coordinator, config: { ...coordinator.config, sloppy: true } };
    const suspects = { [replicas[0]!]: at + 1 };
    const step = request({ ...sloppy, suspects }, { f: 'write', key: 'k1', value: 7 });
    const hinted = sends(step).filter((s) => (s.body as { hint?: string }).hint !== undefined);
    expect(hinted.map((s) => [s.to, (s.body as { hint?: string }).hint])).toEqual([
      [standIns[0], replicas[0]],
    ]);
  });

  it('suspects late replicas and, when sloppy, sends their share to stand-ins', () => {
    const sloppy = { ...coordinator, config: { ...coordinator.config, sloppy: true } };
    const start = request(sloppy, { f: 'write', key: 'k1', value: 7 });
    const opId = String(sends(start)[0]!.body.op);
    const acked = message(start.context, replicas[0]!, { type: 'putOk', op: opId });
    const late = handleEvent(acked.context, { type: 'timer.standIn', key: opId, at });
    expect(Object.keys(late.context.suspects).sort()).toEqual(replicas.slice(1).sort());
    expect(sends(late).map((s) => s.to)).toEqual(standIns.slice(0, 2));
    const timedOut = handleEvent(late.context, { type: 'timer.op', key: opId, at });
    expect(replies(timedOut)[0]).toMatchObject({
      status: 'fail',
      reason: 'no quorum: 1 acknowledged in time, W=2 needed',
    });
    expect(timedOut.context.ops).toEqual({});
  });
});

describe('a quorums replica', () => {
  const params = kvParams();
  const replica = bootContext('n2', params);
  const version = newVersion([], [], 0, 5);

  it('stores a write and acknowledges it', () => {
    const step = message(replica, 'n1', {
      type: 'put',
      op: 'n1.1',
      key: 'k1',
      versions: [version],
    });
    expect(step.context.store).toEqual({ k1: [version] });
    expect(sends(step)).toEqual([{ type: 'send', to: 'n1', body: { type: 'putOk', op: 'n1.1' } }]);
  });

  it('keeps a hinted write apart, answers reads with it, and hands it back', () => {
    const put = message(replica, 'n1', {
      type: 'put',
      op: 'n1.1',
      key: 'k1',
      versions: [version],
      hint: 'n4',
    });
    expect(put.context.store).toEqual({});
    expect(put.context.hints).toEqual({ n4: { k1: [version] } });
    const read = message(put.context, 'n1', { type: 'get', op: 'n1.2', key: 'k1' });
    expect(sends(read)[0]!.body).toEqual({
      type: 'getOk',
      op: 'n1.2',
      key: 'k1',
      versions: [version],
    });
    const tick = handleEvent(put.context, { type: 'timer.handoff', at });
    expect(sends(tick)).toEqual([
      { type: 'send', to: 'n4', body: { type: 'handoff', key: 'k1', versions: [version] } },
    ]);
    const done = message(put.context, 'n4', { type: 'handoffOk', key: 'k1', versions: [version] });
    expect(done.context.hints).toEqual({});
    expect(done.context.handoffsDelivered).toBe(1);
  });

  it('merges a read repair without losing anything', () => {
    const stored = message(replica, 'n1', {
      type: 'put',
      op: 'n1.1',
      key: 'k1',
      versions: [version],
    });
    const concurrent = newVersion([], [], 3, 9);
    const repaired = message(stored.context, 'n3', {
      type: 'repair',
      key: 'k1',
      versions: [concurrent],
    });
    expect(repaired.context.store.k1).toHaveLength(2);
  });
});
