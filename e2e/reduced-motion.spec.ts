import { expect, test } from '@playwright/test';
import {
  clock,
  clockSeconds,
  LESSON,
  lockFirstPrediction,
  nodeButton,
  openSandbox,
  playback,
} from './helpers';

test.describe('with prefers-reduced-motion: reduce', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('stepping and playing still work in the sandbox', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openSandbox(page);
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
      true,
    );

    const step = playback(page).getByRole('button', { name: 'Step forward' });
    let previous = await clock(page).textContent();
    for (let i = 0; i < 3; i++) {
      await step.click();
      await expect(clock(page)).not.toHaveText(previous ?? '');
      previous = await clock(page).textContent();
    }
    // Messages are drawn where they are, without tweening.
    const canvas = page.getByRole('figure', { name: /cluster/ }).locator('canvas');
    await expect
      .poll(async () => Number(await canvas.getAttribute('data-messages')))
      .toBeGreaterThan(0);

    await playback(page).getByRole('button', { name: 'Play' }).click();
    const started = await clockSeconds(page);
    await expect.poll(() => clockSeconds(page)).toBeGreaterThan(started);
    await playback(page).getByRole('button', { name: 'Pause' }).click();

    await nodeButton(page, 'n2').click();
    await page.getByRole('button', { name: 'Crash n2' }).click();
    await expect(nodeButton(page, 'n2')).toHaveAccessibleName('n2: crashed');
    expect(errors).toEqual([]);
  });

  test('the lesson renders and its widgets step', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(LESSON);
    const controls = playback(await lockFirstPrediction(page));
    await controls.getByRole('button', { name: 'Step forward' }).click();
    await expect(clock(controls)).not.toHaveText('0 µs');
    expect(errors).toEqual([]);
  });
});
