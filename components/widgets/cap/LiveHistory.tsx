'use client';
/**
 * The run's client history, checked for linearizability as it grows (in a worker). The
 * history is rebuilt when the player publishes, but handed on only when an operation was
 * added or finished, so the checker is not asked the same question twice. A seek back or
 * a restart shrinks it, which withdraws the verdict until the shorter history is checked.
 */
import { useMemo, useRef } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { useVerdict } from '@/components/player/useVerdict';
import { HistoryView } from '@/components/viz/history/HistoryView';
import { historyFromTrace } from '@/sim/checkers/history';
import type { History } from '@/sim/checkers/linearizability';

function signature(history: History): string {
  const finished = history.ops.filter((op) => op.return !== null).length;
  return `${history.ops.length}/${finished}`;
}

export function LiveHistory({
  store,
  snapshot,
  title,
}: {
  store: PlayerStore;
  snapshot: PlayerSnapshot;
  title: string;
}) {
  const last = useRef<{ key: string; history: History } | null>(null);
  const history = useMemo(() => {
    const fresh = historyFromTrace(store.sim.trace, store.sim.traceEnd);
    const key = signature(fresh);
    if (last.current?.key !== key) last.current = { key, history: fresh };
    return last.current.history;
  }, [store, snapshot.processed]); // eslint-disable-line react-hooks/exhaustive-deps
  const check = useVerdict(history);
  return <HistoryView history={history} check={check} title={title} until={snapshot.now} />;
}
