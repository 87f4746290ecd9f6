import { describe, expect, it } from 'vitest';
import {
  FRAME_BUDGET_MS,
  MIN_ENGINE_MS,
  nextEngineBudget,
  START_BUDGET,
  type EngineBudget,
} from './frameBudget';

/** Feeds `count` frames of `intervalMs` each. */
function frames(state: EngineBudget, count: number, intervalMs: number, engineBound: boolean) {
  for (let i = 0; i < count; i++) state = nextEngineBudget(state, intervalMs, engineBound);
  return state;
}

describe('nextEngineBudget', () => {
  it('shrinks while frames average under 30 fps with the engine at its budget, to the floor', () => {
    const slow = frames(START_BUDGET, 5, 50, true);
    expect(slow.budget).toBeLessThan(FRAME_BUDGET_MS);
    expect(frames(slow, 100, 50, true).budget).toBe(MIN_ENGINE_MS);
  });

  it('ignores one slow frame among frames on time', () => {
    let state = frames(START_BUDGET, 30, 16.7, true);
    state = nextEngineBudget(state, 120, true);
    expect(state.budget).toBe(FRAME_BUDGET_MS);
  });

  it('holds when frames run long but the engine reached the wanted time', () => {
    expect(frames(START_BUDGET, 50, 80, false).budget).toBe(FRAME_BUDGET_MS);
  });

  it('holds at 30 fps, and grows back to the cap once frames are on time', () => {
    const low = { budget: 4, meanInterval: 33.4 };
    expect(frames(low, 50, 33.4, true).budget).toBe(4);
    const back = frames({ budget: MIN_ENGINE_MS, meanInterval: 16.7 }, 24, 16.7, true);
    expect(back.budget).toBe(FRAME_BUDGET_MS);
  });

  it('skips the first frame of a run, which has no interval', () => {
    expect(nextEngineBudget(START_BUDGET, 0, true)).toBe(START_BUDGET);
  });
});
