import { expect, test, type Locator, type Page } from '@playwright/test';
import { clockSeconds, maxSpeed, nodeButton, notices, playback } from './helpers';

const SANDBOX = '/play/harvest-yield/';

/** The value a person reads in the meters table: row `meter`, column `column`. */
async function meter(scope: Page | Locator, meterName: string, column: 'Last 2 s' | 'Whole run') {
  const table = scope.getByRole('table', { name: 'Meters' });
  const columns = await table.getByRole('columnheader').allTextContents();
  const row = table.getByRole('row', { name: new RegExp(`^${meterName}\\b`) });
  const text = await row
    .getByRole('cell')
    .nth(columns.indexOf(column) - 1)
    .textContent();
  return parseFloat(text ?? 'NaN');
}

test('crashing a machine in the sandbox moves the harvest meter; a replica keeps yield', async ({
  page,
}) => {
  // 6 × 1 and best effort: a crash costs one partition in six.
  await page.goto(`${SANDBOX}?seed=3&replicas=1&load=60`);
  await expect(nodeButton(page, 'n3')).toBeVisible();
  await maxSpeed(page);
  await playback(page).getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => clockSeconds(page), { timeout: 10_000 }).toBeGreaterThan(3);
  expect(await meter(page, 'Harvest', 'Last 2 s')).toBe(100);
  expect(await meter(page, 'Yield', 'Last 2 s')).toBe(100);

  await nodeButton(page, 'n3').click();
  await page.getByRole('button', { name: 'Crash n3' }).click();
  const crashedAt = await clockSeconds(page);
  await expect.poll(() => clockSeconds(page), { timeout: 10_000 }).toBeGreaterThan(crashedAt + 3);
  // Five partitions of six answer: 83.3 %, and every query is still answered.
  await expect.poll(() => meter(page, 'Harvest', 'Last 2 s')).toBeCloseTo(83.3, 0);
  expect(await meter(page, 'Yield', 'Last 2 s')).toBe(100);
  await expect(page.getByRole('log')).toContainText('fe stops sending to n3');
  await page.screenshot({ path: 'test-results/harvest-sandbox.png', fullPage: true });
});

test('switching the layout and the policy: the layout restarts the run, the policy applies live', async ({
  page,
}) => {
  await page.goto(SANDBOX);
  await expect(nodeButton(page, 'n6')).toBeVisible();
  // 3 × 2 by default: partition 3 is on two machines.
  await expect(page.getByText('p3', { exact: true })).toHaveCount(2);
  const replicas = page.getByRole('slider', { name: 'Replicas per partition' });
  await replicas.focus();
  await replicas.press('ArrowRight');
  await expect(page.getByText('p3', { exact: true })).toHaveCount(0);
  await expect(page.getByText('p2', { exact: true })).toHaveCount(3);
  await expect(page).toHaveURL(/replicas=3/);

  await page.getByRole('combobox', { name: 'Answer policy' }).selectOption('complete');
  await expect(page.getByRole('combobox', { name: 'Answer policy' })).toHaveValue('complete');
  await expect(page).toHaveURL(/policy/);

  // Replicas that do not divide the machines are named, and the run keeps its layout.
  await replicas.press('ArrowRight');
  await expect(notices(page)).toContainText('replicas: 4 does not divide machines (6)');
  await expect(page.getByText('p2', { exact: true })).toHaveCount(3);
});
