/**
 * Each lane's clocks after its last event: its vector clock, its Lamport clock, and the
 * position and rank of that event along the axis. One event's step is the only place
 * the clock rules are applied (Lamport 1978, IR1 and IR2; Fidge 1988 and Mattern 1989):
 * EventLayout steps its lanes for every event it lays out, and ClockTracker steps its
 * own for every event it reads, so a window's seed and a whole run's layout cannot
 * disagree about a rule.
 *
 * The vector clocks are one flat Int32Array, lane after lane, `width` entries each
 * (width = lanes: a lane names every lane).
 */
export class LaneClocks {
  /** How many lanes, and entries per vector clock. */
  width: number;
  /** Vector clocks, lane after lane, `width` entries each. */
  clocks: Int32Array;
  lamport: Int32Array;
  /** Position of each lane's last event (NaN before its first). */
  lastX: Float64Array;
  /** Rank of each lane's last event among those at its position. */
  rank: Int32Array;

  constructor(lanes = 0) {
    this.width = lanes;
    this.clocks = new Int32Array(lanes * lanes);
    this.lamport = new Int32Array(lanes);
    this.lastX = new Float64Array(lanes).fill(NaN);
    this.rank = new Int32Array(lanes);
  }

  clone(): LaneClocks {
    const copy = new LaneClocks();
    copy.width = this.width;
    copy.clocks = this.clocks.slice();
    copy.lamport = this.lamport.slice();
    copy.lastX = this.lastX.slice();
    copy.rank = this.rank.slice();
    return copy;
  }

  /** Makes room for `lanes` lanes (new ones have seen nothing). O(lanes²). */
  widen(lanes: number): void {
    const old = this.width;
    if (lanes <= old) return;
    const clocks = new Int32Array(lanes * lanes);
    for (let lane = 0; lane < old; lane++)
      clocks.set(this.clocks.subarray(lane * old, lane * old + old), lane * lanes);
    this.clocks = clocks;
    this.lamport = widened(this.lamport, new Int32Array(lanes));
    this.lastX = widened(this.lastX, new Float64Array(lanes).fill(NaN));
    this.rank = widened(this.rank, new Int32Array(lanes));
    this.width = lanes;
  }

  /** Entry `h` of `lane`'s vector clock. O(1). */
  entry(lane: number, h: number): number {
    return lane < this.width && h < this.width ? this.clocks[lane * this.width + h]! : 0;
  }

  /** `lane`'s vector clock (a copy). O(lanes). */
  row(lane: number): Int32Array {
    return this.clocks.slice(lane * this.width, lane * this.width + this.width);
  }

  /** Makes `lane`'s clocks those of `source`'s lane `from` (same width or narrower). */
  copyLane(lane: number, source: LaneClocks, from: number): void {
    const n = Math.min(this.width, source.width);
    const at = lane * this.width;
    this.clocks.fill(0, at, at + this.width);
    this.clocks.set(source.clocks.subarray(from * source.width, from * source.width + n), at);
    this.lamport[lane] = source.lamport[from]!;
    this.lastX[lane] = source.lastX[from]!;
    this.rank[lane] = source.rank[from]!;
  }

  /**
   * Merges into `lane`'s clocks those of one more send that the lane's next event
   * receives, for an event that receives several messages at once: call it for each
   * but one, then `step` with the last. O(lanes).
   */
  absorb(lane: number, sent: Int32Array, sentAt: number, sentLength: number, lamport: number) {
    const width = this.width;
    const clocks = this.clocks;
    const at = lane * width;
    const n = Math.min(width, sentLength);
    for (let h = 0; h < n; h++)
      if (sent[sentAt + h]! > clocks[at + h]!) clocks[at + h] = sent[sentAt + h]!;
    if (lamport > this.lamport[lane]!) this.lamport[lane] = lamport;
  }

  /**
   * The next event on `lane`, at position `x` (null: its Lamport clock), after
   * receiving a send whose vector clock is `sent[sentAt, sentAt + sentLength)` and whose
   * Lamport clock is `sentLamport` (`sent` null for any other event). Merges the send's
   * clocks entry by entry, counts the lane's own entry up, sets the Lamport clock to one
   * past the larger, and ranks the event among those at its position. O(lanes).
   */
  step(
    lane: number,
    x: number | null,
    sent: Int32Array | null,
    sentAt: number,
    sentLength: number,
    sentLamport: number,
  ): void {
    const width = this.width;
    const clocks = this.clocks;
    const at = lane * width;
    let lamport = this.lamport[lane]!;
    if (sent !== null) {
      const n = Math.min(width, sentLength);
      for (let h = 0; h < n; h++)
        if (sent[sentAt + h]! > clocks[at + h]!) clocks[at + h] = sent[sentAt + h]!;
      if (sentLamport > lamport) lamport = sentLamport;
    }
    clocks[at + lane]!++;
    lamport++;
    this.lamport[lane] = lamport;
    const position = x ?? lamport;
    this.rank[lane] = this.lastX[lane] === position ? this.rank[lane]! + 1 : 0;
    this.lastX[lane] = position;
  }
}

function widened<T extends Int32Array | Float64Array>(column: T, next: T): T {
  next.set(column);
  return next;
}
