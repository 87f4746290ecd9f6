/**
 * Protocol timing, derived from the mean network latency so the protocols stay sane when
 * a learner drags the latency slider: Raft needs broadcastTime ≪ electionTimeout ≪ MTBF
 * (Ongaro & Ousterhout 2014, "In Search of an Understandable Consensus Algorithm", §5.6).
 *
 * At the default 100 ms mean (messages take 50–150 ms), a leader heartbeats every 300 ms,
 * followers time out after 0.8–2.8 s of silence, a leader that has not heard from a
 * majority for 1 s steps down, and AP replicas gossip once a second. A partition drawn
 * at 2 s therefore shows refusals, a new election and a heal within a few seconds.
 *
 * The random part of the election timeout is what keeps votes from splitting (§5.2): two
 * nodes collide when the second times out before the first one's poll reaches it, one
 * message delay, so the chance of a split grows with delay ÷ spread. The paper measured
 * 150–300 ms timeouts, a spread of 150 ms, on a cluster whose broadcast time was about
 * 15 ms (§9.3, Figure 16): ten round trips. The spread here is the same ten round trips,
 * 20 mean delays. It matters most to a 3-of-5 majority cut off from its leader, which
 * needs all three of its votes: with a spread of 10 (1–2 s) its elections split about one
 * time in five, and some seeds went through the lesson's five-second cut without a
 * leader; with 20, about one time in ten (cpElection.property.test.ts).
 *
 * The shortest timeout only has to outlast the longest silence a healthy leader leaves
 * between heartbeats, a heartbeat interval plus the latency's spread (4 mean delays);
 * 8 is twice that, and keeps the first election at about 1.5 s despite the wider spread.
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
    electionMin: 8 * unit,
    // Ten mean round trips, as 150–300 ms timeouts spread over ten 15 ms broadcasts (§9.3).
    electionJitter: 20 * unit,
    quorumCheck: 10 * unit,
    gossip: 10 * unit,
  };
}
