/**
 * A first-in-first-out queue of numbers that is never changed in place, for machine
 * contexts (snapshots are shared with views and checkpoints). It is kept in chunks of at
 * most CHUNK numbers, so a push copies one chunk and the list of chunks, not the whole
 * queue: an unbounded queue thousands deep still costs little per query.
 */

const CHUNK = 64;

export interface Fifo {
  readonly chunks: readonly (readonly number[])[];
  /** How many numbers of the first chunk were taken already. */
  readonly head: number;
  readonly length: number;
}

export const EMPTY_FIFO: Fifo = { chunks: [], head: 0, length: 0 };

/** The queue with `value` at the back. Pure. */
export function pushFifo(fifo: Fifo, value: number): Fifo {
  const chunks = fifo.chunks.slice();
  const last = chunks[chunks.length - 1];
  if (last && last.length < CHUNK) chunks[chunks.length - 1] = [...last, value];
  else chunks.push([value]);
  return { chunks, head: fifo.head, length: fifo.length + 1 };
}

/** The front of the queue, or undefined when it is empty. Pure. */
export function peekFifo(fifo: Fifo): number | undefined {
  return fifo.length === 0 ? undefined : fifo.chunks[0]![fifo.head];
}

/** The queue without its front. Pure. */
export function popFifo(fifo: Fifo): Fifo {
  if (fifo.length <= 1) return EMPTY_FIFO;
  const first = fifo.chunks[0]!;
  if (fifo.head + 1 < first.length)
    return { chunks: fifo.chunks, head: fifo.head + 1, length: fifo.length - 1 };
  return { chunks: fifo.chunks.slice(1), head: 0, length: fifo.length - 1 };
}
