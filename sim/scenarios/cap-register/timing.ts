/**
 * Protocol timing, derived from the mean network latency so the protocols stay sane when
 * a learner drags the latency slider: Raft needs broadcastTime ≪ electionTimeout ≪ MTBF
 * (Ongaro & Ousterhout 2014, "In Search of an Understandable Consensus Algorithm", §5.6).
 *
 * At the default 100 ms mean (messages take 50–150 ms), a leader heartbeats every 300 ms,
 * followers time out after 1–2 s of silence, a leader that has not heard from a
 * majority for 1 s steps down, and AP replicas gossip once a second. A partition drawn
 * at 2 s therefore shows refusals, a new election and a heal within a few seconds.
 */
import { US_PER_MS, type Micros } from '@/sim/core/time';

export interface Timing {
  /** How often a Raft leader sends AppendEntries when it has nothing new. */
  readonly heartbeat: Micros;
  /** The shortest election timeout; each follower adds a random part up to `electionJitter`. */
  readonly electionMin: Micros;
  readonly electionJitter: Micros;
  /** How often a leader checks that a majority still answers it (CheckQuorum). */
  readonly quorumCheck: Micros;
  /** How often an AP replica pushes its store to one peer (anti-entropy). */
  readonly gossip: Micros;
}

/** Below this mean latency the timers stop shrinking, so a 1 ms network does not flood the run. */
const UNIT_MIN: Micros = 20 * US_PER_MS;

/** Timing for a network whose mean one-way latency is `mean`. Pure. */
export function timingFor(mean: Micros): Timing {
  const unit = Math.max(UNIT_MIN, Math.round(mean));
  return {
    heartbeat: 3 * unit,
    electionMin: 10 * unit,
    electionJitter: 10 * unit,
    quorumCheck: 10 * unit,
    gossip: 10 * unit,
  };
}
