import { describe, expect, it } from 'vitest';
import { defaultParams } from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { FRAME_BUDGET_MS, MIN_ENGINE_MS } from './frameBudget';
import { manualFrames } from './manualFrames';
import { groupBurst } from './narration';
import { PlayerStore } from './PlayerStore';

const params = defaultParams(failureDetector.params);
const S = 1_000_000;

function store(seed = 1) {
  return new PlayerStore(failureDetector, params, seed, []);
}

describe('PlayerStore', () => {
  it('steps to the next event and back again', () => {
    const player = store();
    player.seek(2 * S);
    const before = player.getSnapshot();
    player.stepForward();
    const after = player.getSnapshot();
    expect(after.now).toBeGreaterThan(before.now);
    expect(after.processed).toBeGreaterThan(before.processed);
    player.stepBack();
    expect(player.getSnapshot().processed).toBe(after.processed - 1);
  });

  it('narrates significant events as they happen, in new arrays, but not a jump', () => {
    const player = store();
    player.seek(1 * S);
    const quiet = player.getSnapshot().narration;
    player.issue({ type: 'crash', node: 'n3' });
    while (player.getSnapshot().now < 4 * S) player.stepForward();
    const lines = player.getSnapshot().narration.map((line) => line.text);
    expect(lines).toContain('n3 crashed');
    expect(lines.some((line) => /suspects n3/.test(line))).toBe(true);
    expect(quiet).not.toBe(player.getSnapshot().narration);
    const count = player.getSnapshot().narration.length;
    player.seek(9 * S);
    expect(player.getSnapshot().narration).toHaveLength(count);
  });

  it('keeps a linked follower at the same instant, with the same commands', () => {
    const leader = store(3);
    const follower = store(3);
    leader.link(follower);
    leader.seek(2 * S);
    expect(follower.getSnapshot().now).toBe(2 * S);
    follower.issue({
      type: 'partition',
      groups: [
        ['n1', 'n2'],
        ['n3', 'n4', 'n5'],
      ],
    });
    expect(leader.sim.commands).toHaveLength(1);
    expect(follower.sim.commands).toEqual(leader.sim.commands);
    follower.stepForward();
    expect(follower.getSnapshot().now).toBe(leader.getSnapshot().now);
    leader.seek(1 * S);
    expect(follower.getSnapshot().now).toBe(1 * S);
  });

  it('forks when a command is issued in the past', () => {
    const player = store();
    player.issue({ type: 'crash', node: 'n2' });
    player.seek(5 * S);
    player.seek(0);
    player.issue({ type: 'crash', node: 'n4' });
    expect(player.sim.commands.map((command) => command.type === 'crash' && command.node)).toEqual([
      'n4',
    ]);
    expect(player.getSnapshot().horizon).toBe(1);
  });
});

describe('PlayerStore frame budget', () => {
  /** Plays `count` frames `intervalMs` apart; the engine's clock moves `costMs` per look. */
  function play(player: PlayerStore, count: number, costMs: number, intervalMs = 16) {
    const frames = manualFrames();
    player.frames = frames.source;
    let engine = 0;
    player.wallClock = () => (engine += costMs);
    const steps: number[] = [];
    player.play();
    for (let frame = 0; frame < count && frames.pending; frame++) {
      const before = player.sim.world.processed;
      frames.run(frame * intervalMs);
      steps.push(player.sim.world.processed - before);
    }
    player.pause();
    return steps;
  }

  it('runs its frame loop only while playing', () => {
    const player = store();
    const frames = manualFrames();
    player.frames = frames.source;
    player.play();
    expect(frames.pending).toBe(true);
    player.pause();
    expect(frames.pending).toBe(false);
    player.stopAt = 40_000;
    player.play();
    for (let frame = 0; frame < 10 && frames.pending; frame++) frames.run(frame * 16);
    expect(player.getSnapshot()).toMatchObject({ now: 40_000, playing: false });
    expect(frames.pending).toBe(false);
  });

  it('gives the engine less of a frame while frames run long, and all of it again on time', () => {
    const busy = { ...params, nodes: 9, heartbeat: 50_000 };
    const player = new PlayerStore(failureDetector, busy, 1, []);
    player.setSpeed(10);
    expect(player.engineBudgetMs).toBe(FRAME_BUDGET_MS);
    // Frames 50 ms apart with the engine at its budget: the page cannot keep 30 fps.
    play(player, 30, 1, 50);
    expect(player.engineBudgetMs).toBe(MIN_ENGINE_MS);
    // A lighter moment: frames on time give the budget back, a quarter ms at a time.
    player.setSpeed(1);
    play(player, 40, 0, 16);
    expect(player.engineBudgetMs).toBe(FRAME_BUDGET_MS);
  });

  it('keeps the budget when frames run long but the engine is not the one using them', () => {
    const player = store();
    play(player, 30, 0, 50);
    expect(player.engineBudgetMs).toBe(FRAME_BUDGET_MS);
  });

  it('keeps up when the engine is fast, and says nothing', () => {
    const player = store();
    player.setSpeed(10);
    play(player, 100, 0);
    // 99 frames of 16 ms at 10×.
    expect(player.getSnapshot().now).toBe(99 * 16 * 10_000);
    expect(player.getSnapshot().slowdown).toBeNull();
  });

  it('stops a frame at its budget, lets virtual time lag, and says so once', () => {
    // Heavy traffic: about 460 events per 16 ms frame at 10×.
    const busy = { ...params, nodes: 9, heartbeat: 50_000 };
    const player = new PlayerStore(failureDetector, busy, 1, []);
    player.setSpeed(10);
    // Every look at the clock costs 5 ms: the second look is past the 8 ms budget.
    expect(FRAME_BUDGET_MS).toBeLessThan(10);
    const steps = play(player, 150, 5);
    expect(Math.max(...steps)).toBeLessThanOrEqual(2 * 64);
    const snapshot = player.getSnapshot();
    expect(snapshot.now).toBeLessThan(149 * 16 * 10_000);
    expect(snapshot.now).toBeGreaterThan(0);
    expect(snapshot.slowdown).not.toBeNull();
    expect(snapshot.slowdown!).toBeLessThan(10);
    expect(snapshot.slowdown!).toBeGreaterThan(0);
    // A new speed clears the notice.
    player.setSpeed(1);
    expect(player.getSnapshot().slowdown).toBeNull();
  });
});

describe('groupBurst', () => {
  let id = 100;
  const next = () => ++id;
  it('leaves a few lines alone', () => {
    const lines = [{ id: 1, text: 'n1 suspects n2', routine: true }];
    expect(groupBurst(lines, next)).toEqual([{ id: 1, text: 'n1 suspects n2' }]);
  });

  it('merges runs of routine lines in a burst and keeps the order', () => {
    const lines = [
      { id: 1, text: 'n1 suspects n3', routine: true },
      { id: 2, text: 'n3 crashed', routine: false },
      { id: 3, text: 'n2 suspects n3', routine: true },
      { id: 4, text: 'n4 suspects n3', routine: true },
      { id: 5, text: 'n3 restarted', routine: false },
    ];
    expect(groupBurst(lines, next)).toEqual([
      { id: 1, text: 'n1 suspects n3' },
      { id: 2, text: 'n3 crashed' },
      { id: 101, text: 'n2 suspects n3; n4 suspects n3' },
      { id: 5, text: 'n3 restarted' },
    ]);
  });
});
