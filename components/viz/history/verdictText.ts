/**
 * The words and marks of the verdict line, from the check's state. Pure functions, so
 * what the view says is tested without a DOM.
 */
import type { VerdictState } from '@/components/player/verdictState';
import type { Verdict } from '@/sim/checkers/linearizability';

export function verdictSentence(verdict: Verdict, count: number): string {
  if (verdict.linearizable === true) return `Linearizable: all ${count} operations fit one order.`;
  if (verdict.linearizable === 'unknown') return `Could not decide: ${verdict.reason}`;
  return `Not linearizable. ${verdict.explanation}`;
}

/**
 * What the view says about a history of `count` operations (null: not read yet). Never a
 * verdict about another history. Pure.
 */
export function verdictText(state: VerdictState, count: number | null): string {
  if (count === 0 || state.status === 'idle') return 'No operations yet.';
  switch (state.status) {
    case 'checking': {
      if (count === null) return 'Reading the history…';
      // While a growing history is re-checked, what was found about its first operations
      // still holds: a violation stays one, and an order of a prefix is said as such.
      const previous = state.previous;
      if (previous?.verdict.linearizable === true)
        return `Linearizable: the first ${previous.count} of ${count} operations fit one order.`;
      if (previous?.verdict.linearizable === false)
        return verdictSentence(previous.verdict, previous.count);
      return `Checking ${count} operations…`;
    }
    case 'done':
      return verdictSentence(state.checked.verdict, state.checked.count);
    case 'failed':
      return `Could not decide: ${state.reason}`;
    case 'cancelled':
      return 'Not checked: the check was cancelled.';
  }
}

/** `data-verdict` for styling and tests: pending, true, false or unknown. Pure. */
export function verdictStatus(state: VerdictState): string {
  if (state.status === 'done') return String(state.checked.verdict.linearizable);
  if (state.status === 'checking' && state.previous)
    return String(state.previous.verdict.linearizable);
  if (state.status === 'failed' || state.status === 'cancelled') return 'unknown';
  return 'pending';
}

/** The operations to highlight: those of a violation that is still true of this history. */
export function highlightedOps(state: VerdictState): readonly number[] {
  const verdict =
    state.status === 'done'
      ? state.checked.verdict
      : state.status === 'checking'
        ? state.previous?.verdict
        : undefined;
  return verdict?.linearizable === false ? verdict.ops : [];
}
