/**
 * Shared helpers for the end-to-end suite. Everything is found the way a person (or a
 * screen reader) finds it: by role and accessible name.
 */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const SANDBOX = '/play/failure-detection/';
export const LESSON = '/learn/failure-detection/';
export const EMBED = '/embed/failure-detection/';

type Scope = Page | Locator | FrameLocator;

/** The virtual clock readout, an <output> (role status) named "Virtual time". */
export function clock(scope: Scope): Locator {
  return scope.getByRole('status', { name: 'Virtual time' });
}

/** The button laid over node `id`, whose name is "n3: …". */
export function nodeButton(scope: Scope, id: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`^${id}:`) });
}

/** Every node button in the cluster. */
export function nodeButtons(scope: Scope): Locator {
  return scope.getByRole('button', { name: /^n\d+: / });
}

export function playback(scope: Scope): Locator {
  return scope.getByRole('group', { name: 'Playback' });
}

export function narration(scope: Scope): Locator {
  return scope.getByRole('log');
}

/** The sentence under the "Network" heading: "Network healthy: …" or "Partitioned: …". */
export function networkStatus(page: Page): Locator {
  return page
    .getByRole('region', { name: 'Network' })
    .getByText(/^(Network healthy|Partitioned|Some links)/);
}

/** Opens the sandbox (with an optional query string) and waits until it is interactive. */
export async function openSandbox(page: Page, query = ''): Promise<void> {
  await page.goto(`${SANDBOX}${query}`);
  await expect(playback(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(nodeButton(page, 'n1')).toBeVisible();
}

/**
 * Sets the speed slider to its maximum (10×) from the keyboard, as a person would.
 * `scope` is a page with one widget, or a widget's Playback group.
 */
export async function maxSpeed(scope: Scope): Promise<void> {
  const slider = scope.getByRole('slider', { name: 'Speed' });
  await slider.focus();
  await slider.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', '10.0×');
}

/** Parses the clock text ("4.72 s", "120 ms", "0 µs") into seconds. */
export function seconds(text: string | null): number {
  const match = /^([\d.]+)\s*(s|ms|µs)$/.exec((text ?? '').trim());
  if (!match) throw new Error(`Not a clock reading: ${JSON.stringify(text)}`);
  const value = Number(match[1]);
  return match[2] === 's' ? value : match[2] === 'ms' ? value / 1e3 : value / 1e6;
}

export async function clockSeconds(scope: Scope): Promise<number> {
  return seconds(await clock(scope).textContent());
}

/** The statuses a person sees: each node button's accessible name, in order. */
export async function nodeNames(scope: Scope): Promise<string[]> {
  const buttons = nodeButtons(scope);
  const count = await buttons.count();
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    names.push((await buttons.nth(index).getAttribute('aria-label')) ?? '');
  }
  return names;
}

/** Runs axe with the WCAG 2.1 A/AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const report = results.violations
    .map(
      (violation) =>
        `- [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
        violation.nodes
          .slice(0, 5)
          .map(
            (node) =>
              `    at ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
          )
          .join('\n'),
    )
    .join('\n');
  expect(results.violations.length, `axe violations on ${what}:\n${report}`).toBe(0);
}

/**
 * Alerts with something to say. (Next.js also mounts an empty role="alert" route
 * announcer on every page, which is not a notice.)
 */
export function notices(scope: Scope): Locator {
  return scope.getByRole('alert').filter({ hasText: /\S/ });
}

type Point = { x: number; y: number };

export async function centre(scope: Scope, id: string): Promise<Point> {
  const box = await nodeButton(scope, id).boundingBox();
  if (!box) throw new Error(`${id} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function mean(points: Point[]): Point {
  return {
    x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
    y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
  };
}

/**
 * The ends of a cut line between group `a` and group `b`: the perpendicular bisector of
 * the segment joining their centroids, `half` pixels either side, on empty SVG.
 */
export async function cutEnds(
  scope: Scope,
  a: string[],
  b: string[],
  half = 90,
): Promise<[Point, Point]> {
  const ca = mean(await Promise.all(a.map((id) => centre(scope, id))));
  const cb = mean(await Promise.all(b.map((id) => centre(scope, id))));
  const mid = { x: (ca.x + cb.x) / 2, y: (ca.y + cb.y) / 2 };
  const length = Math.hypot(cb.x - ca.x, cb.y - ca.y);
  const dir = { x: -(cb.y - ca.y) / length, y: (cb.x - ca.x) / length };
  return [
    { x: mid.x - dir.x * half, y: mid.y - dir.y * half },
    { x: mid.x + dir.x * half, y: mid.y + dir.y * half },
  ];
}

/** The point a fraction `f` of the way from `a` to `b`. */
export function lerp(a: Point, b: Point, f: number): Point {
  return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
}

/**
 * Drags a cut line with the mouse between group `a` and group `b` (see `cutEnds`).
 * `scope` picks the cluster when a page shows more than one.
 */
export async function dragCut(
  page: Page,
  a: string[],
  b: string[],
  scope: Scope = page,
): Promise<void> {
  const [from, to] = await cutEnds(scope, a, b);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) {
    const point = lerp(from, to, i / 6);
    await page.mouse.move(point.x, point.y);
  }
  await page.mouse.up();
}

/**
 * Answers the prompt asking `question` with `choice` and locks it in, so the widget it
 * wraps may run; returns the prompt's region. The page is already open.
 */
export async function lockPrediction(
  page: Page,
  question: RegExp,
  choice: RegExp,
): Promise<Locator> {
  const box = page.getByRole('region', { name: question });
  await box.getByRole('radio', { name: choice }).check();
  await box.getByRole('button', { name: 'Lock in my prediction' }).click();
  await expect(playback(box).getByRole('button', { name: 'Play' })).toBeFocused();
  return box;
}

/** The failure-detection lesson's first prompt, answered, so its crash widget may run. */
export function lockFirstPrediction(page: Page): Promise<Locator> {
  return lockPrediction(page, /At 3 s, n3 crashes/, /A second or two later/);
}
