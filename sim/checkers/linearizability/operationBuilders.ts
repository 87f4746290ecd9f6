/**
 * Terse constructors for hand-written histories (tests, lesson scenarios):
 * `write(0, 1, 0, 5)` is process 0 writing 1 from t=0 to t=5.
 */
import type {
  CasOperation,
  History,
  Model,
  Operation,
  OpStatus,
  ReadOperation,
  Value,
  WriteOperation,
} from './history';

export interface OperationExtras {
  readonly status?: OpStatus;
  readonly key?: string | null;
}

/** A read by `process` over [call, ret] that returned `value`. Pure. */
export function read(
  process: number,
  value: Value,
  call: number,
  ret: number | null,
  extras: OperationExtras = {},
): ReadOperation {
  return { f: 'read', process, value, call, return: ret, ...withDefaults(extras) };
}

/** A write of `value`. Pure. */
export function write(
  process: number,
  value: Value,
  call: number,
  ret: number | null,
  extras: OperationExtras = {},
): WriteOperation {
  return { f: 'write', process, value, call, return: ret, ...withDefaults(extras) };
}

/** A compare-and-set from `fromTo[0]` to `fromTo[1]`; `result` true if it swapped. Pure. */
export function cas(
  process: number,
  fromTo: readonly [Value, Value],
  result: boolean | null,
  call: number,
  ret: number | null,
  extras: OperationExtras = {},
): CasOperation {
  return { f: 'cas', process, value: fromTo, result, call, return: ret, ...withDefaults(extras) };
}

/** A history over `ops`; by default a cas-register starting at null. Pure. */
export function historyOf(
  ops: readonly Operation[],
  options: { readonly model?: Model; readonly init?: Value } = {},
): History {
  return { model: options.model ?? 'cas-register', init: options.init ?? null, ops };
}

function withDefaults(extras: OperationExtras) {
  return { status: extras.status ?? 'ok', key: extras.key ?? null };
}
