import { expect, test } from '@playwright/test';
import { clockSeconds, nodeButton, nodeButtons, SANDBOX } from './helpers';

const RUN = 'seed=7&nodes=7&log=2s_partition_n1-n2!n3-n4-n5-n6-n7&t=3s';

test('copy embed code: the snippet, opened, shows the same run', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${SANDBOX}?${RUN}`);
  await expect(nodeButton(page, 'n7')).toBeVisible();
  const opener = page.getByRole('button', { name: 'Copy embed code' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this run' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Size' }).selectOption('1280x720');
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await dialog.getByRole('textbox', { name: 'Beats (optional)' }).fill('4s,6s');
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toContain('width="1280" height="720"');
  const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
  // The preview is the snippet's own URL.
  await expect(dialog.locator('iframe')).toHaveAttribute('src', src);
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Embed code copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  // Esc closes it and gives focus back.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  const query = new URL(src).searchParams;
  const sandbox = new URL(page.url()).searchParams;
  for (const name of ['seed', 'nodes', 'log', 't'])
    expect(query.get(name), name).toBe(sandbox.get(name));
  expect(query.get('theme')).toBe('dark');
  expect(query.get('beats')).toBe('4s,6s');

  await page.goto(src);
  await expect(nodeButtons(page)).toHaveCount(7);
  await expect.poll(() => clockSeconds(page)).toBe(3);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => clockSeconds(page)).toBe(4);
});

test('copy embed code from a lesson widget', async ({ page }) => {
  await page.goto('/learn/failure-detection/');
  const opener = page.getByRole('button', { name: 'Copy embed code' }).first();
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this run' });
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/failure-detection\/\?seed=/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
