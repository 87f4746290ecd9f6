/**
 * Predict, run, then explain, on a real lesson: a locked choice sends the learner to Play,
 * the widget pauses itself at the deciding moment with a mark on its timeline, and only
 * then does the explanation open, with the reason for a wrong choice.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { clock, maxSpeed, playback } from './helpers';

const LESSON = '/learn/quorums/';
const QUESTION = /R=2, W=2, strict quorums/;
const EXPLANATION = /Refused, every one/;

function prompt(page: Page): Locator {
  return page.getByRole('region', { name: QUESTION });
}

async function lockIn(page: Page, choice: RegExp): Promise<Locator> {
  await page.goto(LESSON);
  const box = prompt(page);
  await expect(box.getByRole('group', { name: QUESTION })).toBeVisible();
  const play = playback(box).getByRole('button', { name: 'Play' });
  // Before a prediction, the run cannot start and nothing is explained.
  await expect(play).toBeDisabled();
  await expect(box.getByText(EXPLANATION)).toHaveCount(0);
  await box.getByRole('radio', { name: choice }).check();
  await box.getByRole('button', { name: 'Lock in my prediction' }).click();
  await expect(play).toBeFocused();
  await expect(box.getByRole('status').filter({ hasText: 'Now press Play' })).toBeVisible();
  await expect(box.getByRole('radio').first()).toBeDisabled();
  return box;
}

async function runToTheMoment(box: Locator): Promise<void> {
  await maxSpeed(playback(box));
  // Still not explained while the run has not reached the deciding moment.
  await expect(box.getByText(EXPLANATION)).toHaveCount(0);
  await playback(box).getByRole('button', { name: 'Play' }).click();
  await expect(
    box.getByText('Deciding moment, 2.55 s: the first refusal on the cut side'),
  ).toBeVisible({
    timeout: 15_000,
  });
  await expect(clock(box)).toHaveText('2.55 s');
  await expect(playback(box).getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(box.getByRole('status').filter({ hasText: 'Paused at 2.55 s' })).toBeVisible();
}

test.describe('predict, run, then explain', () => {
  test('a wrong answer: its own reason, after the run pauses at the deciding moment', async ({
    page,
  }) => {
    const box = await lockIn(page, /They succeed, more slowly/);
    await runToTheMoment(box);
    await expect(
      box.getByText(/^Not quite\. You picked “They succeed, more slowly”/),
    ).toBeVisible();
    await expect(box.getByText(/n1 and n2 can reach at most one of three/)).toBeVisible();
    await expect(box.getByText(EXPLANATION)).toBeVisible();
    // The learner may play on to the widget's end.
    await playback(box).getByRole('button', { name: 'Play' }).click();
    await expect(clock(box)).toHaveText('12.00 s', { timeout: 15_000 });
  });

  test('a right answer: "You called it", and no wrong-choice reason', async ({ page }) => {
    const box = await lockIn(page, /They are refused/);
    await runToTheMoment(box);
    await expect(box.getByText('You called it.')).toBeVisible();
    await expect(box.getByText(/can reach at most one of three/)).toHaveCount(0);
    await expect(box.getByText(EXPLANATION)).toBeVisible();
  });

  test('stepping onto the deciding moment counts, and Try again holds the run again', async ({
    page,
  }) => {
    const box = await lockIn(page, /They are refused/);
    const slider = box.getByRole('slider', { name: 'Time' });
    await slider.fill(String(3_000_000));
    await expect(box.getByText(EXPLANATION)).toBeVisible();
    await expect(
      box.getByRole('status').filter({ hasText: 'Past the deciding moment' }),
    ).toBeVisible();
    await box.getByRole('button', { name: 'Try again' }).click();
    await expect(box.getByText(EXPLANATION)).toHaveCount(0);
    await expect(box.getByRole('radio').first()).toBeFocused();
    await expect(playback(box).getByRole('button', { name: 'Play' })).toBeDisabled();
    await expect(clock(box)).toHaveText('0 µs');
  });
});
