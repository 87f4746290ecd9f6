/**
 * Test support: hand-written traces of client operations, one line per operation, such
 * as `op(1, 'n1', 'write', 'x', 5, [10, 20], 'ok')`.
 */
import type { RequestStatus, TraceEntry } from '@/sim/core/trace';

export interface OpSpec {
  readonly client: number;
  readonly node: string;
  readonly f: 'read' | 'write';
  readonly key: string;
  /** Written value (writes) or returned value (ok reads). */
  readonly value?: unknown;
  readonly call: number;
  /** null: still open. */
  readonly ret: number | null;
  readonly status?: RequestStatus;
  readonly reason?: string;
}

/** A trace in time order with an invoke and (unless open) a complete per operation. */
export function traceOf(specs: readonly OpSpec[]): TraceEntry[] {
  const entries: TraceEntry[] = [];
  specs.forEach((spec, i) => {
    const request = i + 1;
    const op =
      spec.f === 'write'
        ? { f: 'write', key: spec.key, value: spec.value }
        : { f: 'read', key: spec.key };
    entries.push({
      at: spec.call,
      type: 'invoke',
      node: spec.node,
      request,
      client: spec.client,
      op,
    });
    if (spec.ret === null) return;
    const status = spec.status ?? 'ok';
    entries.push({
      at: spec.ret,
      type: 'complete',
      node: spec.node,
      request,
      status,
      ...(spec.f === 'read' && status === 'ok' ? { value: spec.value ?? null } : {}),
      ...(spec.reason === undefined ? {} : { reason: spec.reason }),
    });
  });
  return entries.sort((a, b) => a.at - b.at);
}

/** Shorthands: a write or a read by `client` at `node` over [call, ret]. */
export const w = (
  client: number,
  node: string,
  key: string,
  value: number,
  call: number,
  ret: number | null,
  status?: RequestStatus,
): OpSpec => ({ client, node, f: 'write', key, value, call, ret, ...(status ? { status } : {}) });

export const r = (
  client: number,
  node: string,
  key: string,
  value: unknown,
  call: number,
  ret: number | null,
  status?: RequestStatus,
): OpSpec => ({ client, node, f: 'read', key, value, call, ret, ...(status ? { status } : {}) });
