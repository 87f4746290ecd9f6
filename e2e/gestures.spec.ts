/**
 * Gestures, as a person makes them: a finger drawing a cut, a second finger landing on
 * the cluster mid-cut, and what reduced motion changes about regions and node colours.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { cutEnds, dragCut, lerp, networkStatus, nodeButton, openSandbox } from './helpers';

type Point = { x: number; y: number };

/** Sends the fingers now on the screen (by id); CDP works out which pressed, moved or lifted. */
async function touch(
  cdp: CDPSession,
  type: 'touchStart' | 'touchMove' | 'touchEnd',
  fingers: Record<number, Point>,
) {
  const touchPoints = Object.entries(fingers).map(([id, p]) => ({
    id: Number(id),
    x: p.x,
    y: p.y,
  }));
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
}

/** The drawn cut line's start, in the SVG's units, or null while none is shown. */
async function cutLineStart(page: Page) {
  const line = page.locator('svg line[data-cut-line]');
  if ((await line.getAttribute('visibility')) !== 'visible') return null;
  return [await line.getAttribute('x1'), await line.getAttribute('y1')];
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a finger dragged across the cluster cuts the network', async ({ page }) => {
    await openSandbox(page);
    const cdp = await page.context().newCDPSession(page);
    const [from, to] = await cutEnds(page, ['n1', 'n2'], ['n3', 'n4', 'n5']);
    await touch(cdp, 'touchStart', { 0: from });
    for (let i = 1; i <= 6; i++) await touch(cdp, 'touchMove', { 0: lerp(from, to, i / 6) });
    await expect(page.locator('svg line[data-cut-line]')).toHaveAttribute('visibility', 'visible');
    await touch(cdp, 'touchEnd', {});
    await expect(networkStatus(page)).toHaveText('Partitioned: {n1, n2} | {n3, n4, n5}');
    await expect(page.locator('svg line[data-cut-line]')).toHaveAttribute('visibility', 'hidden');
  });

  test('a second finger landing mid-cut neither restarts the line nor moves it', async ({
    page,
  }) => {
    await openSandbox(page);
    const cdp = await page.context().newCDPSession(page);
    const [from, to] = await cutEnds(page, ['n1', 'n2'], ['n3', 'n4', 'n5']);
    // The second finger runs along a line that would cut {n1} from the rest.
    const [other, otherEnd] = await cutEnds(page, ['n1'], ['n2', 'n3', 'n4', 'n5'], 60);
    await touch(cdp, 'touchStart', { 0: from });
    await touch(cdp, 'touchMove', { 0: lerp(from, to, 0.3) });
    const started = await cutLineStart(page);
    expect(started).not.toBeNull();

    await touch(cdp, 'touchStart', { 0: lerp(from, to, 0.3), 1: other });
    for (let i = 1; i <= 4; i++) {
      await touch(cdp, 'touchMove', {
        0: lerp(from, to, 0.3 + (0.4 * i) / 4),
        1: lerp(other, otherEnd, i / 4),
      });
      expect(await cutLineStart(page)).toEqual(started);
    }
    // The second finger lifts; the first finishes its line.
    await touch(cdp, 'touchMove', { 0: lerp(from, to, 0.7) });
    await touch(cdp, 'touchMove', { 0: to });
    await touch(cdp, 'touchEnd', {});
    await expect(networkStatus(page)).toHaveText('Partitioned: {n1, n2} | {n3, n4, n5}');
  });
});

/** Records, in the page, every value the regions' opacity and the nodes' fill take. */
async function recordMotion(page: Page) {
  await page.evaluate(() => {
    const seen = { opacity: [] as string[], fill: [] as string[] };
    (window as unknown as { __motion: typeof seen }).__motion = seen;
    const svg = document.querySelector('figure svg')!;
    const note = (element: Element) => {
      if (element.matches('path[data-region]'))
        seen.opacity.push(element.getAttribute('opacity') ?? '');
      if (element.matches('circle[data-fill]')) seen.fill.push((element as SVGElement).style.fill);
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') note(record.target as Element);
        record.addedNodes.forEach((node) => node instanceof Element && note(node));
      }
    }).observe(svg, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['opacity', 'style'],
    });
  });
}

async function recorded(page: Page) {
  return page.evaluate(
    () => (window as unknown as { __motion: { opacity: string[]; fill: string[] } }).__motion,
  );
}

/** Cuts the network, crashes n2, and waits for both to settle. */
async function cutAndCrash(page: Page) {
  await dragCut(page, ['n1', 'n2'], ['n3', 'n4', 'n5']);
  await expect(networkStatus(page)).toHaveText('Partitioned: {n1, n2} | {n3, n4, n5}');
  await expect(page.locator('svg path[data-region]')).toHaveCount(5);
  await nodeButton(page, 'n2').click();
  await page.getByRole('button', { name: 'Crash n2' }).click();
  await expect(nodeButton(page, 'n2')).toHaveAccessibleName('n2: crashed');
  await expect(page.locator('svg path[data-region]').first()).toHaveAttribute('opacity', '0.55');
  await page.waitForTimeout(600);
}

test('regions fade in and node colours blend when motion is allowed', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openSandbox(page);
  await recordMotion(page);
  await cutAndCrash(page);
  const { opacity, fill } = await recorded(page);
  expect(opacity.some((value) => Number(value) > 0 && Number(value) < 0.55)).toBe(true);
  expect(fill.some((value) => value.startsWith('rgb'))).toBe(true);
  // A blend ends on the theme's variable, so a change of theme still applies.
  expect(fill.at(-1)).toMatch(/^var\(--tone-/);
});

test('with reduced motion, regions and node colours take their final values at once', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openSandbox(page);
  await recordMotion(page);
  await cutAndCrash(page);
  const { opacity, fill } = await recorded(page);
  expect(opacity.length).toBeGreaterThan(0);
  expect(new Set(opacity)).toEqual(new Set(['0.55']));
  expect(fill.length).toBeGreaterThan(0);
  for (const value of fill) expect(value).toMatch(/^var\(--tone-/);
});

const TOOL = '/tools/space-time/';

/** Opens the log viewer's example; returns its diagram and a reader of its time axis. */
async function openDiagram(page: Page) {
  await page.goto(TOOL);
  await page.getByRole('button', { name: 'Load example' }).click();
  const figure = page.getByRole('figure', { name: 'Imported log' });
  const diagram = figure.getByRole('application');
  await expect(diagram).toBeVisible();
  await diagram.scrollIntoViewIfNeeded();
  const box = (await diagram.boundingBox())!;
  const middle = { x: box.x + box.width / 2, y: box.y + 32 };
  const axis = figure.locator('svg > g').first();
  await expect(axis.locator('.tick')).not.toHaveCount(0);
  /** Axis units per pixel, and the time at the diagram's middle, from two labelled ticks. */
  const reading = async () =>
    axis.evaluate((group, x) => {
      const ticks = [...group.querySelectorAll('.tick')].map((tick) => ({
        x: tick.getBoundingClientRect().left + tick.getBoundingClientRect().width / 2,
        v: parseFloat(tick.textContent ?? ''),
      }));
      const [a, b] = [ticks[0]!, ticks.at(-1)!];
      const perPixel = (b.v - a.v) / (b.x - a.x);
      return { perPixel, atMiddle: a.v + (x - a.x) * perPixel };
    }, middle.x);
  return { figure, diagram, middle, axis, reading };
}

test.describe('the space-time camera on a touch screen', () => {
  test.use({ hasTouch: true });

  // The example spans few Lamport ticks: the closest zoom is 2.5 times the whole.
  test('two fingers spreading apart zoom in about their middle', async ({ page }) => {
    const { middle, reading } = await openDiagram(page);
    const cdp = await page.context().newCDPSession(page);
    const before = await reading();
    const at = (dx: number) => ({ x: middle.x + dx, y: middle.y });
    await touch(cdp, 'touchStart', { 0: at(-30), 1: at(30) });
    for (let i = 1; i <= 6; i++)
      await touch(cdp, 'touchMove', { 0: at(-30 - 15 * i), 1: at(30 + 15 * i) });
    await touch(cdp, 'touchEnd', {});
    await expect.poll(async () => (await reading()).perPixel).toBeLessThan(before.perPixel / 2);
    const pinched = await reading();
    // Within a few per cent of the span: the extent clamps the last step.
    expect(Math.abs(pinched.atMiddle - before.atMiddle)).toBeLessThan(before.perPixel * 60);
  });

  test('a double tap zooms in', async ({ page }) => {
    const { middle, reading } = await openDiagram(page);
    const cdp = await page.context().newCDPSession(page);
    const before = await reading();
    for (let tap = 0; tap < 2; tap++) {
      await touch(cdp, 'touchStart', { 0: middle });
      await touch(cdp, 'touchEnd', {});
    }
    await expect.poll(async () => (await reading()).perPixel).toBeLessThan(before.perPixel / 1.5);
  });
});

test('a sideways wheel and a drag pan the diagram; a plain wheel leaves it be', async ({
  page,
}) => {
  const { diagram, middle, reading } = await openDiagram(page);
  const whole = await reading();
  await diagram.focus();
  await page.keyboard.press('+');
  await expect.poll(async () => (await reading()).perPixel).toBeLessThan(whole.perPixel / 1.5);
  await page.waitForTimeout(400);
  const zoomed = await reading();

  await page.mouse.move(middle.x, middle.y);
  await page.mouse.wheel(0, 120);
  await page.waitForTimeout(300);
  expect((await reading()).atMiddle).toBeCloseTo(zoomed.atMiddle, 3);

  // A wheel to the left shows earlier times; a drag to the left shows later ones.
  await page.mouse.wheel(-150, 0);
  await expect.poll(async () => (await reading()).atMiddle).toBeLessThan(zoomed.atMiddle);
  const wheeled = await reading();
  await page.mouse.down();
  for (let dx = 0; dx <= 200; dx += 40) await page.mouse.move(middle.x - dx, middle.y);
  await page.mouse.up();
  await expect.poll(async () => (await reading()).atMiddle).toBeGreaterThan(wheeled.atMiddle);
  expect((await reading()).perPixel).toBeCloseTo(zoomed.perPixel, 6);
});

/** How many different pictures of the axis the page shows after `act`. */
async function axisFrames(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const axis = document.querySelector('figure svg > g')!;
    const frames = new Set<string>();
    (window as unknown as { __axis: Set<string> }).__axis = frames;
    new MutationObserver(() => frames.add(axis.innerHTML)).observe(axis, {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    });
  });
  await act();
  await page.waitForTimeout(800);
  return page.evaluate(() => (window as unknown as { __axis: Set<string> }).__axis.size);
}

test('the zoom buttons glide the camera, and jump it under reduced motion', async ({ page }) => {
  const zoomIn = async () => {
    await page.getByRole('button', { name: 'Zoom in' }).click();
  };
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openDiagram(page);
  expect(await axisFrames(page, zoomIn)).toBeGreaterThan(2);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDiagram(page);
  expect(await axisFrames(page, zoomIn)).toBe(1);
});
