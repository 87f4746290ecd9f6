import { expect, test } from '@playwright/test';
import {
  clock,
  clockSeconds,
  maxSpeed,
  narration,
  nodeButton,
  nodeButtons,
  notices,
  openSandbox,
  playback,
  SANDBOX,
} from './helpers';

test.describe('the run in the URL', () => {
  test('a non-numeric node count is reported and replaced by the default', async ({ page }) => {
    await openSandbox(page, '?nodes=banana');
    const alert = notices(page);
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText('nodes');
    await expect(alert).toContainText('banana');
    await expect(nodeButtons(page)).toHaveCount(5);
    await expect(page.getByRole('slider', { name: 'Nodes' })).toHaveAttribute(
      'aria-valuetext',
      '5',
    );
  });

  test('a negative seed is reported, and the run uses seed 1', async ({ page }) => {
    await openSandbox(page, '?seed=-1');
    await expect(notices(page)).toContainText(/seed: "-1" is not a whole number/);
    await expect(page.getByRole('textbox', { name: 'Seed' })).toHaveValue('1');
  });

  test('a corrupt command log is reported, and the run still works', async ({ page }) => {
    await openSandbox(page, '?log=garbage~~_crash_n99');
    await expect(notices(page)).toContainText(/log: the command log could not be read/);
    await maxSpeed(page);
    await playback(page).getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => clockSeconds(page), { intervals: [50, 100, 200] }).toBeGreaterThan(0.5);
    await playback(page).getByRole('button', { name: 'Pause' }).click();
    await nodeButton(page, 'n2').click();
    await page.getByRole('button', { name: 'Crash n2' }).click();
    await expect(nodeButton(page, 'n2')).toHaveAccessibleName('n2: crashed');
  });

  test('nodes=7 gives seven nodes', async ({ page }) => {
    await openSandbox(page, '?nodes=7');
    await expect(nodeButtons(page)).toHaveCount(7);
    await expect(nodeButton(page, 'n7')).toHaveAccessibleName('n7: trusts all 6 peers');
    await expect(notices(page)).toHaveCount(0);
  });

  test('a log and a time in the link replay to the exact moment', async ({ page }) => {
    await openSandbox(page, '?seed=1&log=2s_crash_n3&t=4.5s');
    await expect(clock(page)).toHaveText('4.50 s');
    await expect(nodeButton(page, 'n3')).toHaveAccessibleName('n3: crashed');
    // 2.5 s after the crash every survivor's 1.5 s timer has run out.
    for (const id of ['n1', 'n2', 'n4', 'n5'])
      await expect(nodeButton(page, id)).toHaveAccessibleName(`${id}: suspects n3`);
    await expect(page.getByRole('slider', { name: 'Time', exact: true })).toHaveAttribute(
      'aria-valuetext',
      '4.50 s',
    );
  });

  test('a reload keeps the run', async ({ page }) => {
    await openSandbox(page);
    await nodeButton(page, 'n4').click();
    await page.getByRole('button', { name: 'Crash n4' }).click();
    await expect(narration(page)).toContainText('n4 crashed');
    await playback(page).getByRole('button', { name: 'Step forward' }).click();
    await playback(page).getByRole('button', { name: 'Step forward' }).click();
    const clockText = await clock(page).textContent();
    await expect.poll(() => new URL(page.url()).searchParams.get('log')).toMatch(/crash_n4/);
    await expect.poll(() => page.url()).toContain('t=');

    await page.reload();
    await expect(nodeButton(page, 'n4')).toHaveAccessibleName('n4: crashed');
    await expect(clock(page)).toHaveText(clockText ?? '');
    expect(new URL(page.url()).pathname).toBe(SANDBOX);
    await expect(notices(page)).toHaveCount(0);
  });

  test('parameters and the seed chosen in the panel land in the URL', async ({ page }) => {
    await openSandbox(page);
    const nodes = page.getByRole('slider', { name: 'Nodes' });
    await nodes.focus();
    await nodes.press('ArrowRight');
    await expect(nodeButtons(page)).toHaveCount(6);
    await expect.poll(() => new URL(page.url()).searchParams.get('nodes')).toBe('6');

    const seed = page.getByRole('textbox', { name: 'Seed' });
    const run = page.getByRole('button', { name: 'Run with this seed' });
    await seed.fill('abc');
    await expect(seed).toHaveAttribute('aria-invalid', 'true');
    await expect(run).toBeDisabled();
    await expect(page.getByText(/A seed is a whole number from 0 to/)).toBeVisible();
    await seed.fill('42');
    await seed.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('seed')).toBe('42');
    await expect(nodeButtons(page)).toHaveCount(6);
  });

  test('scrubbing back and forking forgets the future', async ({ page }) => {
    await openSandbox(page, '?seed=1&log=2s_crash_n3&t=4.5s');
    await expect(nodeButton(page, 'n3')).toHaveAccessibleName('n3: crashed');
    const time = page.getByRole('slider', { name: 'Time', exact: true });
    await time.focus();
    await time.press('Home');
    await expect(clock(page)).toHaveText('0 µs');
    await expect(nodeButton(page, 'n3')).toHaveAccessibleName('n3: trusts all 4 peers');
    // The crash is still ahead: stepping past 2 s replays it.
    await time.press('End');
    await expect(clock(page)).toHaveText('10.00 s');
    await expect(nodeButton(page, 'n3')).toHaveAccessibleName('n3: crashed');

    await time.press('Home');
    const fork = page.getByRole('button', { name: 'Fork here' });
    await fork.click();
    await expect(fork).toBeDisabled();
    await expect.poll(() => new URL(page.url()).searchParams.get('log')).toBeNull();
    await time.press('End');
    await expect(clock(page)).toHaveText('10.00 s');
    await expect(nodeButton(page, 'n3')).toHaveAccessibleName('n3: trusts all 4 peers');
  });
});
