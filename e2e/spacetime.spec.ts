import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const TOOL = '/tools/space-time/';

test('keyboard: select an event in the live diagram; its cone and concurrent events are described', async ({
  page,
}) => {
  await page.goto('/play/mutual-visibility/?t=3s');
  const diagram = page.getByRole('application', { name: /space-time diagram/ });
  await diagram.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const cone = page.getByRole('region', { name: 'Selected event' });
  await expect(cone).toContainText(/happen before it/);
  await expect(cone).toContainText(/oncurrent/);
  await cone.getByRole('button', { name: 'Clear selection' }).click();
  await expect(cone).toHaveCount(0);
});

test('the log viewer renders its example, and names the line of a broken log', async ({ page }) => {
  await page.goto(TOOL);
  await page.getByRole('button', { name: 'Load example' }).click();
  const diagram = page.getByRole('region', { name: 'Diagram' });
  await expect(diagram.getByText(/^3 hosts, \d+ events/)).toBeVisible();
  await expect(page.getByRole('application', { name: /one lane per node/ })).toBeVisible();

  await page
    .getByLabel('Log', { exact: true })
    .fill('alpha {"alpha":1}\nstart\nbeta {"beta":"x"}\nbroken clock');
  await page.getByRole('button', { name: 'Render' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText(
    /line \d+/i,
  );
  await expectNoAxeViolations(page, 'log viewer with errors');
});

test('a simulated run downloads as a ShiViz log that the log viewer reads back', async ({
  page,
}) => {
  await page.goto('/play/mutual-visibility/?t=3s');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as a ShiViz log' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('lightcone-mutual-visibility-seed-1.log');
  const path = await file.path();
  await page.goto(TOOL);
  await page.getByLabel('Open a log file').setInputFiles(path);
  await expect(page.getByLabel('Log', { exact: true })).not.toHaveValue('');
  await page.getByRole('button', { name: 'Render' }).click();
  await expect(
    page.getByRole('region', { name: 'Diagram' }).getByText(/^5 hosts, \d+ events/),
  ).toBeVisible();
});

test('focusing a node in the cluster and an event in the diagram emphasise the same node', async ({
  page,
}) => {
  await page.goto('/play/mutual-visibility/?t=3s');
  await page.getByRole('button', { name: /^n3:/ }).focus();
  await expect(page.locator('svg circle[data-highlight="n3"]')).toHaveCount(1);
  const diagram = page.getByRole('application', { name: /space-time diagram/ });
  await diagram.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('svg circle[data-highlight]')).toHaveCount(1);
});
