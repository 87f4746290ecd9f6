import type { ParsedEvent, ShiVizError } from './shivizTypes';

export type CausalOrder =
  | { readonly ok: true; readonly order: number[] }
  | { readonly ok: false; readonly error: ShiVizError };

/**
 * Orders entries so each comes after its host predecessor and its senders. Pure.
 *
 * A merged GoVector log is often one host's file after another, so a receive can
 * come before its send in the text. This is a depth-first topological sort that
 * visits entries in text order, so an already causal text keeps its order. It is
 * iterative, so a 10,000-event chain cannot overflow the stack, and it reports a
 * cycle (clocks that make an event happen before itself) instead of looping.
 */
export function orderCausally(
  entries: readonly ParsedEvent[],
  timelines: readonly number[][],
  parentsOf: readonly (readonly number[])[],
): CausalOrder {
  const previousOf = new Int32Array(entries.length).fill(-1);
  for (const timeline of timelines) {
    for (let position = 1; position < timeline.length; position++) {
      previousOf[timeline[position] ?? 0] = timeline[position - 1] ?? -1;
    }
  }

  const open = 1;
  const done = 2;
  const state = new Uint8Array(entries.length);
  const order: number[] = [];
  for (let root = 0; root < entries.length; root++) {
    const stack = [root];
    while (stack.length > 0) {
      const index = stack[stack.length - 1] ?? 0;
      if (state[index] === done) {
        stack.pop();
      } else if (state[index] === open) {
        state[index] = done;
        order.push(index);
        stack.pop();
      } else {
        state[index] = open;
        // Push the senders first so the host predecessor is visited first.
        for (const dependency of [...(parentsOf[index] ?? []), previousOf[index] ?? -1]) {
          if (dependency < 0 || state[dependency] === done) continue;
          if (state[dependency] === open) {
            return { ok: false, error: cycleError(entries[dependency]) };
          }
          stack.push(dependency);
        }
      }
    }
  }
  return { ok: true, order };
}

function cycleError(entry: ParsedEvent | undefined): ShiVizError {
  return {
    line: entry?.clockLine ?? 0,
    field: 'log',
    message: 'The vector clocks are cyclic: this event would have to happen before itself.',
  };
}
