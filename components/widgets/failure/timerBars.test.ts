import { describe, expect, it } from 'vitest';
import type { SuspicionTimer } from '@/sim/scenarios/failure-detection/timers';
import { MAX_NODES_WITH_BARS, timerBars } from './timerBars';

const timer = (observer: string, peer: string, fraction: number): SuspicionTimer => ({
  observer,
  peer,
  left: fraction * 1_000_000,
  timeout: 1_000_000,
  fraction,
  suspected: fraction === 0,
});

describe('timerBars', () => {
  const positions = new Map([
    ['n1', { x: 0, y: 0 }],
    ['n2', { x: 300, y: 0 }],
    ['n3', { x: 0, y: 300 }],
  ]);

  it('lays each bar on the link towards the peer, as long as the time left', () => {
    const [full, half] = timerBars([timer('n1', 'n2', 1), timer('n3', 'n1', 0.5)], positions, 20);
    // From the node's edge (20 + 3) to a third of the way (100): 77 units of track.
    expect(full).toMatchObject({ key: 'n1>n2', x1: 23, y1: 0, x2: 100, y2: 0, xLeft: 100 });
    expect(half).toMatchObject({ key: 'n3>n1', x1: 0, y1: 277, y2: 200, yLeft: 238.5 });
  });

  it('shows an empty bar on suspicion', () => {
    const [bar] = timerBars([timer('n1', 'n3', 0)], positions, 20);
    expect(bar).toMatchObject({ yLeft: bar!.y1, suspected: true });
  });

  it('draws nothing for a crowded cluster or an unknown node', () => {
    const crowded = new Map(
      Array.from({ length: MAX_NODES_WITH_BARS + 1 }, (_, i) => [`n${i + 1}`, { x: i, y: 0 }]),
    );
    expect(timerBars([timer('n1', 'n2', 1)], crowded, 5)).toEqual([]);
    expect(timerBars([timer('n1', 'n9', 1)], positions, 5)).toEqual([]);
  });
});
