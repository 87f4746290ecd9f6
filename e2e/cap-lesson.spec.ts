/**
 * What the CAP lesson and sandbox show a person: the value each replica holds, under it,
 * changing after a write; and the checker's sentence about a stale read, in the lesson,
 * naming clients as the history does and times in seconds.
 */
import { expect, test } from '@playwright/test';
import { clock, maxSpeed, nodeButton, playback } from './helpers';

test('a replica shows the value it holds, and the value changes after a write', async ({
  page,
}) => {
  // No background traffic; n4's client writes x=7 at 3 s. The run opens at 2.5 s.
  await page.goto('/play/cap/?seed=2&rate=0&log=3s_request_n4_write_x_7&t=2.5s');
  const n4 = page.locator('[data-badge="n4"]');
  await expect(n4.first()).toHaveText('x=– y=–');
  await expect(n4.nth(1)).toHaveText('term 1, follows n3');
  await expect(nodeButton(page, 'n4')).toHaveAccessibleName(/^n4: x=null y=null \(follower/);
  await maxSpeed(page);
  await playback(page).getByRole('button', { name: 'Play' }).click();
  await expect(n4.first()).toHaveText('x=7 y=–', { timeout: 10_000 });
  await expect(nodeButton(page, 'n4')).toHaveAccessibleName(/^n4: x=7 y=null \(follower/);
  // Every replica holds it once the leader has committed it.
  await expect(page.locator('[data-badge="n1"]').first()).toHaveText('x=7 y=–');
});

test("the lesson's checker names a stale read by client, in seconds", async ({ page }) => {
  await page.goto('/learn/cap/');
  const question = /what does n1 read\?/;
  const box = page.getByRole('region', { name: question });
  await box.getByRole('radio', { name: /^1, n5's earlier write/ }).check();
  await box.getByRole('button', { name: 'Lock in my prediction' }).click();
  await maxSpeed(playback(box));
  await playback(box).getByRole('button', { name: 'Play' }).click();
  await expect(box.getByText(/^Deciding moment, 9\.10 s/)).toBeVisible({ timeout: 20_000 });
  await expect(clock(box)).toHaveText('9.10 s');
  const sentence =
    "c3 read 1 at 5.000 s, although c1's write of 2 had returned at 4.050 s, replacing 1.";
  const history = box.getByRole('region', { name: 'AP (like Riak): client history' });
  await expect(history.getByRole('status').filter({ hasText: 'linearizable' })).toHaveText(
    `Not linearizable. On key "y", ${sentence}`,
  );
  await expect(box.getByText(sentence, { exact: true })).toBeVisible();
  await expect(box.getByText('You called it.')).toBeVisible();
  await expect(box.getByText(/The counters show 1 write lost and 2 stale reads/)).toBeVisible();
});
