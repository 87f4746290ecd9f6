/**
 * The static site served from a subpath (BASE_PATH=/courses/lightcone): pages, links,
 * scripts, workers, redirects and the example deck all stay below it. Every request the
 * page makes is recorded, and one outside the subpath fails the test.
 */
import { expect, test, type Page } from '@playwright/test';
import { clock, nodeButton, nodeButtons, playback } from '../helpers';

const BASE = '/courses/lightcone';

/** Records every request to this server whose path is outside the subpath. */
function outsideRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.protocol.startsWith('http')) return;
    if (url.pathname !== BASE && !url.pathname.startsWith(`${BASE}/`)) outside.push(request.url());
  });
  return outside;
}

/** Every link on the page to this site starts with the subpath. */
async function expectLinksBelowBase(page: Page) {
  const hrefs = await page
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href.startsWith(`${BASE}/`), href).toBe(true);
}

test('a lesson: its widget plays, its links and copy-embed snippet stay below the subpath', async ({
  page,
}) => {
  const outside = outsideRequests(page);
  await page.goto(`${BASE}/learn/failure-detection/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Always broken' })).toBeVisible();
  await expect(nodeButtons(page).first()).toBeVisible();
  await expectLinksBelowBase(page);
  const sandboxLink = page.getByRole('link', { name: 'Open this run in the sandbox' }).first();
  await expect(sandboxLink).toHaveAttribute(
    'href',
    new RegExp(`^${BASE}/play/failure-detection/\\?`),
  );

  await page.getByRole('button', { name: 'Copy embed code' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Embed this run' });
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toMatch(
    new RegExp(`^<iframe src="http://localhost:\\d+${BASE}/embed/failure-detection/\\?seed=`),
  );
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: 'Glossary' }).first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/glossary/$`));
  expect(outside).toEqual([]);
});

test('a sandbox plays a step, and asks for its checker worker, below the subpath', async ({
  page,
}) => {
  const outside = outsideRequests(page);
  await page.goto(`${BASE}/play/failure-detection/?seed=1&log=2s_crash_n3`);
  await expect(clock(page)).toHaveText('0 µs');
  await playback(page).getByRole('button', { name: 'Step forward' }).click();
  await expect(clock(page)).not.toHaveText('0 µs');
  await expectLinksBelowBase(page);

  // The CAP sandbox checks its history in a worker: the worker's script is below the subpath.
  const worker = page.waitForEvent('worker');
  await page.goto(`${BASE}/play/cap/?seed=1&t=3s`);
  expect(new URL((await worker).url()).pathname.startsWith(`${BASE}/`)).toBe(true);
  expect(outside).toEqual([]);
});

test('an embed and a former address work below the subpath', async ({ page }) => {
  const outside = outsideRequests(page);
  await page.goto(`${BASE}/embed/failure-detection/?seed=1&log=2s_crash_n3&t=4.5s`);
  await expect(nodeButton(page, 'n3')).toHaveAccessibleName('n3: crashed');

  await page.goto(`${BASE}/embed/failure-detector/?seed=1&log=2s_crash_n3&t=4.5s`);
  await expect(page).toHaveURL(
    new RegExp(`${BASE}/embed/failure-detection/\\?seed=1&log=2s_crash_n3&t=4.5s$`),
  );
  await expect(nodeButton(page, 'n3')).toHaveAccessibleName('n3: crashed');

  await page.goto(`${BASE}/examples/slides.html`);
  await page.keyboard.press('ArrowRight');
  await expect(
    nodeButton(page.frameLocator('iframe[title="Failure detector"]'), 'n1'),
  ).toBeVisible();
  expect(outside).toEqual([]);
});
