import { expect, test } from '@playwright/test';
import { maxSpeed, narration, nodeButton, openSandbox, playback } from './helpers';

test('crash a node from the inspector, watch the others suspect it, restart it', async ({
  page,
}) => {
  await openSandbox(page);
  const n3 = nodeButton(page, 'n3');
  await expect(n3).toHaveAccessibleName('n3: trusts all 4 peers');

  await n3.click();
  const inspector = page.getByRole('region', { name: 'Node n3' });
  await expect(inspector.getByRole('heading', { name: 'Node n3' })).toBeVisible();
  await expect(n3).toHaveAttribute('aria-pressed', 'true');
  await expect(
    inspector.getByRole('button', { name: 'Latency spike on n3 (20× slower)' }),
  ).toBeVisible();

  await inspector.getByRole('button', { name: 'Crash n3' }).click();
  await expect(n3).toHaveAccessibleName('n3: crashed');
  await expect(page.locator('svg g[data-status="crashed"]')).toHaveCount(1);
  await expect(narration(page)).toContainText('n3 crashed');
  const restart = inspector.getByRole('button', { name: 'Restart n3' });
  await expect(restart).toBeVisible();
  await expect(inspector.getByRole('button', { name: 'Crash n3' })).toHaveCount(0);

  // Nobody is told; the survivors notice the silence once their timers run out.
  await maxSpeed(page);
  await playback(page).getByRole('button', { name: 'Play' }).click();
  for (const id of ['n1', 'n2', 'n4', 'n5']) {
    await expect(nodeButton(page, id)).toHaveAccessibleName(`${id}: suspects n3`, {
      timeout: 10_000,
    });
  }
  await expect(page.locator('svg path[data-edge="n1 suspects n3"]')).toBeAttached();

  await restart.click();
  await expect(narration(page)).toContainText('n3 restarted');
  await expect(inspector.getByRole('button', { name: 'Crash n3' })).toBeVisible();
  for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) {
    await expect(nodeButton(page, id)).toHaveAccessibleName(`${id}: trusts all 4 peers`, {
      timeout: 10_000,
    });
  }

  await inspector.getByRole('button', { name: 'Close inspector for n3' }).click();
  await expect(page.getByRole('heading', { name: 'Node n3' })).toHaveCount(0);
  await expect(n3).toHaveAttribute('aria-pressed', 'false');
});

test('drop one specific message in flight from the inspector', async ({ page }) => {
  // n1 heartbeats at 1 s; 20 ms later, with seed 1, some of those messages are still on the wire.
  await openSandbox(page, '?seed=1&t=1020ms');
  await nodeButton(page, 'n1').click();
  const inspector = page.getByRole('region', { name: 'Node n1' });
  const drops = inspector.getByRole('button', { name: /^Drop message \d+ from n1 to n\d$/ });
  await expect(drops.first()).toBeVisible();
  const name = (await drops.first().getAttribute('aria-label'))!;
  const [, id, to] = /^Drop message (\d+) from n1 to (n\d)$/.exec(name)!;
  await drops.first().click();
  await expect(narration(page)).toContainText(`Message ${id} from n1 to ${to} dropped`);
  await expect(inspector.getByRole('button', { name })).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`_drop_${id}`));
});
