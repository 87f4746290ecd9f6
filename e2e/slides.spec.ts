import { expect, test } from '@playwright/test';
import { nodeButton } from './helpers';

/** Every embed, as a speaker would frame it in a 16:9 slide. */
const EMBEDS = [
  { path: '/embed/failure-detection/', title: 'Failure detector' },
  { path: '/embed/cap/', title: 'CAP: CP and AP side by side' },
  { path: '/embed/light-cones/', title: 'The soldier and the sniper' },
  { path: '/embed/harvest-yield/', title: 'Harvest and yield' },
];
const SIZES = [
  { width: 960, height: 540 },
  { width: 1280, height: 720 },
];

for (const { path, title } of EMBEDS) {
  for (const size of SIZES) {
    for (const controls of ['1', '0'] as const) {
      test(`${path} fits ${size.width}×${size.height} with controls=${controls}`, async ({
        page,
      }) => {
        await page.setViewportSize(size);
        await page.goto(`${path}?theme=dark&controls=${controls}`);
        await expect(page.getByRole('heading', { name: title }).first()).toBeAttached();
        await expect(nodeButton(page, 'n1').first()).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        // No scrollbars: the document is no larger than the slide.
        await expect
          .poll(() =>
            page.evaluate(() => {
              const root = document.scrollingElement ?? document.documentElement;
              return [root.scrollWidth, root.scrollHeight];
            }),
          )
          .toEqual([size.width, size.height]);
        // The whole widget is inside the slide, not cut off.
        const box = await page.locator('[data-embed-fit]').boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x + box!.width).toBeLessThanOrEqual(size.width + 1);
        expect(box!.y + box!.height).toBeLessThanOrEqual(size.height + 1);
        const play = page.getByRole('button', { name: 'Play', exact: true });
        if (controls === '0') {
          await expect(play).toHaveCount(0);
          await expect(page.getByRole('button', { name: /^(Step|Restart)/ })).toHaveCount(0);
        } else await expect(play.first()).toBeVisible();
      });
    }
  }
}
