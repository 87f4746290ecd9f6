/**
 * Fail-over: when the front end stops trusting a machine, the sub-queries it still owes
 * go to another live replica of the same partition, the least loaded, so a query caught
 * by a crash can still be answered in full before its deadline. With one replica there
 * is nowhere to go, and the query waits for its deadline as before.
 */
import { effects, type Effect } from '@/sim/core/node';
import { costOf, type FrontEndState } from './frontEndState';
import { allPending, putPending, type PendingTable } from './pendingTable';
import { replicasOf } from './params';

/** Re-sends what machine `m` owes. Pure. */
export function failOver(
  state: FrontEndState,
  m: number,
): readonly [FrontEndState, readonly Effect[]] {
  const out: Effect[] = [];
  const outstanding = state.outstanding.slice();
  let pending: PendingTable | null = null;
  for (const query of allPending(state.pending)) {
    const p = query.awaiting.indexOf(m);
    if (p < 0) continue;
    const live = replicasOf(state.layout, p).filter((r) => !state.suspected[r]);
    if (live.length === 0) continue;
    const to = live.reduce((best, r) => (outstanding[r]! < outstanding[best]! ? r : best));
    const awaiting = query.awaiting.slice();
    awaiting[p] = to;
    outstanding[m]!--;
    outstanding[to]!++;
    pending = putPending(pending ?? state.pending, { ...query, awaiting });
    out.push(
      effects.send(state.machines[to]!, {
        type: 'query',
        q: query.q,
        cost: costOf(query.seed, p),
      }),
    );
  }
  return pending ? [{ ...state, outstanding, pending }, out] : [state, out];
}
