import { describe, expect, it } from 'vitest';
import { buildEventGraph, hostIndexes, type EventGraph } from '@/sim/checkers/causality';
import { EventLayout } from '../data/eventLayout';
import { LaneClocks } from '../data/laneClocks';
import { navigate } from './navigation';

/**
 * Three lanes. a: 0 (t=0), 3 (t=30), 5 (t=50). b: 1 (t=10), 2 (t=10), 6 (t=60).
 * c: 4 (t=40).
 */
const graph: EventGraph = buildEventGraph(
  ['a', 'b', 'c'],
  [
    { host: 'a', kind: 'local', label: 'a0', time: 0 },
    { host: 'b', kind: 'local', label: 'b1', time: 10 },
    { host: 'b', kind: 'local', label: 'b2', time: 10 },
    { host: 'a', kind: 'local', label: 'a3', time: 30 },
    { host: 'c', kind: 'local', label: 'c4', time: 40 },
    { host: 'a', kind: 'local', label: 'a5', time: 50 },
    { host: 'b', kind: 'local', label: 'b6', time: 60 },
  ],
);

function layOut(g: EventGraph): EventLayout {
  const indexes = hostIndexes(g);
  const layout = new EventLayout(g.hosts.length);
  for (const event of g.events) layout.append(event, indexes.get(event.host)!, event.time!);
  return layout;
}

const layout = layOut(graph);
const all = graph.events.length;

describe('navigate', () => {
  it('starts at the event nearest the cursor on the first lane', () => {
    expect(navigate(layout, all, null, 'ArrowRight', 33)).toBe(3);
    expect(navigate(layout, all, null, 'ArrowDown', 48)).toBe(5);
  });

  it('walks a lane in program order and stops at its ends', () => {
    expect(navigate(layout, all, 0, 'ArrowRight', 0)).toBe(3);
    expect(navigate(layout, all, 3, 'ArrowRight', 0)).toBe(5);
    expect(navigate(layout, all, 5, 'ArrowRight', 0)).toBe(5);
    expect(navigate(layout, all, 3, 'ArrowLeft', 0)).toBe(0);
    expect(navigate(layout, all, 0, 'ArrowLeft', 0)).toBe(0);
  });

  it('walks through events at the same instant one by one', () => {
    expect(navigate(layout, all, 1, 'ArrowRight', 0)).toBe(2);
    expect(navigate(layout, all, 2, 'ArrowRight', 0)).toBe(6);
  });

  it('changes lane to the nearest event in time', () => {
    // b1 and b2 share t=10; b2 is drawn to the right of b1, nearer a3.
    expect(navigate(layout, all, 3, 'ArrowDown', 0)).toBe(2);
    expect(navigate(layout, all, 0, 'ArrowDown', 0)).toBe(1);
    expect(navigate(layout, all, 5, 'ArrowDown', 0)).toBe(6);
    expect(navigate(layout, all, 6, 'ArrowDown', 0)).toBe(4);
    expect(navigate(layout, all, 4, 'ArrowUp', 0)).toBe(6);
    expect(navigate(layout, all, 0, 'ArrowUp', 0)).toBe(0);
  });

  it('jumps to the ends of a lane', () => {
    expect(navigate(layout, all, 3, 'Home', 0)).toBe(0);
    expect(navigate(layout, all, 0, 'End', 0)).toBe(5);
  });

  it('only visits visible events', () => {
    // With 5 visible events (ids 0–4), b6 and a5 are in the future.
    expect(navigate(layout, 5, 3, 'ArrowRight', 0)).toBe(3);
    expect(navigate(layout, 5, 0, 'End', 0)).toBe(3);
    expect(navigate(layout, 5, 4, 'ArrowUp', 0)).toBe(2);
    // Focus on an event that has not happened yet starts again from the cursor.
    expect(navigate(layout, 5, 6, 'ArrowLeft', 20)).toBe(3);
  });

  it('skips lanes with nothing visible', () => {
    const sparse = layOut(
      buildEventGraph(
        ['a', 'b', 'c'],
        [
          { host: 'a', kind: 'local', label: 'a', time: 0 },
          { host: 'c', kind: 'local', label: 'c', time: 5 },
        ],
      ),
    );
    expect(navigate(sparse, 2, 0, 'ArrowDown', 0)).toBe(1);
    expect(navigate(sparse, 2, null, 'ArrowDown', 0)).toBe(0);
  });
});

describe('navigate in a held stretch of a run', () => {
  it('walks a lane from the first held event, whatever came before it', () => {
    // The same lanes after 100 earlier events on each: clocks and seq count from there.
    const lanes = new LaneClocks(3);
    for (let lane = 0; lane < 3; lane++) {
      lanes.clocks[lane * 3 + lane] = 100;
      lanes.lamport[lane] = 100;
    }
    const seed = { lanes, sends: new Map() };
    const held = new EventLayout(3, seed);
    const indexes = hostIndexes(graph);
    for (const event of graph.events) held.append(event, indexes.get(event.host)!, event.time!);
    expect(held.seq[3]).toBe(102);
    expect(navigate(held, 7, 3, 'ArrowLeft', 0)).toBe(0);
    expect(navigate(held, 7, 3, 'ArrowRight', 0)).toBe(5);
    expect(navigate(held, 7, 0, 'ArrowLeft', 0)).toBe(0);
    expect(held.heldAt(0, 100)).toBeNull();
    expect(held.heldAt(0, 101)).toBe(0);
  });
});
