/**
 * The trace: one append-only list of everything that happened, in the order it happened.
 * Views and checkers read the trace (and the current snapshot), never node internals.
 */
import type { ClientOp } from './commands';
import type { NodeId } from './ids';
import type { ParamValue } from './params';
import type { Micros } from './time';

/** A message body. `type` names the message, as in Maelstrom's envelopes; the rest is payload. */
export interface MessageBody {
  readonly type: string;
  readonly [field: string]: unknown;
}

export type DropReason = 'loss' | 'partition' | 'crashed' | 'command';
export type RequestStatus = 'ok' | 'fail' | 'info';

export type TraceEntry =
  | {
      readonly at: Micros;
      readonly type: 'send';
      readonly id: number;
      readonly from: NodeId;
      readonly to: NodeId;
      readonly body: MessageBody;
      /** When it would arrive if nothing stops it. */
      readonly deliverAt: Micros;
      /** Set on the second copy of a duplicated message. */
      readonly dupOf?: number;
    }
  | {
      readonly at: Micros;
      readonly type: 'deliver';
      readonly id: number;
      readonly from: NodeId;
      readonly to: NodeId;
    }
  | {
      readonly at: Micros;
      readonly type: 'drop';
      readonly id: number;
      readonly from: NodeId;
      readonly to: NodeId;
      readonly reason: DropReason;
    }
  | {
      readonly at: Micros;
      readonly type: 'timer';
      readonly node: NodeId;
      readonly name: string;
      readonly key?: string;
    }
  | {
      readonly at: Micros;
      readonly type: 'state';
      readonly node: NodeId;
      readonly from: string;
      readonly to: string;
    }
  | {
      readonly at: Micros;
      readonly type: 'note';
      readonly node: NodeId;
      readonly kind: string;
      readonly text: string;
      readonly peer?: NodeId;
    }
  | {
      readonly at: Micros;
      readonly type: 'invoke';
      readonly node: NodeId;
      readonly request: number;
      readonly client: number;
      readonly op: ClientOp;
    }
  | {
      readonly at: Micros;
      readonly type: 'complete';
      readonly node: NodeId;
      readonly request: number;
      readonly status: RequestStatus;
      readonly value?: unknown;
      readonly reason?: string;
    }
  | { readonly at: Micros; readonly type: 'crash'; readonly node: NodeId }
  | { readonly at: Micros; readonly type: 'restart'; readonly node: NodeId }
  | {
      readonly at: Micros;
      readonly type: 'partition';
      readonly groups: readonly (readonly NodeId[])[];
    }
  | { readonly at: Micros; readonly type: 'block'; readonly from: NodeId; readonly to: NodeId }
  | { readonly at: Micros; readonly type: 'heal' }
  | { readonly at: Micros; readonly type: 'slow'; readonly node: NodeId; readonly factor: number }
  | {
      readonly at: Micros;
      readonly type: 'param';
      readonly name: string;
      readonly value: ParamValue;
    };

export type TraceType = TraceEntry['type'];

/**
 * Read access to a trace: a plain array of entries (tests, examples, a parsed log) or the
 * engine's columnar `Trace` (sim/core/traceStore.ts). Entries may be built on each read,
 * so compare them by value, never by identity.
 */
export interface TraceReader {
  readonly length: number;
  at(index: number): TraceEntry | undefined;
  /** The type of entry `index` without building it, when the store can tell cheaply. */
  typeAt?(index: number): TraceType;
}

/** The type of entry `index` (in range), from `typeAt` when there is one. */
export function typeAt(trace: TraceReader, index: number): TraceType {
  return trace.typeAt ? trace.typeAt(index) : trace.at(index)!.type;
}

/** How many entries of each type. Pure. */
export function countTrace(trace: TraceReader, end = trace.length): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < end; i++) {
    const type = typeAt(trace, i);
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

/**
 * A stable 64-bit hash of the trace (as 16 hex digits), over the JSON of each entry.
 * Two runs with the same hash produced byte-identical traces. Pure.
 *
 * Two independent 32-bit FNV-1a lanes with different offsets; FNV-1a is from Fowler,
 * Noll and Vo (http://www.isthe.com/chongo/tech/comp/fnv/).
 */
export function hashTrace(trace: TraceReader, end = trace.length): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < end; i++) {
    const line = JSON.stringify(trace.at(i));
    for (let j = 0; j < line.length; j++) {
      const c = line.charCodeAt(j);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
    }
    h1 = Math.imul(h1 ^ 10, 0x01000193);
    h2 = Math.imul(h2 ^ 10, 0x01000193) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
