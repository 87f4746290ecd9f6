/**
 * Former addresses: a link saved before a concept took its one id still opens the same
 * run, at the concept's address, with the query string and the hash kept.
 */
import { expect, test } from '@playwright/test';
import { formerIds } from '../content/concepts';
import { clock, nodeButton } from './helpers';

const RUN = '?seed=1&log=2s_crash_n3&t=4.5s';

test('an old sandbox link with a seed and commands replays the same run at the new address', async ({
  page,
}) => {
  await page.goto(`/play/failure-detector/${RUN}`);
  // The sandbox then writes the time its own way (t=4500ms): the run is what must match.
  await expect(page).toHaveURL(/\/play\/failure-detection\/\?seed=1&log=2s_crash_n3&t=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Failure detector' })).toBeVisible();
  await expect(clock(page)).toHaveText('4.50 s');
  await expect(nodeButton(page, 'n3')).toHaveAccessibleName('n3: crashed');
  for (const id of ['n1', 'n2', 'n4', 'n5'])
    await expect(nodeButton(page, id)).toHaveAccessibleName(`${id}: suspects n3`);
});

test('an old embed link keeps its run and options', async ({ page }) => {
  await page.goto('/embed/failure-detector/?seed=1&log=2s_crash_n3&t=4.5s&controls=0');
  await expect(page).toHaveURL(
    /\/embed\/failure-detection\/\?seed=1&log=2s_crash_n3&t=4.5s&controls=0$/,
  );
  await expect(nodeButton(page, 'n3')).toHaveAccessibleName('n3: crashed');
});

test('every former id of every concept leads to its page', async ({ page }) => {
  for (const [former, id] of formerIds)
    for (const section of ['play', 'embed']) {
      await page.goto(`/${section}/${former}/?seed=4#top`);
      await expect(page, `/${section}/${former}/`).toHaveURL(
        new RegExp(`/${section}/${id}/\\?seed=4#top$`),
      );
    }
});

test('without scripts, the page still says where it went and links there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.request.get('/play/quorum-kv/');
  const html = await response.text();
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/play/quorums/"/>');
  await page.setContent(html.replace(/<meta http-equiv="refresh"[^>]*>/, ''));
  await expect(page.getByRole('heading', { name: 'This page has moved' })).toBeVisible();
  await expect(page.getByRole('link', { name: '/play/quorums/' })).toHaveAttribute(
    'href',
    '/play/quorums/',
  );
  await context.close();
});
