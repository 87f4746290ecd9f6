/**
 * Links a hostile or unlucky person might open. Each page must show a specific notice
 * and keep working: no blank page, no uncaught error, no frozen tab.
 */
import { expect, test, type Page } from '@playwright/test';
import { clock, clockSeconds, maxSpeed, nodeButton, notices, playback, SANDBOX } from './helpers';

const ROUTES = [
  '/play/failure-detection/',
  '/play/cap/',
  '/play/light-cones/',
  '/embed/failure-detection/',
  '/embed/cap/',
  '/embed/light-cones/',
];

/** Collects uncaught page errors, which must stay empty. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('names every object inherits are unknown parameters on every sandbox and embed', async ({
  page,
}) => {
  const errors = pageErrors(page);
  for (const route of ROUTES) {
    await page.goto(`${route}?toString=1&constructor=1&hasOwnProperty=x`);
    const notice = notices(page);
    await expect(notice, route).toContainText('Unknown parameter "toString"');
    await expect(notice, route).toContainText('Unknown parameter "constructor"');
    await expect(notice, route).toContainText('Unknown parameter "hasOwnProperty"');
    await expect(page.getByRole('button', { name: 'Play' }).first(), route).toBeVisible();
  }
  await page.goto(`${SANDBOX}?log=1s_param_toString_1`);
  await expect(notices(page)).toContainText('unknown parameter "toString"');
  await expect(notices(page)).not.toContainText('cannot change during a run');
  expect(errors).toEqual([]);
});

test('a request key with a space replays, and the link keeps it', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto('/play/cap/?log=1s_request_n1_write_x%20y_5&t=2s');
  await expect(clock(page)).toHaveText('2.00 s');
  await expect(notices(page)).toHaveCount(0);
  await expect(page).toHaveURL(/log=1s_request_n1_write_x%2520y_5/);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(2);
  expect(errors).toEqual([]);
});

test('a repeated parameter takes its last value, and the notice says so', async ({ page }) => {
  await page.goto(`${SANDBOX}?seed=3&seed=9`);
  await expect(notices(page)).toContainText('seed is given 2 times; the last one, "9", is used');
  await expect(page.getByRole('textbox', { name: 'Seed' })).toHaveValue('9');
});

test('a time past the longest run is refused with a notice', async ({ page }) => {
  for (const t of ['600m', '5999940m']) {
    await page.goto(`${SANDBOX}?t=${t}`);
    await expect(notices(page)).toContainText(
      `t: ${t} is past the longest run of failure-detection, 60m; starting at 0`,
    );
    await expect(clock(page)).toHaveText('0 µs');
  }
});

test('a long seek runs with progress and can be cancelled; the page stays usable', async ({
  page,
}) => {
  await page.goto(`${SANDBOX}?nodes=100&t=5m`);
  const progress = page.getByRole('group', { name: 'Running ahead' });
  await expect(progress).toContainText('Running ahead to 300.00 s');
  // While it runs, the page answers: the inspector opens on a click.
  await nodeButton(page, 'n1').click();
  await expect(page.getByRole('button', { name: 'Crash n1' })).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  const stopped = await clockSeconds(page);
  expect(stopped).toBeGreaterThan(0);
  expect(stopped).toBeLessThan(300);
  await playback(page).getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(stopped);
});

test('a link full of garbage gives a short notice', async ({ page }) => {
  // About 12 kB: the most a static server's request line usually takes (Node: 16 kB).
  const garbage = Array.from({ length: 800 }, (_, i) => `${i}s_x${i}`).join('~');
  await page.goto(`${SANDBOX}?log=${garbage}&${'z'.repeat(2000)}=1&${'y'.repeat(2000)}=2`);
  const text = (await notices(page).textContent()) ?? '';
  expect(text.length).toBeGreaterThan(50);
  expect(text.length).toBeLessThan(4000);
  await expect(playback(page).getByRole('button', { name: 'Play' })).toBeVisible();
});

test('the side-by-side embed starts at t and stops at the end of steps', async ({ page }) => {
  await page.goto('/embed/cap/?t=3s');
  await expect(clock(page)).toHaveText('3.00 s');
  await page.goto('/embed/cap/?steps=2s-4s');
  await expect(clock(page)).toHaveText('2.00 s');
  await maxSpeed(page);
  await playback(page).getByRole('button', { name: 'Play' }).click();
  // Two runs side by side may play slower than chosen on a busy machine.
  await expect(clock(page)).toHaveText('4.00 s', { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});
