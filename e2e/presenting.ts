/** Presenter mode, tried as a speaker would: shared by the presenter specs. */
import { expect, type Locator, type Page } from '@playwright/test';
import { clockSeconds } from './helpers';

/**
 * Enters presenter mode on the widget `scope`, checks that it fills the window in large
 * type and that → works without a click, then leaves with Esc.
 */
export async function presentAndLeave(page: Page, scope: Locator): Promise<void> {
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
