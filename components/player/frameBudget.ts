/**
 * How much of a frame the engine may use while playing. It starts at FRAME_BUDGET_MS and
 * adapts to what frames actually cost, so that a heavy page (100 nodes at 10×, where
 * drawing what the engine produced costs as much as producing it) drops speed rather
 * than frames.
 *
 * The rule is additive increase, multiplicative decrease on the mean frame interval (an
 * exponential average over about ten frames, so one slow frame, such as a garbage
 * collection, changes nothing):
 * - when frames average longer than 35 ms (30 fps is 33.3) while the engine uses its whole
 *   budget, the budget shrinks by a tenth a frame (down to MIN_ENGINE_MS);
 * - when they average one frame at 60 Hz or less, it grows back a quarter ms a frame;
 * - anything in between holds the budget, since 30 fps is steady motion too.
 * Long frames the engine did not fill (it caught up with the wanted time) are someone
 * else's cost: the budget holds, so a slow machine does not starve play for nothing.
 */

/** Wall-clock time the engine may use in one frame at most, leaving the rest for drawing. */
export const FRAME_BUDGET_MS = 8;
/** The least the engine gets, so play always moves. */
export const MIN_ENGINE_MS = 2;
/** A mean interval past this is under 30 fps (33.3 ms), with slack for timer coarsening. */
const SLOW_MEAN_MS = 35;
/** A mean interval of one frame at 60 Hz, with slack. */
const ON_TIME_MS = 18;
const SHRINK = 0.9;
const GROW_MS = 0.25;
/** Weight of the newest interval in the mean. */
const NEWEST = 0.1;

export interface EngineBudget {
  /** ms the engine may use in the next frame. */
  readonly budget: number;
  /** The mean frame interval so far, in ms (0 before the first). */
  readonly meanInterval: number;
}

export const START_BUDGET: EngineBudget = { budget: FRAME_BUDGET_MS, meanInterval: 0 };

/**
 * The engine's budget for the next frame: `intervalMs` is the wall time since the previous
 * frame (0 for a run's first), and `engineBound` whether the engine stopped at its budget
 * rather than reaching the wanted time. Pure.
 */
export function nextEngineBudget(
  state: EngineBudget,
  intervalMs: number,
  engineBound: boolean,
): EngineBudget {
  if (intervalMs <= 0) return state;
  const mean =
    state.meanInterval === 0
      ? intervalMs
      : state.meanInterval + NEWEST * (intervalMs - state.meanInterval);
  let budget = state.budget;
  if (mean > SLOW_MEAN_MS && engineBound) budget = Math.max(MIN_ENGINE_MS, budget * SHRINK);
  else if (mean <= ON_TIME_MS) budget = Math.min(FRAME_BUDGET_MS, budget + GROW_MS);
  return { budget, meanInterval: mean };
}
