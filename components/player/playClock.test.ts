import { describe, expect, it } from 'vitest';
import type { Micros } from '@/sim/core';
import type { Advanced } from './advanceWithin';
import { FRAME_BUDGET_MS, MIN_ENGINE_MS } from './frameBudget';
import { manualFrames } from './manualFrames';
import { PlayClock, SPEED_MAX, SPEED_MIN, type Frame } from './playClock';

/**
 * A clock over a fake run: `advance` reaches at most `rate` µs of virtual time per ms of
 * budget (Infinity: always reaches its target).
 */
function setup({ stop = Infinity, rate = Infinity } = {}) {
  const frames = manualFrames();
  const run = { now: 0 as Micros, budgets: [] as number[], framed: [] as Frame[] };
  const clock = new PlayClock(
    {
      now: () => run.now,
      stopTime: () => stop,
      advance: (target, ms): Advanced['result'] => {
        run.budgets.push(ms);
        const reach = Math.min(target, run.now + rate * ms);
        run.now = reach;
        return reach === target ? 'reached' : 'budget';
      },
      framed: (frame) => run.framed.push(frame),
    },
    frames.source,
  );
  const play = (count: number, intervalMs = 16, from = 0) => {
    for (let i = 0; i < count && frames.pending; i++) frames.run(from + i * intervalMs);
  };
  return { clock, frames, run, play };
}

describe('PlayClock', () => {
  it('advances virtual time by wall time × speed, starting from its first frame', () => {
    const { clock, run, play } = setup();
    clock.setSpeed(2);
    expect(clock.start()).toBe(true);
    expect(clock.start()).toBe(false);
    play(4);
    expect(run.now).toBe(3 * 16 * 1000 * 2);
    expect(run.framed.map((frame) => frame.wall)).toEqual([0, 16, 32, 48]);
  });

  it('covers at most 100 ms of wall time in one frame', () => {
    const { clock, run, frames } = setup();
    clock.start();
    frames.run(0);
    frames.run(5_000);
    expect(run.now).toBe(100_000);
  });

  it('stops at the stop time, says so, and leaves no loop running', () => {
    const { clock, run, frames, play } = setup({ stop: 40_000 });
    clock.start();
    play(10);
    expect(run.now).toBe(40_000);
    expect(clock.playing).toBe(false);
    expect(frames.pending).toBe(false);
    expect(run.framed.at(-1)?.stoppedAt).toBe(40_000);
    expect(run.framed.slice(0, -1).every((frame) => frame.stoppedAt === null)).toBe(true);
  });

  it('stops its loop on stop, and keeps speed within bounds', () => {
    const { clock, frames } = setup();
    expect(clock.stop()).toBe(false);
    clock.start();
    expect(clock.stop()).toBe(true);
    expect(frames.pending).toBe(false);
    clock.setSpeed(1000);
    expect(clock.speed).toBe(SPEED_MAX);
    clock.setSpeed(0);
    expect(clock.speed).toBe(SPEED_MIN);
  });

  it('shrinks the engine budget on long engine-bound frames and grows it back on time', () => {
    const slow = setup({ rate: 100 });
    slow.clock.start();
    slow.play(30, 50);
    expect(slow.clock.engineBudgetMs).toBe(MIN_ENGINE_MS);
    expect(slow.run.budgets.at(-1)).toBe(MIN_ENGINE_MS);
    slow.clock.stop();
    slow.clock.setSpeed(SPEED_MIN);
    slow.clock.start();
    slow.play(40, 16, 10_000);
    expect(slow.clock.engineBudgetMs).toBe(FRAME_BUDGET_MS);
  });

  it('notices once that play is slower than chosen, and forgets it at a new speed', () => {
    // 8 ms of budget at 100 µs per ms reaches 800 µs a frame; 10× wants 160,000.
    const { clock, run, play } = setup({ rate: 100 });
    clock.setSpeed(10);
    clock.start();
    play(150);
    const noticed = run.framed.filter((frame) => frame.noticed);
    expect(noticed).toHaveLength(1);
    expect(clock.slowdown).toBeGreaterThan(0);
    expect(clock.slowdown).toBeLessThan(10);
    clock.setSpeed(1);
    expect(clock.slowdown).toBeNull();
  });

  it('does not call play slow while it keeps up', () => {
    const { clock, run, play } = setup();
    clock.setSpeed(10);
    clock.start();
    play(150);
    expect(run.framed.some((frame) => frame.noticed)).toBe(false);
    expect(clock.slowdown).toBeNull();
  });
});
