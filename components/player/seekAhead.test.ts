import { describe, expect, it } from 'vitest';
import { defaultParams, US_PER_S } from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { manualFrames } from './manualFrames';
import { PlayerStore } from './PlayerStore';

const S = US_PER_S;
const MINUTE = 60 * S;

/** Animation frames run by hand; the wall clock moves 1 ms per look. */
function handFrames(player: PlayerStore) {
  const frames = manualFrames();
  player.frames = frames.source;
  let wall = 0;
  player.wallClock = () => (wall += 1);
  return {
    get pending() {
      return frames.pending;
    },
    run() {
      frames.run(wall);
    },
  };
}

function farStore(startAt = 0) {
  const player = new PlayerStore(failureDetector, defaultParams(failureDetector.params), 1, [], 0);
  const frames = handFrames(player);
  if (startAt > 0) player.seek(startAt);
  return { player, frames };
}

describe('seeking far ahead', () => {
  it('goes on in slices with progress, and ends where a straight seek ends', () => {
    const { player, frames } = farStore();
    player.attach();
    player.seek(10 * MINUTE);
    const first = player.getSnapshot().seeking!;
    expect(first).toMatchObject({ from: 0, to: 10 * MINUTE });
    expect(first.reached).toBeLessThan(10 * MINUTE);
    let slices = 0;
    let last = first.reached;
    while (frames.pending) {
      frames.run();
      slices++;
      expect(player.sim.now).toBeGreaterThanOrEqual(last);
      last = player.sim.now;
    }
    expect(slices).toBeGreaterThan(3);
    expect(player.getSnapshot()).toMatchObject({ now: 10 * MINUTE, seeking: null });
    const straight = new PlayerStore(failureDetector, defaultParams(failureDetector.params), 1, []);
    straight.sim.seek(10 * MINUTE);
    expect(player.sim.world.processed).toBe(straight.sim.world.processed);
    // Two ten-minute runs: seconds on a loaded machine.
  }, 30_000);

  it('stops where it got to when cancelled', () => {
    const { player, frames } = farStore();
    player.attach();
    player.seek(10 * MINUTE);
    frames.run();
    const reached = player.sim.now;
    player.cancelSeek();
    expect(frames.pending).toBe(false);
    expect(player.getSnapshot()).toMatchObject({ now: reached, seeking: null });
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(10 * MINUTE);
  });

  it('waits to be attached before running slices, and pauses them when detached', () => {
    const { player, frames } = farStore(10 * MINUTE);
    expect(player.getSnapshot().seeking).not.toBeNull();
    expect(frames.pending).toBe(false);
    player.attach();
    expect(frames.pending).toBe(true);
    player.detach();
    expect(frames.pending).toBe(false);
    expect(player.getSnapshot().seeking).not.toBeNull();
  });

  it('never goes past the scenario maximum', () => {
    const { player, frames } = farStore();
    player.attach();
    player.seek(99_999 * MINUTE);
    expect(player.getSnapshot().seeking?.to).toBe(player.maxTime);
    expect(player.maxTime).toBe(60 * MINUTE);
    player.cancelSeek();
    expect(frames.pending).toBe(false);
  });

  it('finishes a short seek at once', () => {
    const { player } = farStore();
    player.seek(5 * S);
    expect(player.getSnapshot()).toMatchObject({ now: 5 * S, seeking: null });
  });
});

describe('the longest run', () => {
  const short = { ...failureDetector, maxTime: 2 * S };

  it('stops seeks, steps and play at the scenario maximum, and says why', () => {
    const player = new PlayerStore(short, defaultParams(failureDetector.params), 1, []);
    const frames = handFrames(player);
    player.seek(5 * S);
    expect(player.sim.now).toBe(2 * S);
    player.stepForward();
    expect(player.sim.now).toBe(2 * S);
    player.seek(1.9 * S);
    player.setSpeed(10);
    player.play();
    for (let frame = 0; frame < 20 && frames.pending; frame++) frames.run();
    expect(player.getSnapshot()).toMatchObject({
      now: 2 * S,
      playing: false,
      limit: 'This run has reached its longest time, 2s.',
    });
  });
});

describe('an engine failure', () => {
  it('stops the run where it was, with a message, instead of breaking the page', () => {
    const { player, frames } = farStore();
    player.attach();
    player.seek(2 * S);
    player.sim.advance = () => {
      throw new Error('boom');
    };
    player.seek(10 * MINUTE);
    expect(frames.pending).toBe(false);
    expect(player.getSnapshot()).toMatchObject({
      now: 2 * S,
      seeking: null,
      limit: 'The run stopped because of an error: Error: boom',
    });
  });
});

describe('a limit message', () => {
  it('goes away once the run moves again', () => {
    const player = new PlayerStore(
      { ...failureDetector, maxTime: 2 * S },
      defaultParams(failureDetector.params),
      1,
      [],
    );
    const advance = player.sim.advance.bind(player.sim);
    player.sim.advance = () => {
      throw new Error('boom');
    };
    player.seek(1 * S);
    expect(player.getSnapshot().limit).toMatch(/boom/);
    player.sim.advance = advance;
    player.seek(1 * S);
    expect(player.getSnapshot()).toMatchObject({ now: 1 * S, limit: null });
  });
});
