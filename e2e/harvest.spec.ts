import { expect, test, type Locator, type Page } from '@playwright/test';
import { clockSeconds, maxSpeed, nodeButton, notices, playback } from './helpers';

const SANDBOX = '/play/harvest-yield/';

/** The value a person reads in the meters table: row `meter`, column `column`. */
async function meter(scope: Page | Locator, meterName: string, column: 'Last 2 s' | 'Whole run') {
  const table = scope.getByRole('table', { name: 'Meters', exact: true });
  const columns = await table.getByRole('columnheader').allTextContents();
  const row = table.getByRole('row', { name: new RegExp(`^${meterName}\\b`) });
  const text = await row
    .getByRole('cell')
    .nth(columns.indexOf(column) - 1)
    .textContent();
  return parseFloat(text ?? 'NaN');
}

test('crashing a machine in the sandbox moves the harvest meter while yield stays', async ({
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

test('the embed fits a 960 × 540 slide and, with controls=0, plays from the keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 960, height: 540 });
  await page.goto('/embed/harvest-yield/?controls=0&theme=dark&seed=2&replicas=1&load=60');
  await expect(nodeButton(page, 'n6')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('group', { name: 'Playback' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0);
  const table = page.getByRole('table', { name: 'Meters' });
  await expect(table).toBeInViewport({ ratio: 0.999 });
  for (const id of ['fe', 'n1', 'n6']) await expect(nodeButton(page, id)).toBeInViewport();
  expect(await meter(page, 'Offered', 'Whole run')).toBe(0);
  // No buttons, but a presentation clicker's keys still drive it, and the meters fill.
  await page.keyboard.press('Space');
  await expect
    .poll(() => meter(page, 'Offered', 'Whole run'), { timeout: 10_000 })
    .toBeGreaterThan(30);
  expect(await meter(page, 'Yield', 'Whole run')).toBe(100);
  await page.screenshot({ path: 'test-results/harvest-embed.png' });

  // With controls, the transport heads the meters' column and everything still fits
  // (scaled to the slide, so edges fall on fractions of a pixel: hence 0.999).
  await page.goto('/embed/harvest-yield/?seed=2');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeInViewport({
    ratio: 0.999,
  });
  await expect(page.getByRole('table', { name: 'Meters', exact: true })).toBeInViewport({
    ratio: 0.999,
  });
  await expect(page.getByRole('img', { name: /^Yield and harvest/ })).toBeInViewport({
    ratio: 0.999,
  });
});

test('the lesson: predict, then run the crash and read harvest fall to five sixths', async ({
  page,
}) => {
  await page.goto('/learn/harvest-yield/');
  const prompt = page.getByRole('region', { name: /At 2 s, n3 crashes/ });
  await prompt.getByRole('radio', { name: /Harvest falls to 5\/6/ }).check();
  await prompt.getByRole('button', { name: 'Lock in my prediction' }).click();
  const play = prompt.getByRole('button', { name: 'Play', exact: true });
  await expect(play).toBeFocused();
  await maxSpeed(prompt.getByRole('group', { name: 'Playback' }));
  await play.click();
  // The widget pauses at 4 s, when the last two seconds are all after the crash.
  await expect(prompt.getByText('Deciding moment, 4.00 s: 2 s after the crash')).toBeVisible({
    timeout: 15_000,
  });
  await expect(prompt.getByText('You called it.')).toBeVisible();
  const table = prompt.getByRole('table', { name: /n3 crashes at 2 s.*meters/ });
  const harvest = table
    .getByRole('row', { name: /^Harvest/ })
    .getByRole('cell')
    .first();
  await expect(harvest).toHaveText('83.3 %');
  await expect(prompt.getByText(/harvest over the last 2 s is 83\.3 %/)).toBeVisible();
});

test('the lesson: three of everything runs only after a prediction, and that decides it', async ({
  page,
}) => {
  await page.goto('/learn/harvest-yield/');
  const prompt = page.getByRole('region', { name: /start with three of everything/ });
  const run = prompt.getByRole('button', { name: 'Simulate a million hours' });
  await expect(run).toBeDisabled();
  await prompt.getByRole('radio', { name: 'About 1 hour in 400' }).check();
  await prompt.getByRole('button', { name: 'Lock in my prediction' }).click();
  await expect(run).toBeFocused();
  await expect(prompt.getByText(/Over a million simulated hours/)).toHaveCount(0);
  await run.click();
  await expect(prompt.getByText('That is two replicas: 5 % of 5 %.')).toBeVisible();
  await expect(
    prompt.getByText(/^Over a million simulated hours, one machine is down 5\.0 %/),
  ).toBeVisible();
});

test('side by side in the sandbox: one crash, two layouts, one transport', async ({ page }) => {
  await page.goto(`${SANDBOX}?seed=4&load=60`);
  await expect(nodeButton(page, 'n1').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Side by side with' }).selectOption({
    label: '6 partitions × 1 replicas',
  });
  const compared = page.getByRole('region', { name: /^Compared: 6 × 1/ });
  await expect(compared.getByRole('table')).toBeVisible();
  await nodeButton(page, 'n1').first().click();
  await page.getByRole('button', { name: 'Crash n1' }).click();
  await maxSpeed(page.getByRole('group', { name: 'Playback' }).first());
  await page.getByRole('button', { name: 'Play', exact: true }).first().click();
  await expect.poll(() => clockSeconds(page), { timeout: 10_000 }).toBeGreaterThan(4);
  // 3 × 2 routes around n1; 6 × 1 answers without partition 1.
  expect(await meter(page, 'Harvest', 'Last 2 s')).toBe(100);
  await expect
    .poll(async () =>
      parseFloat(
        (await compared
          .getByRole('row', { name: /^Harvest/ })
          .getByRole('cell')
          .first()
          .textContent()) ?? 'NaN',
      ),
    )
    .toBeCloseTo(83.3, 0);
});
