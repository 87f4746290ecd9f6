/**
 * Culling: only what lies in the visible window is drawn, so a frame costs O(visible)
 * however long the run. Everything here is a binary search over sorted positions.
 */
import type { MessageCopy } from '@/sim/checkers/causality/fromTrace';

/** The first index in [0, count) whose value is ≥ target (count if none). Pure; O(log n). */
export function lowerBound(count: number, valueAt: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (valueAt(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in [0, count) whose value is > target (count if none). Pure; O(log n). */
export function upperBound(count: number, valueAt: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (valueAt(mid) <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The half-open index range [start, end) of the sorted `keys[0, count)` that fall in
 * [from, to]. Pure; O(log n).
 */
export function visibleSlice(
  keys: ArrayLike<number>,
  count: number,
  from: number,
  to: number,
): [start: number, end: number] {
  const n = Math.min(count, keys.length);
  const start = lowerBound(n, (i) => keys[i]!, from);
  const end = Math.max(
    start,
    upperBound(n, (i) => keys[i]!, to),
  );
  return [start, end];
}

/**
 * The range of `messages` (sorted by `sentAt`) that can cross the window [from, to]:
 * sent by `to`, and not before `from - longestFlight`, since nothing stays on the
 * wire longer. Callers still test each copy's own end. Pure; O(log n).
 */
export function messageSlice(
  messages: readonly MessageCopy[],
  from: number,
  to: number,
  longestFlight: number,
): [start: number, end: number] {
  const n = messages.length;
  const start = lowerBound(n, (i) => messages[i]!.sentAt, from - longestFlight);
  const end = Math.max(
    start,
    upperBound(n, (i) => messages[i]!.sentAt, to),
  );
  return [start, end];
}
