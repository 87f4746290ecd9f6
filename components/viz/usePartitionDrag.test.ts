import { describe, expect, it } from 'vitest';
import { ringLayout } from './layout';
import { cutGroups, MIN_CUT_LENGTH, startsCut } from './usePartitionDrag';

describe('starting a cut', () => {
  it('starts on the primary button or a single finger', () => {
    expect(startsCut({ type: 'mousedown', button: 0 }, false)).toBe(true);
    expect(startsCut({ type: 'touchstart', touches: { length: 1 } }, false)).toBe(true);
  });

  it('ignores other buttons, ctrl-clicks and two fingers landing together', () => {
    expect(startsCut({ type: 'mousedown', button: 2 }, false)).toBe(false);
    expect(startsCut({ type: 'mousedown', button: 0, ctrlKey: true }, false)).toBe(false);
    expect(startsCut({ type: 'touchstart', touches: { length: 2 } }, false)).toBe(false);
  });

  it('ignores a second pointer while a cut is under way', () => {
    expect(startsCut({ type: 'touchstart', touches: { length: 1 } }, true)).toBe(false);
    expect(startsCut({ type: 'mousedown', button: 0 }, true)).toBe(false);
  });
});

describe('the groups a cut makes', () => {
  const ids = ['n1', 'n2', 'n3', 'n4'];
  const positions = new Map(ringLayout(4).map((point, index) => [ids[index]!, point]));

  it('splits the ring along the line', () => {
    // A level line just above the centre: n1 above it, the others below.
    const groups = cutGroups({ x: 0, y: 250 }, { x: 600, y: 250 }, null, ids, positions);
    expect(groups?.map((group) => group.join(' ')).sort()).toEqual(['n1', 'n2 n3 n4']);
  });

  it('treats a short drag as a click', () => {
    const short = MIN_CUT_LENGTH - 1;
    expect(cutGroups({ x: 0, y: 300 }, { x: short, y: 300 }, null, ids, positions)).toBeNull();
  });
});
