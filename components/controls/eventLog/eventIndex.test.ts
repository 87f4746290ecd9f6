import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Command,
  defaultParams,
  Simulation,
  type TraceReader,
  US_PER_MS,
  US_PER_S,
} from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { narrate } from '@/components/player/narration';
import { EventIndex, logTime, logWindow, WINDOW } from './eventIndex';

const params = defaultParams(failureDetector.params);

function faults(crashAt: number): Command[] {
  return [
    { at: crashAt, type: 'crash', node: 'n3' },
    {
      at: crashAt + 700 * US_PER_MS,
      type: 'partition',
      groups: [
        ['n1', 'n2'],
        ['n4', 'n5'],
      ],
    },
    { at: crashAt + 3 * US_PER_S, type: 'restart', node: 'n3' },
    { at: crashAt + 4 * US_PER_S, type: 'heal' },
  ];
}

/** Every narrated entry before `end`, found the slow way: the log must show exactly these. */
function expected(trace: TraceReader, end: number) {
  const out: { index: number; at: number; text: string }[] = [];
  for (let index = 0; index < end; index++) {
    const entry = trace.at(index)!;
    const text = narrate(entry);
    if (text !== null) out.push({ index, at: entry.at, text });
  }
  return out;
}

function shown(index: EventIndex, sim: Simulation) {
  index.sync(sim.trace);
  return index.lines(0, index.countBefore(sim.traceEnd));
}

function expectInOrder(lines: readonly { index: number; at: number }[]) {
  for (let k = 1; k < lines.length; k++) {
    expect(lines[k]!.index).toBeGreaterThan(lines[k - 1]!.index);
    expect(lines[k]!.at).toBeGreaterThanOrEqual(lines[k - 1]!.at);
  }
}

describe('EventIndex', () => {
  it('shows every narrated event in trace order with non-decreasing times, at every speed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(1, 4, 16),
        fc.integer({ min: 500, max: 3000 }),
        (seed, speed, crashMs) => {
          const sim = new Simulation(failureDetector, params, seed, faults(crashMs * US_PER_MS));
          const index = new EventIndex();
          let before: readonly { index: number }[] = [];
          // What the player publishes ten times a second while playing at `speed`.
          for (let t = 0; t <= 9 * US_PER_S; t += speed * 100 * US_PER_MS) {
            sim.seek(t);
            const lines = shown(index, sim);
            // Play only adds lines at the end: what was shown stays, in place.
            expect(lines.slice(0, before.length)).toEqual(before);
            before = lines;
          }
          const lines = shown(index, sim);
          expectInOrder(lines);
          expect(lines).toEqual(expected(sim.trace, sim.traceEnd));
          expect(lines.map((line) => line.text)).toContain('n3 crashed');
        },
      ),
      { numRuns: 8, seed: 20261206, verbose: true },
    );
  }, 30_000);

  it('after seeking back, shows the run up to there; after a fork, the new run', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 8000 }),
        (seed, backMs) => {
          const sim = new Simulation(failureDetector, params, seed, faults(US_PER_S));
          const index = new EventIndex();
          sim.seek(9 * US_PER_S);
          shown(index, sim);
          sim.seek(backMs * US_PER_MS);
          expect(shown(index, sim)).toEqual(expected(sim.trace, sim.traceEnd));
          // A command now cuts the known future and writes a different one.
          sim.issue({ type: 'crash', node: 'n1' });
          sim.seek(sim.now + 2 * US_PER_S);
          const lines = shown(index, sim);
          expectInOrder(lines);
          expect(lines).toEqual(expected(sim.trace, sim.traceEnd));
          expect(lines.map((line) => line.text)).toContain('n1 crashed');
        },
      ),
      { numRuns: 8, seed: 7, verbose: true },
    );
  }, 30_000);

  it('holds four bytes per narrated event, not the sentences', () => {
    const sim = new Simulation(failureDetector, params, 3, faults(US_PER_S));
    sim.seek(30 * US_PER_S);
    const index = new EventIndex();
    index.sync(sim.trace);
    const count = index.countBefore(sim.traceEnd);
    expect(count).toBeGreaterThan(0);
    expect(index.bytes).toBeLessThanOrEqual(Math.max(256, 2 * count) * 4);
  });
});

describe('logTime', () => {
  it('gives every line seconds to the millisecond', () => {
    expect(logTime(0)).toBe('0.000 s');
    expect(logTime(3_050_000)).toBe('3.050 s');
    expect(logTime(12_345_678)).toBe('12.346 s');
  });
});

describe('logWindow', () => {
  it('follows the end, or shows WINDOW lines from a start', () => {
    expect(logWindow(0, null)).toEqual({ from: 0, to: 0 });
    expect(logWindow(50, null)).toEqual({ from: 0, to: 50 });
    expect(logWindow(1000, null)).toEqual({ from: 1000 - WINDOW, to: 1000 });
    expect(logWindow(1000, 0)).toEqual({ from: 0, to: WINDOW });
    expect(logWindow(1000, 900)).toEqual({ from: 1000 - WINDOW, to: 1000 });
  });
});
