/**
 * The client operations a `cap` replica accepts and what a read returns: the
 * leaf of the scenario's vocabulary, which the replica states build on.
 */
import type { ClientOp } from '@/sim/core/commands';

/** A client operation this register understands. Values are whole numbers. */
export type RegisterOp =
  | { readonly f: 'read'; readonly key: string }
  | { readonly f: 'write'; readonly key: string; readonly value: number };

/**
 * What a read returns: the value, null for a register never written, or (with siblings)
 * the sorted values of every sibling.
 */
export type ReadValue = number | null | readonly number[];

/** Checks a client operation; a string says why it is not one. Pure. */
export function parseOp(op: ClientOp): RegisterOp | string {
  const key = op.key;
  if (typeof key !== 'string' || key === '') return 'an operation needs a key such as "x"';
  if (op.f === 'read') return { f: 'read', key };
  if (op.f !== 'write') return `unknown operation "${op.f}": use read or write`;
  const value = op.value;
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    return 'a write needs a whole-number value';
  return { f: 'write', key, value };
}

/** "write x=3" or "read x", for notes and reasons. Pure. */
export function describeOp(op: RegisterOp): string {
  return op.f === 'write' ? `write ${op.key}=${op.value}` : `read ${op.key}`;
}
