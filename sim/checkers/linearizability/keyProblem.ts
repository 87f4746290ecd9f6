/**
 * A history compiled for the search: one register (key), its operations as flat typed
 * arrays, values interned to small integers. Splitting by key is sound because a set of
 * registers is linearizable iff each register is (Herlihy & Wing 1990, the locality property;
 * Horn & Kroening 2015, "Faster linearizability checking via P-compositionality").
 *
 * Operations that cannot constrain anything are left out here: failed operations (they
 * did not take effect) and reads whose outcome is unknown or failed.
 */
import type { History, Operation, Value } from './history';
import { assertNever } from '@/sim/core/assertNever';

/** What the search needs to know about an operation, as a small integer. */
export const OpKind = {
  /** ok read of `argA` */
  read: 0,
  /** ok write of `argA` */
  write: 1,
  /** write of `argA` with an unknown outcome */
  writeInfo: 2,
  /** ok cas that swapped `argA` for `argB` */
  casSwapped: 3,
  /** ok cas that found a value other than `argA` */
  casRefused: 4,
  /** cas `argA` → `argB` with an unknown outcome */
  casInfo: 5,
} as const;
export type OpKind = (typeof OpKind)[keyof typeof OpKind];

export interface KeyProblem {
  readonly key: string | null;
  /** The interned initial value. */
  readonly initState: number;
  readonly size: number;
  /** Index of each operation in `history.ops`. */
  readonly opIndex: Int32Array;
  readonly kind: Uint8Array;
  readonly argA: Int32Array;
  readonly argB: Int32Array;
  readonly call: Float64Array;
  /** Return time; +Infinity for an unknown outcome, which may take effect any time later. */
  readonly ret: Float64Array;
}

/** Interns values so the search compares integers. `1` and `"1"` stay distinct. */
export class ValueTable {
  private readonly idByJson = new Map<string, number>();

  idOf(value: Value): number {
    const json = JSON.stringify(value);
    let id = this.idByJson.get(json);
    if (id === undefined) {
      id = this.idByJson.size;
      this.idByJson.set(json, id);
    }
    return id;
  }
}

/**
 * Splits a history into one problem per key, in order of each key's first operation;
 * only the keys in `onlyKeys`, if given. Pure.
 */
export function buildKeyProblems(
  history: History,
  onlyKeys?: ReadonlySet<string | null>,
): KeyProblem[] {
  const values = new ValueTable();
  const indicesByKey = new Map<string | null, number[]>();
  history.ops.forEach((op, index) => {
    if (onlyKeys !== undefined && !onlyKeys.has(op.key)) return;
    let indices = indicesByKey.get(op.key);
    if (indices === undefined) {
      indices = [];
      indicesByKey.set(op.key, indices);
    }
    if (constrains(op)) indices.push(index);
  });
  return [...indicesByKey].map(([key, indices]) => compileKey(history, key, indices, values));
}

/** True if the operation can constrain a linearization. */
export function constrains(op: Operation): boolean {
  return op.status === 'ok' || (op.status === 'info' && op.f !== 'read');
}

function compileKey(
  history: History,
  key: string | null,
  indices: readonly number[],
  values: ValueTable,
): KeyProblem {
  const size = indices.length;
  const problem = {
    key,
    initState: values.idOf(history.init),
    size,
    opIndex: Int32Array.from(indices),
    kind: new Uint8Array(size),
    argA: new Int32Array(size),
    argB: new Int32Array(size),
    call: new Float64Array(size),
    ret: new Float64Array(size),
  };
  indices.forEach((opIndex, local) => {
    const op = history.ops[opIndex];
    if (op === undefined) return;
    problem.kind[local] = kindOf(op);
    problem.argA[local] = values.idOf(op.f === 'cas' ? op.value[0] : op.value);
    problem.argB[local] = op.f === 'cas' ? values.idOf(op.value[1]) : -1;
    problem.call[local] = op.call;
    problem.ret[local] = op.status === 'info' || op.return === null ? Infinity : op.return;
  });
  return problem;
}

function kindOf(op: Operation): OpKind {
  const unknown = op.status === 'info';
  switch (op.f) {
    case 'read':
      return OpKind.read;
    case 'write':
      return unknown ? OpKind.writeInfo : OpKind.write;
    case 'cas':
      if (unknown) return OpKind.casInfo;
      return op.result === true ? OpKind.casSwapped : OpKind.casRefused;
    default:
      return assertNever(op);
  }
}

/** The problem restricted to some of its operations (`locals`, ascending). Pure. */
export function selectOperations(problem: KeyProblem, locals: readonly number[]): KeyProblem {
  const pick = <T extends Int32Array | Uint8Array | Float64Array>(array: T, empty: T): T => {
    locals.forEach((local, position) => {
      empty[position] = array[local] ?? 0;
    });
    return empty;
  };
  const size = locals.length;
  return {
    key: problem.key,
    initState: problem.initState,
    size,
    opIndex: pick(problem.opIndex, new Int32Array(size)),
    kind: pick(problem.kind, new Uint8Array(size)),
    argA: pick(problem.argA, new Int32Array(size)),
    argB: pick(problem.argB, new Int32Array(size)),
    call: pick(problem.call, new Float64Array(size)),
    ret: pick(problem.ret, new Float64Array(size)),
  };
}
