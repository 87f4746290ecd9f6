/**
 * What a failure detector costs, counted from a run's trace: false suspicions (a node
 * suspected a peer that had not crashed: it was slow, cut off or merely unlucky), and,
 * for each crash, how long each surviving node took to suspect the crashed one.
 *
 * A survivor has detected a crash from the moment it began suspecting the crashed node
 * without a break since: a heartbeat still on the wire when the node crashed can land
 * later and withdraw an early suspicion, and then detection starts again. Pure.
 */
import type { NodeId } from '@/sim/core/ids';
import type { Micros } from '@/sim/core/time';
import { typeAt, type TraceReader } from '@/sim/core/trace';

export interface Detection {
  readonly observer: NodeId;
  /** From the crash to the start of the observer's lasting suspicion; null: not yet. */
  readonly delay: Micros | null;
}

export interface CrashDetection {
  readonly peer: NodeId;
  readonly crashedAt: Micros;
  /** When the peer came back, ending the count; null while it is still down. */
  readonly restartedAt: Micros | null;
  /** One per node that was up at the crash and has not crashed since, in node order. */
  readonly detections: readonly Detection[];
  /** The slowest observer's delay, once every observer has detected the crash; else null. */
  readonly maxDelay: Micros | null;
}

export interface DetectorMetrics {
  /** Every suspicion begun. */
  readonly suspicions: number;
  /** Suspicions of a peer that was up at that moment. */
  readonly falseSuspicions: number;
  /** One per crash, in order. */
  readonly crashes: readonly CrashDetection[];
}

interface OpenCrash {
  readonly peer: NodeId;
  readonly crashedAt: Micros;
  restartedAt: Micros | null;
  /** observer → since when it has suspected the peer without a break (null: not now). */
  readonly since: Map<NodeId, Micros | null>;
}

/** Counts over trace entries [0, end) of a run of `nodes`. */
export function detectorMetrics(
  trace: TraceReader,
  nodes: readonly NodeId[],
  end = trace.length,
): DetectorMetrics {
  const down = new Set<NodeId>();
  /** observer → peer → since when it has suspected the peer. */
  const suspecting = new Map<NodeId, Map<NodeId, Micros>>(nodes.map((id) => [id, new Map()]));
  const crashes: OpenCrash[] = [];
  const open = new Map<NodeId, OpenCrash>();
  let suspicions = 0;
  let falseSuspicions = 0;
  for (let i = 0; i < Math.min(end, trace.length); i++) {
    const type = typeAt(trace, i);
    if (type !== 'crash' && type !== 'restart' && type !== 'note') continue;
    const entry = trace.at(i)!;
    if (entry.type === 'crash') {
      if (down.has(entry.node)) continue;
      down.add(entry.node);
      suspecting.get(entry.node)?.clear();
      // A crashed observer no longer counts for any other crash.
      for (const other of open.values()) other.since.delete(entry.node);
      const since = new Map<NodeId, Micros | null>();
      for (const observer of nodes) {
        if (observer === entry.node || down.has(observer)) continue;
        const already = suspecting.get(observer)?.get(entry.node);
        since.set(observer, already === undefined ? null : entry.at);
      }
      const crash: OpenCrash = { peer: entry.node, crashedAt: entry.at, restartedAt: null, since };
      crashes.push(crash);
      open.set(entry.node, crash);
    } else if (entry.type === 'restart') {
      down.delete(entry.node);
      const crash = open.get(entry.node);
      if (crash) crash.restartedAt = entry.at;
      open.delete(entry.node);
    } else if (entry.type === 'note' && entry.peer !== undefined) {
      const { node: observer, peer, at } = entry;
      const crash = open.get(peer);
      if (entry.kind === 'suspect') {
        suspicions++;
        if (!down.has(peer)) falseSuspicions++;
        suspecting.get(observer)?.set(peer, at);
        if (crash?.since.has(observer) && crash.since.get(observer) === null)
          crash.since.set(observer, at);
      } else if (entry.kind === 'trust') {
        suspecting.get(observer)?.delete(peer);
        if (crash?.since.has(observer)) crash.since.set(observer, null);
      }
    }
  }
  return { suspicions, falseSuspicions, crashes: crashes.map(settle) };
}

function settle(crash: OpenCrash): CrashDetection {
  const detections = [...crash.since].map(([observer, since]) => ({
    observer,
    delay: since === null ? null : since - crash.crashedAt,
  }));
  const delays = detections.map((detection) => detection.delay);
  return {
    peer: crash.peer,
    crashedAt: crash.crashedAt,
    restartedAt: crash.restartedAt,
    detections,
    maxDelay:
      delays.length > 0 && delays.every((delay) => delay !== null)
        ? Math.max(...(delays as Micros[]))
        : null,
  };
}
