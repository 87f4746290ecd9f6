/**
 * The verdict never lies: when a new history arrives the old verdict goes at once, the
 * view says it is checking (with progress and a Cancel button) until the new verdict
 * comes, and a checker that fails or gives up says "could not decide".
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  overlappingHistory,
  sequentialHistory,
} from '../sim/checkers/linearizability/testing/largeHistories';

function checker(page: Page): Locator {
  return page.getByRole('region', { name: 'Check a history' });
}

/** Every text any status line in the checker shows, in order, from now on. */
async function recordStatusTexts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('[aria-labelledby="checker-heading"]')!;
    const texts: string[] = [];
    const record = () => {
      for (const status of region.querySelectorAll('[role="status"]')) {
        const text = status.textContent ?? '';
        if (texts.at(-1) !== text) texts.push(text);
      }
    };
    new MutationObserver(record).observe(region, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    (window as unknown as { statusTexts: string[] }).statusTexts = texts;
  });
  return () => page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
}

async function openFile(page: Page, name: string, text: string): Promise<void> {
  await checker(page)
    .getByLabel('Open a history file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a clean history after a stale read: the old verdict goes at once, never to return', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/play/cap/');
  const region = checker(page);
  await region.getByRole('button', { name: 'Load a stale-read example' }).click();
  const verdict = region.getByRole('status');
  await expect(verdict).toHaveText(/^Not linearizable\. /);

  const texts = await recordStatusTexts(page);
  await openFile(page, 'clean.json', JSON.stringify(sequentialHistory(100_000)));
  // Straight away: no verdict, only the check in progress.
  await expect(verdict).toHaveText(/^(Reading the history…|Checking 100000 operations…)$/, {
    timeout: 3000,
  });
  await expect(region.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(verdict).toHaveText('Linearizable: all 100000 operations fit one order.', {
    timeout: 60_000,
  });
  await expect(region.getByRole('img', { name: /100000 operations by 1 client/ })).toBeVisible();
  // Between the two verdicts the view said nothing but "reading" and "checking".
  const shown = await texts();
  expect(shown.filter((text) => /inearizable|decide/.test(text))).toEqual([
    'Linearizable: all 100000 operations fit one order.',
  ]);

  // And back: a large history with one stale read withdraws "Linearizable" at once.
  const textsAfter = await recordStatusTexts(page);
  await openFile(page, 'stale.json', JSON.stringify(sequentialHistory(100_000, 50_001)));
  await expect(verdict).not.toHaveText(/^Linearizable/, { timeout: 3000 });
  await expect(verdict).toHaveText(/^Not linearizable\. .*read 25000/, { timeout: 60_000 });
  const shownAfter = await textsAfter();
  expect(shownAfter.filter((text) => /^Linearizable/.test(text))).toEqual([]);
  // The table opens on the page with the operations that cannot be ordered.
  await region.getByText('Operations as a table').click();
  await expect(region.getByRole('cell', { name: /cannot be ordered/ }).first()).toBeVisible();
  await expect(region.getByText(/^Operations 49\d{3}–50\d{3} of 100000$/)).toBeVisible();
});

test('a check that runs long can be cancelled, and one that gives up says "could not decide"', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/play/cap/');
  const region = checker(page);
  await region.getByRole('button', { name: 'Load a stale-read example' }).click();
  await expect(region.getByRole('status')).toHaveText(/^Not linearizable/);

  // 100,000 operations from 60 clients that overlap: the search cannot finish in its bound.
  await openFile(page, 'overlap.json', JSON.stringify(overlappingHistory(100_000, 60)));
  const verdict = region.getByRole('status');
  await expect(verdict).toHaveText('Checking 100000 operations…', { timeout: 30_000 });
  await expect(region.getByRole('progressbar', { name: 'Checking progress' })).toBeVisible();
  await region.getByRole('button', { name: 'Cancel' }).click();
  await expect(verdict).toHaveText('Not checked: the check was cancelled.');
  await expect(region.getByRole('button', { name: 'Cancel' })).toHaveCount(0);

  await region.getByRole('button', { name: 'Check again' }).click();
  await expect(verdict).toHaveText('Checking 100000 operations…', { timeout: 30_000 });
  await expect(verdict).toHaveText(
    /^Could not decide: gave up on key "x" \(100000 operations\) after 20000000 search steps/,
    { timeout: 100_000 },
  );
});

test('a checker that crashes says "could not decide", and leaves no verdict behind', async ({
  page,
}) => {
  // The first checker works; every one after it dies as a search that ran out of memory
  // did. (Routing turns the HTTP cache off, so each new worker fetches its script; the
  // bundler starts every worker from one bootstrap script.)
  let workers = 0;
  await page.context().route('**/turbopack-worker-*', (route) =>
    ++workers === 1
      ? route.continue()
      : route.fulfill({
          contentType: 'text/javascript',
          body: "self.onmessage = () => { throw new RangeError('Array buffer allocation failed'); };",
        }),
  );
  await page.goto('/play/cap/');
  const region = checker(page);
  await region.getByRole('button', { name: 'Load a stale-read example' }).click();
  await expect(region.getByRole('status')).toHaveText(/^Not linearizable/);

  // Each new history gets a fresh worker, so the next check meets the broken one.
  await region.getByLabel('History', { exact: true }).fill(JSON.stringify(sequentialHistory(4)));
  await region.getByRole('button', { name: 'Check history' }).click();
  await expect(region.getByRole('status')).toHaveText(
    /^Could not decide: .*Array buffer allocation failed/,
  );
  await expect(region.getByRole('button', { name: 'Check again' })).toBeVisible();
});
