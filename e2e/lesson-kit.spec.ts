/**
 * The speaker's kit on lesson widgets that are not a single cluster: the CAP lesson's
 * side-by-side widget and the harvest lesson's widgets have Presenter mode, Copy embed
 * code and Export a diagram, like every other widget.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { clock, clockSeconds, lockPrediction, nodeButton, playback } from './helpers';
import { presentAndLeave } from './presenting';

const CAP_LESSON = '/learn/cap/';

/** The first CP-and-AP widget of the CAP lesson, found by its caption. */
function capWidget(page: Page) {
  return page
    .locator('[tabindex="-1"]')
    .filter({
      has: page.getByText(/^The same cluster twice, seed 2, about four requests a second/),
    })
    .first();
}

test('CAP lesson: copy embed code gives a snippet that shows the same run', async ({ page }) => {
  await page.goto(CAP_LESSON);
  const widget = capWidget(page);
  await expect(nodeButton(widget, 'n1').first()).toBeVisible();
  // The widget runs once a prediction is locked, and pauses itself at the deciding moment.
  await lockPrediction(page, /At 2 s a cut isolates n1 and n2/, /^CP refuses them/);
  await playback(widget).getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => clockSeconds(widget), { timeout: 15_000 }).toBeCloseTo(3.9, 1);
  await expect(playback(widget).getByRole('button', { name: 'Play' })).toBeVisible();
  const time = (await clock(widget).textContent())!.trim();

  await widget.getByRole('button', { name: 'Copy embed code' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this run' });
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
  expect(new URL(src).pathname).toBe('/embed/cap/');
  const query = new URL(src).searchParams;
  expect(query.get('log')).toContain('partition');
  await page.keyboard.press('Escape');

  await page.goto(src);
  // The same instant, the same cut, the same register on both sides.
  await expect(clock(page)).toHaveText(time);
  await expect(page.getByText('Partitioned: {n1, n2} | {n3, n4, n5}').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'AP (like Riak)', exact: true })).toBeVisible();
});

test('CAP lesson: presenter mode enters and leaves with Esc', async ({ page }) => {
  await page.goto(CAP_LESSON);
  const widget = capWidget(page);
  await expect(nodeButton(widget, 'n1').first()).toBeVisible();
  // → steps the run, which waits for a locked prediction.
  await lockPrediction(page, /At 2 s a cut isolates n1 and n2/, /^CP refuses them/);
  await presentAndLeave(page, widget);
});

test('CAP lesson: export offers the diagrams as SVG', async ({ page }) => {
  await page.goto(CAP_LESSON);
  const widget = capWidget(page);
  await expect(nodeButton(widget, 'n1').first()).toBeVisible();
  await widget.getByText('Export a diagram').click();
  const svgButtons = widget.getByRole('button', { name: /^Save .* as SVG$/ });
  expect(await svgButtons.count()).toBeGreaterThan(1);
  const [download] = await Promise.all([page.waitForEvent('download'), svgButtons.first().click()]);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
});

test('harvest lesson: every live widget has the kit', async ({ page }) => {
  await page.goto('/learn/harvest-yield/');
  await expect(playback(page).first()).toBeVisible();
  const widgets = await playback(page).count();
  expect(widgets).toBeGreaterThan(1);
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveCount(widgets);
  await expect(page.getByRole('button', { name: 'Copy embed code' })).toHaveCount(widgets);
  await expect(page.getByText('Export a diagram', { exact: true })).toHaveCount(widgets);
});
