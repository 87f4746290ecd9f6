/**
 * The front end's failure detector: machines heartbeat it every HEARTBEAT, and it stops
 * sending to a machine silent for three heartbeats plus the time a message may take
 * (four mean latencies, past the slowest a healthy link delivers). It is what lets a
 * replicated layout route around a crashed machine, and a restarted machine back in.
 */
import { US_PER_MS, type Micros } from '@/sim/core/time';

export const HEARTBEAT: Micros = 50 * US_PER_MS;

/** How long a machine may be silent before the front end skips it. Pure. */
export function suspectAfter(latency: Micros): Micros {
  return 3 * HEARTBEAT + 4 * latency;
}

/** Every heartbeat is the same message: one frozen body, shared. */
export const HEARTBEAT_BODY = Object.freeze({ type: 'heartbeat' });
