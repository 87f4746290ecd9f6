import { expect, test, type Locator } from '@playwright/test';
import {
  clock,
  clockSeconds,
  LESSON,
  lockFirstPrediction,
  lockPrediction,
  maxSpeed,
  narration,
  nodeButton,
  notices,
  playback,
} from './helpers';

/** How many messages the cluster's canvas is drawing. */
async function messageCount(figure: Locator): Promise<number> {
  return Number((await figure.locator('canvas').getAttribute('data-messages')) ?? 0);
}

/** The message canvas's pixels, as a data URL: it changes when a message moves. */
async function messagePicture(figure: Locator): Promise<string> {
  return figure.locator('canvas').evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
}

test.describe('lesson: Always broken', () => {
  test('the first cluster plays: messages move and the clock advances', async ({ page }) => {
    // It plays at two speeds, waiting on real time at the slow one.
    test.slow();
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1, name: 'Always broken' })).toBeVisible();

    const figure = page.getByRole('figure', { name: /1\.5 s timeout\. n3 crashes at 3 s/ });
    await expect(figure).toBeVisible();
    const controls = playback(page).first();
    await expect(clock(controls)).toHaveText('0 µs');
    await expect(nodeButton(figure, 'n3')).toHaveAccessibleName('n3: trusts all 4 peers');
    // It runs once its question has an answer.
    await expect(controls.getByRole('button', { name: 'Play' })).toBeDisabled();
    await lockFirstPrediction(page);

    // At the slowest speed, so that it is still playing, well before its deciding moment
    // at 4.4 s, when the test pauses it.
    const speed = controls.getByRole('slider', { name: 'Speed' });
    await speed.focus();
    await speed.press('Home');
    await controls.getByRole('button', { name: 'Play' }).click();
    await expect(controls.getByRole('button', { name: 'Pause' })).toBeVisible();

    // Heartbeats are on the wire, and they move between two looks.
    await expect.poll(() => messageCount(figure)).toBeGreaterThan(0);
    const first = await messagePicture(figure);
    const before = await clockSeconds(controls);
    await expect.poll(() => messagePicture(figure), { timeout: 3_000 }).not.toBe(first);
    await expect.poll(() => clockSeconds(controls)).toBeGreaterThan(before);

    // The other widgets on the page did not start: each has its own clock.
    await expect(clock(playback(page).nth(1))).toHaveText('0 µs');

    // Pause stops the clock.
    await controls.getByRole('button', { name: 'Pause' }).click();
    const paused = await clock(controls).textContent();
    await page.waitForTimeout(250);
    await expect(clock(controls)).toHaveText(paused ?? '');

    // The scripted crash at 3 s happens as the run carries on (at 10× to keep this quick).
    const widgetLog = narration(page).first();
    await maxSpeed(controls);
    await controls.getByRole('button', { name: 'Play' }).click();
    await expect(widgetLog).toContainText('n3 crashed', { timeout: 6_000 });
    await expect(nodeButton(figure, 'n3')).toHaveAccessibleName('n3: crashed');
  });

  test('keys drive only the widget that has focus; its run opens in the sandbox', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const first = playback(page).nth(0);
    const second = playback(page).nth(1);
    await lockFirstPrediction(page);
    await lockPrediction(page, /a partition cuts it off/, /What a crash looks like/);
    await first.getByRole('button', { name: 'Step forward' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(clock(first)).not.toHaveText('0 µs');
    await expect(clock(second)).toHaveText('0 µs');

    await maxSpeed(first);
    await first.getByRole('button', { name: 'Play' }).click();
    // It pauses itself at the deciding moment, after the crash.
    await expect(clock(first)).toHaveText('4.40 s', { timeout: 10_000 });
    await expect(first.getByRole('button', { name: 'Play' })).toBeVisible();
    const shown = await clock(first).textContent();

    await page.getByRole('link', { name: 'Open this run in the sandbox' }).first().click();
    await expect(page).toHaveURL(/\/play\/failure-detection\/\?.*log=3s_crash_n3/);
    await expect(clock(page)).toHaveText(shown ?? '');
    await expect(nodeButton(page, 'n3')).toHaveAccessibleName('n3: crashed');
    await expect(notices(page)).toHaveCount(0);
  });

  test('a Predict prompt can be answered from the keyboard and reveals its explanation', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const prompt = page.getByRole('group', { name: /At 3 s, n3 crashes/ });
    await expect(prompt).toBeVisible();
    const explanation = page.getByText('Nothing announces a crash.');
    await expect(explanation).toHaveCount(0);
    const lock = page.getByRole('button', { name: 'Lock in my prediction' }).first();
    await expect(lock).toBeDisabled();

    // Focus lands on the first choice; arrows move between radios; Tab reaches the button.
    await prompt.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(prompt.getByRole('radio', { name: /A second or two later/ })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(lock).toBeFocused();
    await page.keyboard.press('Enter');

    // Focus is on the widget's Play, and Space runs it to the deciding moment.
    await expect(prompt.getByRole('radio').first()).toBeDisabled();
    await expect(explanation).toHaveCount(0);
    const controls = playback(page).first();
    await expect(controls.getByRole('button', { name: 'Play' })).toBeFocused();
    await maxSpeed(controls);
    await controls.getByRole('button', { name: 'Play' }).focus();
    await page.keyboard.press('Space');
    await expect(clock(controls)).toHaveText('4.40 s', { timeout: 10_000 });
    await expect(page.getByText('You called it.')).toBeVisible();
    await expect(explanation).toBeVisible();

    // Try again hides the explanation and returns focus to the choices.
    await page.getByRole('button', { name: 'Try again' }).focus();
    await page.keyboard.press('Space');
    await expect(explanation).toHaveCount(0);
    await expect(prompt.getByRole('radio').first()).toBeFocused();

    // A wrong answer gets its own reason, once the run has reached the moment.
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await expect(page.getByText(/Not quite\. You picked “Right away/)).toBeVisible({
      timeout: 10_000,
    });
    await expect(page.getByText(/must wait to be sure/)).toBeVisible();
  });
});
