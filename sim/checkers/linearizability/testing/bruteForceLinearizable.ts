/**
 * The slowest possible linearizability check, as an oracle for property tests: try
 * every order of each key's operations that respects real time (Herlihy & Wing 1990's
 * definition, directly). Exponential; use on histories of a few operations. Written
 * independently of the real checker: it works on the parsed operations, not on
 * compiled problems, and has its own register semantics.
 */
import type { History, Operation, Value } from '../history';

/** Every order, the slow way: the oracle. Unknown outcomes may be left out. */
export function isLinearizableByBruteForce(history: History): boolean {
  const keys = new Set(history.ops.map((op) => op.key));
  return [...keys].every((key) => {
    const ops = history.ops.filter(
      (op) => op.key === key && (op.status === 'ok' || (op.status === 'info' && op.f !== 'read')),
    );
    const placed = ops.map(() => false);
    const ends = ops.map((op) => (op.status === 'ok' ? (op.return ?? Infinity) : Infinity));
    const search = (state: Value): boolean => {
      if (ops.every((op, i) => placed[i] || op.status !== 'ok')) return true;
      return ops.some((op, i) => {
        if (placed[i] || ops.some((_, j) => !placed[j] && j !== i && (ends[j] ?? 0) < op.call))
          return false;
        const next = apply(op, state);
        if (next === ILLEGAL) return false;
        placed[i] = true;
        const found = search(next);
        placed[i] = false;
        return found;
      });
    };
    return search(history.init);
  });
}

const ILLEGAL = Symbol('illegal');
function apply(op: Operation, state: Value): Value | typeof ILLEGAL {
  const unknown = op.status === 'info';
  switch (op.f) {
    case 'read':
      return state === op.value ? state : ILLEGAL;
    case 'write':
      return op.value;
    case 'cas':
      if (unknown) return state === op.value[0] ? op.value[1] : state;
      if (op.result === true) return state === op.value[0] ? op.value[1] : ILLEGAL;
      return state === op.value[0] ? ILLEGAL : state;
  }
}
