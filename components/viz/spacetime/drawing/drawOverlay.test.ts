import { describe, expect, it } from 'vitest';
import {
  CURSOR_WIDTH,
  drawOverlay,
  setAttr,
  type Overlay,
  type OverlayElements,
} from './drawOverlay';
import type { EventLayout } from '../data/eventLayout';
import { TOP } from './geometry';
import { windowScale } from './viewWindow';

/** An element that keeps its attributes and inline style, and logs every write. */
function fakeElement(name: string, writes: string[]) {
  const attributes = new Map<string, string>();
  const style = new Proxy({} as Record<string, string>, {
    get: (target, key: string) => target[key] ?? '',
    set: (target, key: string, value: string) => {
      writes.push(`${name} style.${key}=${value}`);
      target[key] = value;
      return true;
    },
  });
  return {
    style,
    getAttribute: (key: string) => attributes.get(key) ?? null,
    setAttribute: (key: string, value: string) => {
      writes.push(`${name} ${key}=${value}`);
      attributes.set(key, value);
    },
  };
}

function setup() {
  const writes: string[] = [];
  const element = (name: string) => fakeElement(name, writes) as never;
  const elements: OverlayElements = {
    axis: element('axis'),
    cursor: element('cursor'),
    frontier: element('frontier'),
    selectedRing: element('selected'),
    focusRing: element('focus'),
    hoverRing: element('hover'),
  };
  return { writes, elements };
}

const layout = { x: [100, 200], lane: [0, 1], rank: [0, 0] } as unknown as EventLayout;

function overlay(cursor: number, extra: Partial<Overlay> = {}): Overlay {
  return {
    axisChanged: false,
    layout,
    lanes: 2,
    laneHeight: 44,
    axis: 'time',
    window: { start: 0, end: 1000 },
    scale: windowScale({ start: 0, end: 1000 }, 40, 1040),
    left: 40,
    right: 1040,
    cursor,
    count: 2,
    frontier: null,
    selected: null,
    focused: null,
    hovered: null,
    ...extra,
  };
}

describe('drawOverlay', () => {
  it('places the cursor bar centred where the line was, spanning the lanes', () => {
    const { elements } = setup();
    drawOverlay(elements, overlay(250));
    const style = elements.cursor.style;
    expect(style.transform).toBe(`translateX(${290 - CURSOR_WIDTH / 2}px)`);
    expect(style.top).toBe(`${TOP - 4}px`);
    expect(style.height).toBe(`${2 * 44 + 4}px`);
    expect(style.visibility).toBe('visible');
    expect(elements.hoverRing.getAttribute('visibility')).toBe('hidden');
    expect(elements.frontier.getAttribute('visibility')).toBe('hidden');
  });

  it('writes nothing when nothing changed, and only the transform when the cursor moved', () => {
    const { writes, elements } = setup();
    drawOverlay(elements, overlay(250, { hovered: 1 }));
    expect(writes.length).toBeGreaterThan(0);
    writes.length = 0;
    drawOverlay(elements, overlay(250, { hovered: 1 }));
    expect(writes).toEqual([]);
    drawOverlay(elements, overlay(260, { hovered: 1 }));
    const x = overlay(260).scale(260);
    expect(x).toBeCloseTo(300);
    expect(writes).toEqual([`cursor style.transform=translateX(${x - CURSOR_WIDTH / 2}px)`]);
  });

  it('hides the cursor outside the plot, and rings of events not yet drawn', () => {
    const { elements } = setup();
    drawOverlay(elements, overlay(2000, { selected: 1, count: 1 }));
    expect(elements.cursor.style.visibility).toBe('hidden');
    expect(elements.selectedRing.getAttribute('visibility')).toBe('hidden');
    drawOverlay(elements, overlay(500, { selected: 1, count: 2 }));
    expect(elements.cursor.style.visibility).toBe('visible');
    expect(elements.selectedRing.getAttribute('visibility')).toBe('visible');
    expect(elements.selectedRing.getAttribute('cx')).not.toBeNull();
  });
});

describe('setAttr', () => {
  it('writes a new value and skips an equal one', () => {
    const writes: string[] = [];
    const element = fakeElement('e', writes) as unknown as Element;
    setAttr(element, 'd', 'M0,0');
    setAttr(element, 'd', 'M0,0');
    setAttr(element, 'd', 'M1,1');
    expect(writes).toEqual(['e d=M0,0', 'e d=M1,1']);
  });
});
