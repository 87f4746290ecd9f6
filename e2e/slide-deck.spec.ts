import { expect, test } from '@playwright/test';
import { nodeButton } from './helpers';

/** The example deck, driven as a speaker's clicker would: only arrow and page keys. */
test('the example slide deck drives two embeds by postMessage', async ({ page }) => {
  await page.goto('/examples/slides.html');
  const status = page.getByRole('status');
  await expect(status).toHaveText('Slide 1 of 3');
  const detector = page.frameLocator('iframe[title="Failure detector"]');

  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('heading', { name: 'A crash and a cut look the same' }),
  ).toBeVisible();
  await expect(nodeButton(detector, 'n1')).toBeVisible();
  await expect(status).toHaveText('Slide 2 of 3; widget at 0 µs, beat 0 of 3');
  // Each press plays the widget to its next beat, read back from its state replies.
  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText(/^Slide 2 of 3; widget at 2.00 s, beat 1 of 3$/);
  await page.keyboard.press('PageDown');
  await expect(status).toHaveText(/^Slide 2 of 3; widget at 4.00 s, beat 2 of 3$/);
  await page.keyboard.press('ArrowLeft');
  await expect(status).toHaveText(/^Slide 2 of 3; widget at 2.00 s, beat 1 of 3$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText(/^Slide 2 of 3; widget at 6.00 s, beat 3 of 3$/, {
    timeout: 10_000,
  });
  // By then n4 (crashed at 3 s) is suspected: the widget itself shows it.
  await expect(nodeButton(detector, 'n1')).toHaveAccessibleName(/suspects n4/);

  // After the last beat, the next slide: the CAP widget, without controls.
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('heading', { name: 'CP refuses; AP answers, perhaps wrongly' }),
  ).toBeVisible();
  const cap = page.frameLocator('iframe[title="CAP: CP and AP side by side"]');
  await expect(cap.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText(/^Slide 3 of 3; widget at 3.00 s, beat 1 of 2$/);
  // Back past the first beat: the previous slide, where its widget still is.
  await page.keyboard.press('ArrowLeft');
  await expect(status).toHaveText(/^Slide 3 of 3; widget at 0 µs, beat 0 of 2$/);
  await page.keyboard.press('ArrowLeft');
  await expect(status).toHaveText(/^Slide 2 of 3; widget at 6.00 s, beat 3 of 3$/);
});
