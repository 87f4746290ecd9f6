/**
 * Finds the `send` entry of a message id in O(1). Message ids are handed out in order and
 * each is traced at once, so the index grows by scanning only new trace entries. If the
 * trace shrinks (a fork), the index is rebuilt.
 */
import type { TraceEntry, TraceReader } from '@/sim/core';

type SendEntry = Extract<TraceEntry, { type: 'send' }>;

export class SendIndex {
  private positions: number[] = [];
  private scanned = 0;

  find(trace: TraceReader, id: number): SendEntry | undefined {
    if (trace.length < this.scanned) {
      this.positions = [];
      this.scanned = 0;
    }
    for (; this.scanned < trace.length; this.scanned++) {
      const entry = trace.at(this.scanned)!;
      if (entry.type === 'send') this.positions[entry.id] = this.scanned;
    }
    const position = this.positions[id];
    const entry = position === undefined ? undefined : trace.at(position);
    return entry?.type === 'send' && entry.id === id ? entry : undefined;
  }
}
