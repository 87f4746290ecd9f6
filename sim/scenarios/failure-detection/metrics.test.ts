import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '@/sim/core/trace';
import { detectorMetrics } from './metrics';

const nodes = ['n1', 'n2', 'n3', 'n4'];
const suspect = (at: number, node: string, peer: string): TraceEntry => ({
  at,
  type: 'note',
  node,
  kind: 'suspect',
  text: `${node} suspects ${peer}`,
  peer,
});
const trust = (at: number, node: string, peer: string): TraceEntry => ({
  at,
  type: 'note',
  node,
  kind: 'trust',
  text: `${node} trusts ${peer} again`,
  peer,
});
const crash = (at: number, node: string): TraceEntry => ({ at, type: 'crash', node });
const restart = (at: number, node: string): TraceEntry => ({ at, type: 'restart', node });

describe('detectorMetrics', () => {
  it('counts a suspicion of a live peer as false, and of a crashed one as true', () => {
    const metrics = detectorMetrics(
      [
        suspect(100, 'n1', 'n2'),
        trust(200, 'n1', 'n2'),
        crash(300, 'n2'),
        suspect(900, 'n1', 'n2'),
      ],
      nodes,
    );
    expect(metrics.suspicions).toBe(2);
    expect(metrics.falseSuspicions).toBe(1);
  });

  it('gives each survivor its delay and the slowest once all have detected', () => {
    const trace = [
      crash(1000, 'n3'),
      suspect(1800, 'n1', 'n3'),
      suspect(2500, 'n2', 'n3'),
      suspect(2100, 'n4', 'n3'),
    ];
    const partial = detectorMetrics(trace, nodes, 3);
    expect(partial.crashes[0]!.detections).toEqual([
      { observer: 'n1', delay: 800 },
      { observer: 'n2', delay: 1500 },
      { observer: 'n4', delay: null },
    ]);
    expect(partial.crashes[0]!.maxDelay).toBeNull();
    const full = detectorMetrics(trace, nodes);
    expect(full.crashes[0]!.maxDelay).toBe(1500);
    expect(full.crashes[0]).toMatchObject({ peer: 'n3', crashedAt: 1000, restartedAt: null });
  });

  it('restarts the count when a late heartbeat withdraws an early suspicion', () => {
    const trace = [
      crash(1000, 'n3'),
      suspect(1200, 'n1', 'n3'),
      trust(1300, 'n1', 'n3'),
      suspect(2700, 'n1', 'n3'),
    ];
    const [detection] = detectorMetrics(trace, ['n1', 'n3']).crashes[0]!.detections;
    expect(detection).toEqual({ observer: 'n1', delay: 1700 });
  });

  it('counts an observer that already suspected the peer as detecting at once', () => {
    const trace = [suspect(500, 'n1', 'n3'), crash(1000, 'n3')];
    const metrics = detectorMetrics(trace, ['n1', 'n3']);
    expect(metrics.crashes[0]!.detections).toEqual([{ observer: 'n1', delay: 0 }]);
    expect(metrics.falseSuspicions).toBe(1);
  });

  it('leaves out observers that are down, and closes the count at the restart', () => {
    const trace = [
      crash(500, 'n4'),
      crash(1000, 'n3'),
      crash(1500, 'n2'),
      suspect(2000, 'n1', 'n3'),
      restart(3000, 'n3'),
      suspect(3500, 'n1', 'n2'),
    ];
    const metrics = detectorMetrics(trace, nodes);
    const ofN3 = metrics.crashes.find((c) => c.peer === 'n3')!;
    expect(ofN3.detections).toEqual([{ observer: 'n1', delay: 1000 }]);
    expect(ofN3.restartedAt).toBe(3000);
    expect(metrics.crashes.map((c) => c.peer)).toEqual(['n4', 'n3', 'n2']);
    // A restarted node suspects no one: its old suspicions are forgotten.
    expect(metrics.falseSuspicions).toBe(0);
  });

  it('ignores a crash of a node already down', () => {
    const metrics = detectorMetrics([crash(100, 'n2'), crash(200, 'n2')], nodes);
    expect(metrics.crashes).toHaveLength(1);
  });
});
