import { expect, test } from '@playwright/test';
import { LESSON, nodeButton, SANDBOX } from './helpers';
import { presentAndLeave } from './presenting';

test('presenter mode: the sandbox enters and leaves', async ({ page }) => {
  await page.goto(SANDBOX);
  await expect(nodeButton(page, 'n1')).toBeVisible();
  await presentAndLeave(page, page.locator('[tabindex="-1"]:has(button[aria-pressed])').first());
});

test('presenter mode: a lesson widget enters and leaves', async ({ page }) => {
  await page.goto(LESSON);
  const widget = page.locator('[tabindex="-1"]:has(button[aria-pressed])').first();
  await expect(nodeButton(widget, 'n1')).toBeVisible();
  await presentAndLeave(page, widget);
});
