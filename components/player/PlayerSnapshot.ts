/** What views render from a PlayerStore: one immutable snapshot per publish. */
import type { Command, InFlight, Micros, NetworkState, NodeView } from '@/sim/core';
import type { SeekProgress } from './seekAhead';

export interface PlayerSnapshot {
  readonly now: Micros;
  /** The furthest time this run has reached: the scrubber's range. */
  readonly horizon: Micros;
  readonly playing: boolean;
  readonly speed: number;
  readonly nodes: readonly NodeView[];
  readonly network: NetworkState;
  readonly commands: readonly Command[];
  /** Messages on the wire at `now`, oldest first. */
  readonly inflight: readonly InFlight[];
  readonly processed: number;
  /** Trace entries up to `now` (the trace may hold more: the known future). */
  readonly traceEnd: number;
  readonly narration: readonly { readonly id: number; readonly text: string }[];
  /**
   * Null while play keeps up with the chosen speed. Once it has not kept up for a while,
   * the speed it managed then (virtual ÷ wall time); kept until the speed changes.
   */
  readonly slowdown: number | null;
  /** A seek far ahead going on in slices (seekAhead.ts), or null. */
  readonly seeking: SeekProgress | null;
  /** Why the run stopped short: its longest time or its memory bound was reached. */
  readonly limit: string | null;
}
