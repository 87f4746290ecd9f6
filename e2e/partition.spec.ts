import { expect, test } from '@playwright/test';
import {
  centre,
  dragCut,
  maxSpeed,
  narration,
  networkStatus,
  nodeButton,
  openSandbox,
  playback,
} from './helpers';

test('dragging a line across the cluster partitions it; healing restores trust', async ({
  page,
}) => {
  await openSandbox(page);
  await expect(networkStatus(page)).toHaveText(/^Network healthy/);
  await playback(page).getByRole('button', { name: 'Play' }).click();

  await dragCut(page, ['n1', 'n2'], ['n3', 'n4', 'n5']);

  // At 1× the cut is narrated well before suspicions (1.5 s later) push it out of the log.
  await expect(narration(page)).toContainText('Network partitioned: {n1, n2} | {n3, n4, n5}');
  await expect(networkStatus(page)).toHaveText('Partitioned: {n1, n2} | {n3, n4, n5}');
  await maxSpeed(page);
  await expect(page.locator('svg line[data-cut]').first()).toBeAttached();

  // Each side comes to suspect everyone on the other side, and only them.
  const timeout = 10_000;
  await expect(nodeButton(page, 'n1')).toHaveAccessibleName('n1: suspects n3, n4, n5', { timeout });
  await expect(nodeButton(page, 'n2')).toHaveAccessibleName('n2: suspects n3, n4, n5', { timeout });
  for (const id of ['n3', 'n4', 'n5']) {
    await expect(nodeButton(page, id)).toHaveAccessibleName(`${id}: suspects n1, n2`, { timeout });
  }
  await expect(narration(page)).toContainText(/n\d suspects n\d/);
  await expect(page.locator('svg path[data-edge="n1 suspects n3"]')).toBeAttached();

  await page.getByRole('button', { name: 'Heal network' }).click();
  await expect(networkStatus(page)).toHaveText(/^Network healthy/);
  await expect(narration(page)).toContainText(/n\d trusts n\d again/, { timeout });
  for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) {
    await expect(nodeButton(page, id)).toHaveAccessibleName(`${id}: trusts all 4 peers`, {
      timeout,
    });
  }
  await expect(page.locator('svg line[data-cut]')).toHaveCount(0);
});

test('a short drag is a click, not a cut', async ({ page }) => {
  await openSandbox(page);
  const n1 = await centre(page, 'n1');
  const n3 = await centre(page, 'n3');
  const start = { x: (n1.x + n3.x) / 2, y: (n1.y + n3.y) / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 10, start.y + 5);
  await page.mouse.up();
  await expect(networkStatus(page)).toHaveText(/^Network healthy/);
});
