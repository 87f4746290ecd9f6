/**
 * What the space-time view reads: an event graph with its layout, the message copies
 * to draw as arrows, and downtime to draw as gaps. Two sources fill it: a live run
 * (liveData.ts, growing every frame) and a fixed graph (staticData.ts, e.g. an
 * imported ShiViz log).
 */
import type { CausalEvent } from '@/sim/checkers/causality';
import type { Downtime, MessageCopy } from '@/sim/checkers/causality/fromTrace';
import type { EventLayout } from './eventLayout';

/** 'time': positions are virtual µs. 'logical': positions are Lamport clocks. */
export type AxisKind = 'time' | 'logical';

export interface SpaceTimeData {
  readonly hosts: readonly string[];
  readonly events: readonly CausalEvent[];
  readonly layout: EventLayout;
  /** Every copy of every message, sorted by `sentAt` (in axis units). */
  readonly messages: readonly MessageCopy[];
  /**
   * Copies sent before the held stretch (their send is no held event) and on the wire at
   * its start, in order of message id: a live window draws them entering from its left
   * edge, to their receives, to where they were lost, or to the cursor while on the
   * wire. Absent or empty: every receive's send is held.
   */
  readonly inbound?: readonly MessageCopy[];
  /** The longest `end - sentAt` of any copy, in axis units: how far back arrows reach. */
  readonly longestFlight: number;
  readonly downtime: readonly Downtime[];
  readonly axis: AxisKind;
  /** Event ids sorted by position, or null when ids already are (a live run). */
  readonly order: ArrayLike<number> | null;
  /** Positions in `order`: sorted, for culling by binary search. */
  readonly sortedX: ArrayLike<number>;
  /** Whether copies may still be on the wire: a live run, drawn up to a cursor. */
  readonly live: boolean;
  /**
   * How many events of the run come before the first one held: a live run holds a
   * bounded stretch (liveData.ts). Absent or 0: every event is held.
   */
  readonly earlier?: number;
  /** Where the held stretch starts on the axis (0 or absent: at the start). */
  readonly heldFrom?: number;
  /** Event id → trace index, for data read from a trace (a choice outlives a rebuild by it). */
  readonly traceIndexOf?: readonly number[];
  /** Trace index → the held event of that entry, if any. */
  eventOfTrace?(index: number): number | undefined;
}

/**
 * What to emphasise, shared with ClusterView so hover and focus follow between the two:
 * a node (its lane) and a message (by its trace id).
 */
export type SpaceTimeHighlight = { readonly node?: string; readonly message?: number } | null;
