import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '@/sim/core';
import { NARRATION_KEPT, Narrator } from './narrator';

const crash = (node: string): TraceEntry => ({ at: 1, type: 'crash', node });
const deliver: TraceEntry = { at: 1, type: 'deliver', id: 1, from: 'n1', to: 'n2' };
const suspect = (peer: string): TraceEntry => ({
  at: 1,
  type: 'note',
  node: 'n1',
  kind: 'suspect',
  text: `n1 suspects ${peer}`,
  peer,
});

function texts(narrator: Narrator) {
  return narrator.lines.map((line) => line.text);
}

describe('Narrator', () => {
  it('reads out what the trace gained, skipping routine traffic, in a new array', () => {
    const trace: TraceEntry[] = [crash('n1')];
    const narrator = new Narrator(1);
    trace.push(deliver, crash('n2'));
    const before = narrator.lines;
    narrator.collect(trace, 3, false);
    expect(texts(narrator)).toEqual(['n2 crashed']);
    expect(narrator.lines).not.toBe(before);
    const same = narrator.lines;
    narrator.collect(trace, 3, false);
    expect(narrator.lines).toBe(same);
  });

  it('says nothing of a jump, backwards, or far forwards', () => {
    const trace: TraceEntry[] = Array.from({ length: 6000 }, (_, i) => crash(`n${i}`));
    const narrator = new Narrator(0);
    narrator.collect(trace, 2, true);
    expect(narrator.lines).toEqual([]);
    narrator.collect(trace, 1, false);
    expect(narrator.lines).toEqual([]);
    narrator.collect(trace, 5_500, false);
    expect(narrator.lines).toEqual([]);
    narrator.collect(trace, 5_501, false);
    expect(texts(narrator)).toEqual(['n5500 crashed']);
  });

  it('merges a burst of suspicion into one line and keeps the latest lines only', () => {
    const trace: TraceEntry[] = [crash('n9'), suspect('n2'), suspect('n3'), suspect('n4')];
    const narrator = new Narrator(0);
    narrator.collect(trace, trace.length, false);
    expect(texts(narrator)).toEqual([
      'n9 crashed',
      'n1 suspects n2; n1 suspects n3; n1 suspects n4',
    ]);
    for (let i = 0; i < NARRATION_KEPT; i++) {
      trace.push(crash(`m${i}`));
      narrator.collect(trace, trace.length, false);
    }
    expect(narrator.lines).toHaveLength(NARRATION_KEPT);
    expect(texts(narrator).at(-1)).toBe(`m${NARRATION_KEPT - 1} crashed`);
    expect(new Set(narrator.lines.map((line) => line.id)).size).toBe(NARRATION_KEPT);
  });
});
