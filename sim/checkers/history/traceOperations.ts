/**
 * Client operations read back from a trace: each `invoke` paired with its `complete` by
 * request id. This is the one place that pairing lives; the linearizability history
 * (historyFromTrace.ts) and the CAP counters (capMetrics.ts) are both built on it.
 *
 * Process ids follow Jepsen's convention (Kingsbury, jepsen.generator): a process waits
 * for one operation at a time, and once an operation's outcome is unknown (`info`) the
 * process is retired, because that operation may still take effect at any later time.
 * The client's next operation runs as a fresh process. Here the fresh process of client c
 * is c + PROCESS_STRIDE, then c + 2·PROCESS_STRIDE, and so on, so a process id still
 * names its client and ids stay stable as the trace grows. A client that invokes while
 * its previous operation is still open (possible with hand-made commands) also gets a
 * fresh process, so that no process ever has two operations in flight.
 */
import type { NodeId } from '@/sim/core/ids';
import type { Micros } from '@/sim/core/time';
import { typeAt, type RequestStatus, type TraceReader } from '@/sim/core/trace';

/** Added to a client's process id each time one of its operations ends unknown. */
export const PROCESS_STRIDE = 1000;

export interface TracedOperation {
  /** The engine's request id. */
  readonly request: number;
  readonly client: number;
  readonly process: number;
  /** The node the client called. */
  readonly node: NodeId;
  readonly f: string;
  readonly key: string | null;
  /** What the operation carried, such as the value a write writes. */
  readonly argument: unknown;
  readonly call: Micros;
  /** When it completed; null if it is still open at the end of the trace read. */
  readonly return: Micros | null;
  /** An operation still open at the end is `info`: its outcome is not known. */
  readonly status: RequestStatus;
  /** What the reply carried, such as the value a read returned. */
  readonly result: unknown;
  readonly reason?: string;
}

interface ClientProcess {
  readonly process: number;
  /** Whether the process's last operation is still open or ended `info`. */
  blocked: boolean;
}

/** Every client operation invoked in `trace[0, end)`, in invocation order. Pure. */
export function traceOperations(trace: TraceReader, end = trace.length): TracedOperation[] {
  const operations: TracedOperation[] = [];
  const byRequest = new Map<number, number>();
  const processes = new Map<number, ClientProcess>();
  const processOf = new Map<number, ClientProcess>();
  for (let i = 0; i < Math.min(end, trace.length); i++) {
    // Only client entries matter: skip the rest without building them.
    const type = typeAt(trace, i);
    if (type !== 'invoke' && type !== 'complete') continue;
    const entry = trace.at(i)!;
    if (entry.type === 'invoke') {
      let current = processes.get(entry.client);
      if (!current) current = { process: entry.client, blocked: false };
      else if (current.blocked)
        current = { process: current.process + PROCESS_STRIDE, blocked: false };
      current.blocked = true; // open until its completion says otherwise
      processes.set(entry.client, current);
      processOf.set(entry.request, current);
      byRequest.set(entry.request, operations.length);
      operations.push({
        request: entry.request,
        client: entry.client,
        process: current.process,
        node: entry.node,
        f: entry.op.f,
        key: entry.op.key ?? null,
        argument: entry.op.value,
        call: entry.at,
        return: null,
        status: 'info',
        result: undefined,
      });
    } else if (entry.type === 'complete') {
      const index = byRequest.get(entry.request);
      if (index === undefined) continue;
      const open = operations[index]!;
      operations[index] = {
        ...open,
        return: entry.at,
        status: entry.status,
        result: entry.value,
        ...(entry.reason === undefined ? {} : { reason: entry.reason }),
      };
      // A process whose client has already moved on to a fresh one stays retired.
      const owner = processOf.get(entry.request)!;
      if (processes.get(open.client) === owner) owner.blocked = entry.status === 'info';
    }
  }
  return operations;
}
