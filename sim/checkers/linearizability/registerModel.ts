/**
 * The sequential specification of a register with compare-and-set, over interned values.
 * The plain `register` model is the same object without cas, so one step function
 * serves both models (the parsers reject cas in a `register` history).
 */
import { OpKind } from './keyProblem';

/** Returned by `stepRegister` when the operation cannot happen in this state. */
export const ILLEGAL = -1;

/**
 * The state after applying one operation to a register holding `state`, or `ILLEGAL`.
 * An operation with an unknown outcome is always legal: placed where it would do
 * nothing, or last, it has no visible effect, which covers "it never happened". This is
 * Herlihy & Wing's (1990) treatment of pending invocations: each may be completed or
 * dropped. Pure.
 */
export function stepRegister(kind: number, argA: number, argB: number, state: number): number {
  switch (kind) {
    case OpKind.read:
      return state === argA ? state : ILLEGAL;
    case OpKind.write:
    case OpKind.writeInfo:
      return argA;
    case OpKind.casSwapped:
      return state === argA ? argB : ILLEGAL;
    case OpKind.casRefused:
      return state === argA ? ILLEGAL : state;
    case OpKind.casInfo:
      return state === argA ? argB : state;
    default:
      return ILLEGAL;
  }
}
