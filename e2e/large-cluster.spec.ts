import { expect, test } from '@playwright/test';
import {
  clockSeconds,
  dragCut,
  maxSpeed,
  networkStatus,
  nodeButton,
  nodeButtons,
  openSandbox,
  playback,
} from './helpers';

test('a 100-node cluster plays at 10×, says it runs slower than chosen, and can be cut', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openSandbox(page, '?nodes=100');
  await expect(nodeButtons(page)).toHaveCount(100);
  await expect(nodeButton(page, 'n100')).toBeVisible();

  // 100 nodes heartbeating at 10× is more than any engine here can run in real time.
  const controls = playback(page);
  const notice = controls.getByRole('status').filter({ hasText: /Running slower/ });
  await expect(notice).toHaveCount(0);
  await maxSpeed(page);
  await controls.getByRole('button', { name: 'Play' }).click();
  await expect(notice).toHaveText(/^Running slower than 10\.0×: this device keeps up with about /, {
    timeout: 10_000,
  });
  const started = await clockSeconds(page);
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(started);
  // Frames stay short, so Pause answers at once.
  await controls.getByRole('button', { name: 'Pause' }).click();
  await expect(controls.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 1_000 });

  // The two halves of the ring, apart from the nodes the cut line passes through.
  const right = Array.from({ length: 48 }, (_, i) => `n${i + 2}`);
  const left = Array.from({ length: 48 }, (_, i) => `n${i + 52}`);
  await dragCut(page, right, left);
  await expect(networkStatus(page)).toHaveText(/^Partitioned: /);
  await expect(page.locator('svg line[data-cut]').first()).toBeAttached();
  expect(errors).toEqual([]);
});

test('the node count can be typed, and the cluster restarts at that size', async ({ page }) => {
  await openSandbox(page);
  const exact = page.getByRole('spinbutton', { name: 'Nodes, exact number' });
  await exact.fill('25');
  await exact.press('Enter');
  await expect(nodeButtons(page)).toHaveCount(25);
  await expect(page.getByRole('slider', { name: 'Nodes' })).toHaveValue('25');
  await expect.poll(() => new URL(page.url()).searchParams.get('nodes')).toBe('25');
});

test('hovering a message dot on the cluster names that message under the space-time diagram', async ({
  page,
}) => {
  await openSandbox(page, '?t=2s');
  const canvas = page.getByRole('figure', { name: /cluster$/ }).locator('canvas');
  await expect
    .poll(async () => Number(await canvas.getAttribute('data-messages')))
    .toBeGreaterThan(0);
  // Find a drawn pixel: the canvas is transparent except for messages.
  const dot = await canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < pixels.length; i += 4) {
      if (pixels[i]! === 255) {
        const box = c.getBoundingClientRect();
        const x = ((i - 3) / 4) % c.width;
        const y = Math.floor((i - 3) / 4 / c.width);
        return {
          x: box.left + (x / c.width) * box.width,
          y: box.top + (y / c.height) * box.height,
        };
      }
    }
    return null;
  });
  expect(dot).not.toBeNull();
  await page.mouse.move(dot!.x + 1, dot!.y + 2);
  await expect(page.getByText(/^Highlighted: message heartbeat \d+: n\d → n\d$/)).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(page.getByText(/^Highlighted: message/)).toHaveCount(0);
});
