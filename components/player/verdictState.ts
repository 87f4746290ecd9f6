/**
 * What the history view says about linearizability, as a pure reducer over what the
 * checker reports. Every check has an id; a report for any id but the current one is
 * dropped, so a slow answer about an earlier history can never be shown. A verdict is
 * kept while a new check runs only when the history grew (operations were added or
 * finished): it is still true of the operations it counted, and it is shown with that
 * count. Any other change withdraws it at once.
 */
import type { CheckProgress, History, Verdict } from '@/sim/checkers/linearizability';

/** A verdict and how many operations it covers. */
export interface Checked {
  readonly verdict: Verdict;
  readonly count: number;
}

export type VerdictState =
  | { readonly status: 'idle' }
  | {
      readonly status: 'checking';
      readonly id: number;
      readonly progress: CheckProgress | null;
      /** The verdict on a shorter version of this history, or null. */
      readonly previous: Checked | null;
      /** Checks from this id on were of shorter versions of this history. */
      readonly grownFrom: number;
    }
  | { readonly status: 'done'; readonly id: number; readonly checked: Checked }
  | { readonly status: 'failed'; readonly id: number; readonly reason: string }
  | { readonly status: 'cancelled'; readonly id: number };

export type VerdictEvent =
  /** A check began; `grew`: the history only grew since the last one. */
  | { readonly type: 'start'; readonly id: number; readonly grew: boolean }
  | { readonly type: 'progress'; readonly id: number; readonly progress: CheckProgress }
  | {
      readonly type: 'verdict';
      readonly id: number;
      readonly verdict: Verdict;
      /** How many operations the checked history had. */
      readonly count: number;
    }
  | { readonly type: 'failed'; readonly id: number; readonly reason: string }
  | { readonly type: 'cancel' }
  | { readonly type: 'clear' };

export const IDLE: VerdictState = { status: 'idle' };

/** The latest verdict still true of the history, if one exists. Pure. */
function lastChecked(state: VerdictState): Checked | null {
  if (state.status === 'done') return state.checked;
  if (state.status === 'checking') return state.previous;
  return null;
}

function currentId(state: VerdictState): number | null {
  return state.status === 'idle' ? null : state.id;
}

/** The next state. Pure; reports for a check other than the current one change nothing. */
export function reduceVerdict(state: VerdictState, event: VerdictEvent): VerdictState {
  switch (event.type) {
    case 'start':
      return {
        status: 'checking',
        id: event.id,
        progress: null,
        previous: event.grew ? lastChecked(state) : null,
        grownFrom: event.grew && state.status === 'checking' ? state.grownFrom : event.id,
      };
    case 'progress':
      if (state.status !== 'checking' || state.id !== event.id) return state;
      return { ...state, progress: event.progress };
    case 'verdict': {
      if (state.status !== 'checking' || event.id < state.grownFrom || event.id > state.id)
        return state;
      const checked = { verdict: event.verdict, count: event.count };
      // An answer about a shorter version of a growing history is still true of it.
      if (event.id < state.id) return { ...state, previous: checked };
      return { status: 'done', id: event.id, checked };
    }
    case 'failed':
      if (state.status !== 'checking' || state.id !== event.id) return state;
      return { status: 'failed', id: event.id, reason: event.reason };
    case 'cancel':
      if (state.status !== 'checking') return state;
      return { status: 'cancelled', id: currentId(state) ?? 0 };
    case 'clear':
      return IDLE;
  }
}

function sameCall(a: History['ops'][number], b: History['ops'][number]): boolean {
  return a.process === b.process && a.key === b.key && a.f === b.f && a.call === b.call;
}

/**
 * True if `next` is `previous` with operations added at the end or finished (a return
 * where there was none): every verdict about `previous` still holds of those operations.
 * Pure; O(operations).
 */
export function isGrowthOf(previous: History, next: History): boolean {
  if (previous.model !== next.model || previous.init !== next.init) return false;
  if (next.ops.length < previous.ops.length) return false;
  for (let i = 0; i < previous.ops.length; i++) {
    const before = previous.ops[i]!;
    const after = next.ops[i]!;
    if (before === after) continue;
    if (!sameCall(before, after)) return false;
    const finished = before.return === null && before.status !== 'ok';
    if (!finished && JSON.stringify(before) !== JSON.stringify(after)) return false;
  }
  return true;
}
