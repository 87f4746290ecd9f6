import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GOVECTOR_REGEX } from '@/sim/formats/shiviz';
import {
  LogParser,
  SEARCH_LIMIT_MS,
  lineText,
  type ParseRequest,
  type ParseUpdate,
  type WorkerLike,
  type WorkerReply,
} from './logParser';

/** A worker the test drives by hand: it answers only when told to. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: ParseRequest[] = [];
  terminated = false;
  postMessage(message: ParseRequest) {
    this.requests.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: WorkerReply) {
    this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
  }
}

const LOG = `${GOVECTOR_REGEX}\n\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\na {"a":1}\nstart\n`;

describe('LogParser', () => {
  let workers: FakeWorker[];
  let updates: ParseUpdate[];
  let parser: LogParser;
  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    updates = [];
    parser = new LogParser(() => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    });
  });
  afterEach(() => vi.useRealTimers());

  it('stops a search that runs past the limit and names the line it was matching', () => {
    parser.parse(LOG, {}, (update) => updates.push(update));
    const [worker] = workers;
    worker!.reply({ id: 1, type: 'progress', progress: { stage: 'search', line: 3 } });
    vi.advanceTimersByTime(SEARCH_LIMIT_MS - 1);
    expect(updates.filter((u) => u.type === 'done')).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(worker!.terminated).toBe(true);
    const done = updates.at(-1);
    expect(done?.type === 'done' && !done.result.ok && done.result.errors[0]).toEqual({
      line: 3,
      field: 'parser',
      message: expect.stringContaining(`"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"`),
    });
  });

  it('gives each search its own time, and none to loading the worker or building the graph', () => {
    parser.parse(LOG, {}, (update) => updates.push(update));
    const [worker] = workers;
    vi.advanceTimersByTime(SEARCH_LIMIT_MS * 2);
    for (let line = 1; line <= 5; line++) {
      worker!.reply({ id: 1, type: 'progress', progress: { stage: 'search', line } });
      vi.advanceTimersByTime(SEARCH_LIMIT_MS - 100);
    }
    worker!.reply({ id: 1, type: 'progress', progress: { stage: 'build', events: 9 } });
    vi.advanceTimersByTime(SEARCH_LIMIT_MS * 3);
    expect(worker!.terminated).toBe(false);
    expect(updates.at(-1)).toEqual({
      type: 'progress',
      progress: { stage: 'build', events: 9 },
      lines: 6,
    });
    const result = { ok: false as const, errors: [] };
    worker!.reply({ id: 1, type: 'done', result });
    expect(updates.at(-1)).toEqual({ type: 'done', result });
  });

  it('drops the answer of a parse replaced by a newer one, on a fresh worker', () => {
    parser.parse(LOG, {}, (update) => updates.push(update));
    parser.parse('second', { strict: true }, (update) => updates.push(update));
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.requests).toEqual([{ id: 2, text: 'second', options: { strict: true } }]);
    workers[0]!.reply({ id: 1, type: 'done', result: { ok: false, errors: [] } });
    expect(updates).toEqual([]);
  });

  it('can start its worker ahead of the first parse, and then uses it', () => {
    parser.warm();
    parser.warm();
    expect(workers).toHaveLength(1);
    parser.parse(LOG, {}, (update) => updates.push(update));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests).toHaveLength(1);
  });

  it('says so when the worker fails', () => {
    parser.parse(LOG, {}, (update) => updates.push(update));
    workers[0]!.onerror?.({ message: 'out of memory', preventDefault: () => {} } as ErrorEvent);
    const done = updates.at(-1);
    expect(done?.type === 'done' && !done.result.ok && done.result.errors[0]?.message).toBe(
      'The log could not be read: out of memory.',
    );
  });

  it('parses on the page when there are no workers', () => {
    const onPage = new LogParser(() => null);
    onPage.parse(LOG, { strict: true }, (update) => updates.push(update));
    const done = updates.at(-1);
    expect(done?.type === 'done' && !done.result.ok && done.result.errors[0]?.line).toBe(3);
  });
});

describe('lineText', () => {
  it('finds a line by number, trimmed and cut', () => {
    expect(lineText('a\n  b  \nc', 2)).toBe('b');
    expect(lineText('a', 5)).toBe('');
    expect(lineText('x'.repeat(80), 1)).toBe(`${'x'.repeat(59)}…`);
  });
});
