/**
 * The player's narrator: turns what the trace gained since it last looked into the lines
 * the polite live region reads (narration.ts), keeping the latest NARRATION_KEPT.
 */
import { type TraceReader, typeAt } from '@/sim/core';
import { groupBurst, narrate, UNSPOKEN } from './narration';

export const NARRATION_KEPT = 40;
/** A jump forwards over more entries than this is a jump, not something to read out. */
const LONGEST_SPOKEN = 5000;

export interface NarrationLine {
  readonly id: number;
  readonly text: string;
}

export class Narrator {
  /** The lines so far: a new array whenever they change, never an edited one. */
  lines: readonly NarrationLine[] = [];
  private lastId = 0;

  /** `narrated`: the trace entries before this index are not to be read out. */
  constructor(private narrated: number) {}

  /**
   * Reads out the entries from where it stopped to `end`. After a jump backwards, a long
   * jump forwards, or a `jumped` move (a seek, a step back), it says nothing stale.
   */
  collect(trace: TraceReader, end: number, jumped: boolean): void {
    if (jumped || end < this.narrated || end - this.narrated > LONGEST_SPOKEN) {
      this.narrated = end;
      return;
    }
    const added: { id: number; text: string; routine: boolean }[] = [];
    for (let i = this.narrated; i < end; i++) {
      if (UNSPOKEN.has(typeAt(trace, i))) continue;
      const entry = trace.at(i)!;
      const text = narrate(entry);
      if (text !== null) added.push({ id: ++this.lastId, text, routine: entry.type === 'note' });
    }
    this.narrated = end;
    // A new array, never an edited one: React holds the old snapshot.
    const grouped = groupBurst(added, () => ++this.lastId);
    if (grouped.length > 0) this.lines = [...this.lines, ...grouped].slice(-NARRATION_KEPT);
  }
}
