import { expect, test, type Page } from '@playwright/test';
import { clockSeconds, LESSON, lockFirstPrediction, nodeButton, SANDBOX } from './helpers';

async function presentAndLeave(page: Page, scope: ReturnType<Page['locator']>): Promise<void> {
  await scope.getByRole('button', { name: 'Presenter mode' }).click();
  const leave = scope.getByRole('button', { name: 'Leave presenter mode' });
  await expect(leave).toHaveAttribute('aria-pressed', 'true');
  // Fullscreen where the browser allows it; either way the widget fills the window.
  const box = await scope.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).toMatchObject({ x: 0, y: 0, width: viewport.width, height: viewport.height });
  // Large type.
  const size = await scope.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThan(20);
  // Keys work straight away: → steps the run.
  const before = await clockSeconds(scope);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => clockSeconds(scope)).toBeGreaterThan(before);
  await page.keyboard.press('Escape');
  await expect(scope.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
}

test('presenter mode: the sandbox enters and leaves', async ({ page }) => {
  await page.goto(SANDBOX);
  await expect(nodeButton(page, 'n1')).toBeVisible();
  await presentAndLeave(page, page.locator('[tabindex="-1"]:has(button[aria-pressed])').first());
});

test('presenter mode: a lesson widget enters and leaves', async ({ page }) => {
  await page.goto(LESSON);
  const widget = page.locator('[tabindex="-1"]:has(button[aria-pressed])').first();
  await expect(nodeButton(widget, 'n1')).toBeVisible();
  // The widget runs once its question has an answer.
  await lockFirstPrediction(page);
  await presentAndLeave(page, widget);
});
