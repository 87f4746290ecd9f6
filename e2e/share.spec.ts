import { expect, test } from '@playwright/test';
import {
  clock,
  maxSpeed,
  networkStatus,
  nodeButton,
  nodeNames,
  notices,
  openSandbox,
  playback,
  SANDBOX,
} from './helpers';

test('Copy link reproduces the exact run in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSandbox(page);

  // Make a run: cut n1 off, crash n3, let time pass until the survivors notice.
  await page.getByRole('combobox', { name: 'Group for n1' }).selectOption('Group B');
  await page.getByRole('button', { name: 'Apply partition' }).click();
  await expect(networkStatus(page)).toHaveText(/^Partitioned: /);
  await nodeButton(page, 'n3').click();
  await page.getByRole('button', { name: 'Crash n3' }).click();
  await expect(nodeButton(page, 'n3')).toHaveAccessibleName('n3: crashed');
  await maxSpeed(page);
  await playback(page).getByRole('button', { name: 'Play' }).click();
  await expect(nodeButton(page, 'n2')).toHaveAccessibleName(/suspects .*n3/, { timeout: 10_000 });
  await playback(page).getByRole('button', { name: 'Pause' }).click();

  const clockText = await clock(page).textContent();
  const names = await nodeNames(page);
  const network = await networkStatus(page).textContent();
  expect(names).toContain('n3: crashed');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain(SANDBOX);
  expect(new URL(link).searchParams.get('log')).toMatch(/crash_n3/);
  // The address bar carries the same run.
  expect(new URL(page.url()).search).toBe(new URL(link).search);

  const other = await context.newPage();
  await other.goto(link);
  await expect(clock(other)).toHaveText(clockText ?? '');
  await expect.poll(() => nodeNames(other)).toEqual(names);
  await expect(networkStatus(other)).toHaveText(network ?? '');
  await expect(notices(other)).toHaveCount(0);
  await expect(playback(other).getByRole('button', { name: 'Play' })).toBeVisible();
});
