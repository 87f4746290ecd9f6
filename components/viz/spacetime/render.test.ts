/**
 * Server-renders the views (no effects run, as on the static export's first paint) to
 * check the structure: every control is a real, named button or input.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { concurrentSendsTrace } from '@/sim/checkers/causality/exampleTraces';
import { PlayerStore } from '@/components/player/PlayerStore';
import { defaultParams, type ParamValues } from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { SpaceTimeView } from './SpaceTimeView';
import { StaticSpaceTime } from './StaticSpaceTime';

const CONTROLS = [
  '>Zoom in</button>',
  '>Zoom out</button>',
  '>Fit</button>',
  'aria-pressed="false">Show vector clocks</button>',
  'aria-pressed="false">Show Lamport clocks</button>',
  'aria-pressed="false">Show what a node can know</button>',
  '>Node</label>',
];

describe('SpaceTimeView', () => {
  it('renders lanes n1…nN, the controls and a focusable diagram', () => {
    const params = defaultParams(failureDetector.params) as ParamValues;
    const store = new PlayerStore(failureDetector, params, 1, [], 2_000_000);
    const snapshot = store.getSnapshot();
    const html = renderToString(createElement(SpaceTimeView, { store, snapshot }));
    for (const control of CONTROLS) expect(html).toContain(control);
    for (const node of ['n1', 'n2', 'n3', 'n4', 'n5']) expect(html).toContain(`>${node}</text>`);
    expect(html).toContain('tabindex="0"');
    expect(html).toContain('role="application"');
    expect(html).toContain('aria-live="polite"');
    store.destroy();
  });
});

describe('StaticSpaceTime', () => {
  it('renders a fixed graph with a cursor slider instead of a player', () => {
    const html = renderToString(createElement(StaticSpaceTime, { graph: concurrentSendsTrace }));
    for (const control of CONTROLS) expect(html).toContain(control);
    expect(html).toContain('>Cursor</label>');
    expect(html).toContain('type="range"');
    expect(html).toContain('at 1.30 s');
  });
});
