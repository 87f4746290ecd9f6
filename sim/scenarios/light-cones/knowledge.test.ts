/** The rules for ordering news of the two shots. */
import { describe, expect, it } from 'vitest';
import { learnShot, NOTHING_KNOWN } from './knowledge';

describe('learnShot', () => {
  it('puts first whatever arrives first', () => {
    const one = learnShot(NOTHING_KNOWN, 'sniper', [], 'n2', 100);
    expect(one).toEqual({ seen: { sniper: 100 }, via: { sniper: 'n2' }, order: 'sniper-first' });
    const both = learnShot(one, 'soldier', [], 'n1', 150);
    expect(both.order).toBe('sniper-first');
    expect(both.seen).toEqual({ sniper: 100, soldier: 150 });
  });

  it('ignores news it already has', () => {
    const one = learnShot(NOTHING_KNOWN, 'soldier', [], 'n1', 100);
    expect(learnShot(one, 'soldier', [], 'n1', 200)).toBe(one);
  });

  it('orders a shot after those its shooter had heard of, even if both arrive together', () => {
    const both = learnShot(NOTHING_KNOWN, 'sniper', ['soldier'], 'n2', 300);
    expect(both).toEqual({
      seen: { soldier: 300, sniper: 300 },
      via: { soldier: 'n2', sniper: 'n2' },
      order: 'soldier-first',
    });
  });

  it('leaves two unrelated shots learned at one instant undecided', () => {
    const one = learnShot(NOTHING_KNOWN, 'soldier', [], 'n1', 100);
    expect(learnShot(one, 'sniper', [], 'n2', 100).order).toBe('undecided');
    // A shooter firing the instant it hears the other still fires after hearing.
    expect(learnShot(one, 'sniper', ['soldier'], 'n2', 100).order).toBe('soldier-first');
  });
});
