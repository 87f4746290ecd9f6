/**
 * The worker's lifecycle, with a stand-in Worker: a replacing job terminates the running
 * worker, whose late replies are never passed on; a crash is a failed job.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { historyOf, write } from '@/sim/checkers/linearizability';
import { CheckerClient } from './checkerClient';
import type { CheckerJob, CheckerReply } from './checkerProtocol';

class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((event: { data: CheckerReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: CheckerJob[] = [];
  terminated = false;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(job: CheckerJob) {
    this.posted.push(job);
  }
  terminate() {
    this.terminated = true;
  }
  /** What a real worker would do: reply, unless terminated (then nothing arrives). */
  reply(data: CheckerReply) {
    this.onmessage?.({ data });
  }
}

const history = historyOf([write(0, 1, 0, 1)]);

describe('CheckerClient', () => {
  beforeEach(() => {
    FakeWorker.all = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('terminates the running check when the history is replaced', () => {
    const replies: CheckerReply[] = [];
    const client = new CheckerClient((reply) => replies.push(reply));
    const first = client.submit({ type: 'check', history }, true);
    const old = FakeWorker.all[0]!;
    const second = client.submit({ type: 'check', history }, true);
    expect(old.terminated).toBe(true);
    old.reply({ id: first, type: 'verdict', verdict: { linearizable: true }, count: 1 });
    expect(replies).toEqual([]);
    const fresh = FakeWorker.all[1]!;
    expect(fresh.posted.map((job) => job.id)).toEqual([second]);
    fresh.reply({ id: second, type: 'verdict', verdict: { linearizable: true }, count: 1 });
    expect(replies.map((reply) => reply.id)).toEqual([second]);
  });

  it('queues only the newest job for a growing history', () => {
    const replies: CheckerReply[] = [];
    const client = new CheckerClient((reply) => replies.push(reply));
    const a = client.submit({ type: 'check', history }, false);
    client.submit({ type: 'check', history }, false);
    const c = client.submit({ type: 'check', history }, false);
    const worker = FakeWorker.all[0]!;
    worker.reply({ id: a, type: 'verdict', verdict: { linearizable: true }, count: 1 });
    expect(worker.posted.map((job) => job.id)).toEqual([a, c]);
    expect(FakeWorker.all).toHaveLength(1);
  });

  it('reports a crashed worker as a failed check, and starts a fresh one next time', () => {
    const replies: CheckerReply[] = [];
    const client = new CheckerClient((reply) => replies.push(reply));
    const id = client.submit({ type: 'check', history }, true);
    FakeWorker.all[0]!.onerror?.({
      message: 'Uncaught RangeError: Array buffer allocation failed',
      preventDefault() {},
    });
    expect(replies).toEqual([
      { id, type: 'failed', reason: 'Uncaught RangeError: Array buffer allocation failed' },
    ]);
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    client.submit({ type: 'check', history }, false);
    expect(FakeWorker.all).toHaveLength(2);
  });

  it('stops everything on cancel', () => {
    const replies: CheckerReply[] = [];
    const client = new CheckerClient((reply) => replies.push(reply));
    const id = client.submit({ type: 'check', history }, true);
    client.cancel();
    FakeWorker.all[0]!.reply({ id, type: 'verdict', verdict: { linearizable: true }, count: 1 });
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    expect(replies).toEqual([]);
  });
});
