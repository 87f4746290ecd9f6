import { expect, test, type Page } from '@playwright/test';
import { clockSeconds, EMBED, nodeButton, playback, SANDBOX } from './helpers';

/** A clicker sends → (or PageDown) and ←; the widget walks through its beats. */
async function walk(page: Page, next: string, back: string): Promise<void> {
  // No click first: the keys reach the widget as soon as it has loaded.
  await page.keyboard.press(next);
  await expect.poll(() => clockSeconds(page)).toBe(2);
  await expect(playback(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await page.keyboard.press(next);
  await expect.poll(() => clockSeconds(page)).toBe(4.5);
  await page.keyboard.press('.');
  await expect.poll(() => clockSeconds(page)).toBe(7);
  // Paused at the beat: time stays there.
  await page.waitForTimeout(300);
  expect(await clockSeconds(page)).toBe(7);
  await page.keyboard.press(back);
  await expect.poll(() => clockSeconds(page)).toBe(4.5);
  await page.keyboard.press(back);
  await page.keyboard.press(back);
  await expect.poll(() => clockSeconds(page)).toBe(0);
}

test('beats: the embed plays to each beat and pauses, and goes back one', async ({ page }) => {
  await page.goto(`${EMBED}?beats=2s,4.5s,7s`);
  await expect(nodeButton(page, 'n1')).toBeVisible();
  await walk(page, 'ArrowRight', 'ArrowLeft');
});

test('beats: the sandbox takes clicker keys and keeps beats in its link', async ({ page }) => {
  await page.goto(`${SANDBOX}?beats=7s,2s,4.5s`);
  await expect(nodeButton(page, 'n1')).toBeVisible();
  await walk(page, 'PageDown', 'PageUp');
  await expect.poll(() => new URL(page.url()).searchParams.get('beats')).toBe('2s,4500ms,7s');
});

test('beats: a bad beat is named and the others still work', async ({ page }) => {
  await page.goto(`${EMBED}?beats=2s,soon`);
  await expect(page.getByText('beats: "soon" is not a time such as "4.5s"; skipped')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => clockSeconds(page)).toBe(2);
});
