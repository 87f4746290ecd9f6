import { describe, expect, it } from 'vitest';
import { rovingTarget } from './roving';

describe('rovingTarget', () => {
  it('moves to the next node with → and ↓, wrapping after the last', () => {
    expect(rovingTarget('ArrowRight', 0, 5)).toBe(1);
    expect(rovingTarget('ArrowDown', 3, 5)).toBe(4);
    expect(rovingTarget('ArrowRight', 4, 5)).toBe(0);
  });

  it('moves to the previous node with ← and ↑, wrapping before the first', () => {
    expect(rovingTarget('ArrowLeft', 2, 5)).toBe(1);
    expect(rovingTarget('ArrowUp', 0, 5)).toBe(4);
  });

  it('goes to the first and last with Home and End', () => {
    expect(rovingTarget('Home', 3, 100)).toBe(0);
    expect(rovingTarget('End', 3, 100)).toBe(99);
  });

  it('leaves every other key alone', () => {
    for (const key of ['Tab', 'Enter', ' ', 'PageDown', 'a'])
      expect(rovingTarget(key, 1, 5)).toBeNull();
  });
});
