/**
 * Generators of large register histories, for tests and measurements of how the checker
 * and the history view cope with size: building them is cheaper than storing files of
 * several megabytes. Deterministic (the overlapping one takes a seed). Pure.
 */
import type { History, Operation } from '../history';
import { read, write } from '../operationBuilders';
import { createRng, nextFloat } from '@/sim/core/rng';

/**
 * `count` operations by one client, one after another on key "x": write 1, read 1,
 * write 2, read 2, … Linearizable, unless `staleReadAt` names an operation index (a
 * read, so odd): that read returns the value before the last write, which no order
 * allows. Pure.
 */
export function sequentialHistory(count: number, staleReadAt?: number): History {
  const ops: Operation[] = [];
  for (let i = 0; i < count; i++) {
    const value = Math.floor(i / 2) + 1;
    const call = i * 10;
    ops.push(
      i % 2 === 0
        ? write(1, value, call, call + 5, { key: 'x' })
        : read(1, i === staleReadAt ? value - 1 : value, call, call + 5, { key: 'x' }),
    );
  }
  return { model: 'register', init: 0, ops };
}

/**
 * `count` operations by `clients` clients on key "x", each client calling its next
 * operation as soon as the last returned, with intervals long enough that every
 * operation overlaps dozens of others. Each operation takes effect at one instant inside
 * its interval (reads return the value at that instant), so the history is
 * linearizable; the checker must still work through the overlaps to prove it. Pure.
 */
export function overlappingHistory(count: number, clients: number, seed = 1): History {
  const rng = createRng(seed);
  const ops: Operation[] = [];
  // Instant k (k = 0, 1, …) belongs to client k % clients. Each operation is called just
  // after its client's previous one returned, and returns at a random point before the
  // client's next instant, so a client's own operations never overlap.
  const spacing = 10;
  const lastReturn = new Array<number>(clients).fill(-1);
  let value = 0;
  for (let k = 0; k < count; k++) {
    const process = k % clients;
    const instant = k * spacing;
    const call = (lastReturn[process] ?? -1) + 1;
    const ret = instant + 1 + Math.floor(nextFloat(rng) * (clients * spacing - 2));
    lastReturn[process] = ret;
    if (nextFloat(rng) < 0.5) {
      value += 1;
      ops.push(write(process, value, call, ret, { key: 'x' }));
    } else {
      ops.push(read(process, value, call, ret, { key: 'x' }));
    }
  }
  return { model: 'register', init: 0, ops };
}
