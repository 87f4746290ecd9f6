import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { nodeButton } from './helpers';

async function save(page: Page, name: string): Promise<{ file: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { file: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

test('export: the cluster view as SVG and PNG', async ({ page }) => {
  await page.goto('/play/failure-detection/?seed=3&t=2s');
  await expect(nodeButton(page, 'n1')).toBeVisible();
  await page.getByText('Export a diagram').click();
  const svg = await save(page, 'Save Failure detector cluster as SVG');
  expect(svg.file).toBe('lightcone-failure-detector-cluster.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  // Styles are inline: the file draws the same without the page's CSS.
  expect(text).toMatch(/style="fill:/);
  expect(text).toContain('n1');
  const png = await save(page, 'Save Failure detector cluster as PNG');
  expect(png.file).toBe('lightcone-failure-detector-cluster.png');
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  await expect(page.getByText('Saved lightcone-failure-detector-cluster.png.')).toBeVisible();
});

test('export: the space-time diagram, with its canvas layers', async ({ page }) => {
  await page.goto('/play/light-cones/?t=2s');
  await expect(nodeButton(page, 'n1').first()).toBeVisible();
  await page.getByText('Export a diagram').click();
  const button = page.getByRole('button', { name: /^Save .*space-time diagram as SVG$/ });
  const name = (await button.textContent()) ?? '';
  const svg = await save(page, name.trim());
  expect(svg.file).toMatch(/space-time-diagram\.svg$/);
  expect(svg.bytes.toString('utf8')).toContain('<image');
});
