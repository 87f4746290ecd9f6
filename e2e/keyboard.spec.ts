import { expect, test, type Locator, type Page } from '@playwright/test';
import { clock, clockSeconds, networkStatus, nodeButton, openSandbox, playback } from './helpers';

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key = 'Tab', limit = 80): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((element) => element === document.activeElement, handle)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target}`);
}

test('the sandbox works from the keyboard alone', async ({ page }) => {
  await openSandbox(page);
  const play = playback(page).getByRole('button', { name: 'Play' });
  const pause = playback(page).getByRole('button', { name: 'Pause' });

  // Space anywhere on the page plays and pauses.
  await page.keyboard.press('Space');
  await expect(pause).toBeVisible();
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(0);
  await page.keyboard.press('Space');
  await expect(play).toBeVisible();

  // Home restarts.
  await page.keyboard.press('Home');
  await expect(clock(page)).toHaveText('0 µs');

  // Tab to the transport; Space on the focused button presses it (once, not twice).
  await tabTo(page, play);
  await page.keyboard.press('Space');
  await expect(pause).toBeFocused();
  await page.keyboard.press('Space');
  await expect(play).toBeFocused();

  // Arrow keys step through events one at a time.
  const before = await clock(page).textContent();
  await page.keyboard.press('ArrowRight');
  await expect(clock(page)).not.toHaveText(before ?? '');
  const afterOne = await clock(page).textContent();
  await page.keyboard.press('.');
  await page.keyboard.press('PageDown');
  await expect(clock(page)).not.toHaveText(afterOne ?? '');
  const afterThree = await clockSeconds(page);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => clockSeconds(page)).toBeLessThanOrEqual(afterThree);
  await expect(playback(page).getByRole('button', { name: 'Step back' })).toBeEnabled();

  // A partition made in the Network panel: n1 and n2 in group B.
  for (const id of ['n1', 'n2']) {
    const select = page.getByRole('combobox', { name: `Group for ${id}` });
    await tabTo(page, select);
    await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue('1');
  }
  const apply = page.getByRole('button', { name: 'Apply partition' });
  await tabTo(page, apply);
  await page.keyboard.press('Enter');
  await expect(networkStatus(page)).toHaveText('Partitioned: {n3, n4, n5} | {n1, n2}');

  const heal = page.getByRole('button', { name: 'Heal network' });
  await tabTo(page, heal);
  await page.keyboard.press('Enter');
  await expect(networkStatus(page)).toHaveText(/^Network healthy/);

  // Crash n3: the nodes are one Tab stop (n1 first), the arrows move on to n3, and Enter
  // on its button opens the inspector, then its Crash button.
  const n3 = nodeButton(page, 'n3');
  await tabTo(page, nodeButton(page, 'n1'), 'Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(n3).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Node n3' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Crash n3' }));
  await page.keyboard.press('Enter');
  await expect(n3).toHaveAccessibleName('n3: crashed');
  // Focus is not lost: it stays on the inspector's action, now "Restart n3".
  await expect(page.getByRole('button', { name: 'Restart n3' })).toBeFocused();
});

test('the nodes are one Tab stop, and the arrow keys, Home and End move between them', async ({
  page,
}) => {
  await openSandbox(page, '?nodes=100');
  const toolbar = page.getByRole('toolbar', { name: 'Failure detector cluster: nodes' });
  await expect(toolbar.getByRole('button')).toHaveCount(100);
  const n1 = nodeButton(toolbar, 'n1');
  await tabTo(page, n1);
  const time = await clock(page).textContent();

  await page.keyboard.press('ArrowRight');
  await expect(nodeButton(toolbar, 'n2')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(nodeButton(toolbar, 'n3')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await expect(n1).toBeFocused();
  // Around the ring: before n1 comes n100.
  await page.keyboard.press('ArrowLeft');
  await expect(nodeButton(toolbar, 'n100')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(n1).toBeFocused();
  await page.keyboard.press('End');
  await expect(nodeButton(toolbar, 'n100')).toBeFocused();
  // Those keys moved focus only: they did not step or restart the run.
  await expect(clock(page)).toHaveText(time ?? '');

  // One Tab leaves the toolbar, and Shift+Tab comes back to the node focused last.
  await page.keyboard.press('Tab');
  await expect(
    toolbar.getByRole('button', { name: /^n\d+:/ }).and(page.locator(':focus')),
  ).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(nodeButton(toolbar, 'n100')).toBeFocused();
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
});
