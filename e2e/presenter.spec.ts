import { expect, test } from '@playwright/test';
import { LESSON, lockFirstPrediction, nodeButton, SANDBOX } from './helpers';
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
  // The widget runs once its question has an answer.
  await lockFirstPrediction(page);
  await presentAndLeave(page, widget);
});
