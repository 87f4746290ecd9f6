import { expect, test, type Page } from '@playwright/test';
import { clockSeconds, nodeButton, nodeNames } from './helpers';

/**
 * The CAP and light-cone embeds have landscape slide layouts: at both common 16:9 sizes,
 * with their controls, they fit with little shrinking, never scroll, and still play.
 */
const EMBEDS = [
  { path: '/embed/cap/', ready: 'CP (like ZooKeeper)' },
  { path: '/embed/light-cones/', ready: 'The soldier and the sniper' },
];
const SIZES = [
  { width: 960, height: 540 },
  { width: 1280, height: 720 },
];

/** The scale EmbedFit applied to the widget (1 when it fits as laid out). */
async function fitScale(page: Page): Promise<number> {
  const scale = await page.locator('[data-embed-fit]').getAttribute('data-scale');
  return Number(scale);
}

async function scrollSize(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return [root.scrollWidth, root.scrollHeight];
  });
}

for (const { path, ready } of EMBEDS) {
  for (const size of SIZES) {
    test(`${path} at ${size.width}×${size.height}: scale at least 0.75, no scrolling, plays`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`${path}?seed=1`);
      await expect(page.getByText(ready).first()).toBeVisible();
      await expect(nodeButton(page, 'n1').first()).toBeVisible();
      await expect.poll(() => scrollSize(page)).toEqual([size.width, size.height]);
      await expect.poll(() => fitScale(page)).toBeGreaterThanOrEqual(0.75);
      // The computed transform agrees with what the page reports.
      const transform = await page
        .locator('[data-embed-fit]')
        .evaluate((element) => getComputedStyle(element).transform);
      const scale = await fitScale(page);
      if (scale < 1) expect(transform).toContain(`matrix(${scale}, 0, 0, ${scale}`);
      else expect(transform).toBe('none');

      // Play works by its button, and the keyboard pauses it again.
      await page.getByRole('button', { name: 'Play', exact: true }).first().click();
      await expect(page.getByRole('button', { name: 'Pause', exact: true }).first()).toBeVisible();
      await expect.poll(() => clockSeconds(page.locator('body'))).toBeGreaterThan(0.5);
      await page.keyboard.press(' ');
      await expect(page.getByRole('button', { name: 'Play', exact: true }).first()).toBeVisible();
      // Still no scrolling once the run has filled in the views.
      await expect.poll(() => scrollSize(page)).toEqual([size.width, size.height]);
    });
  }

  test(`${path} with controls=0 is the bare figure, and keys still play it`, async ({ page }) => {
    await page.setViewportSize(SIZES[0]!);
    await page.goto(`${path}?seed=1&controls=0`);
    await expect(nodeButton(page, 'n1').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0);
    await expect(page.getByRole('slider', { name: 'Speed' })).toHaveCount(0);
    await expect.poll(() => fitScale(page)).toBeGreaterThanOrEqual(0.75);
    await expect.poll(() => scrollSize(page)).toEqual([960, 540]);
    // No buttons, but a clicker's keys play it: the nodes' states move on.
    const before = (await nodeNames(page)).join('; ');
    await page.keyboard.press(' ');
    await expect
      .poll(async () => (await nodeNames(page)).join('; '), { timeout: 30_000 })
      .not.toBe(before);
  });
}
