import { expect, test, type Page } from '@playwright/test';

const TOOL = '/tools/pbs/';

function sentence(page: Page) {
  return page.getByTestId('pbs-sentence');
}

function curve(page: Page) {
  return page.getByRole('img', { name: /Probability that a read returns the latest write/ });
}

test('the calculator’s inputs round-trip through the URL, and the same URL gives the same answer', async ({
  page,
}) => {
  const query = 'n=5&r=2&w=2&profile=ymmr&trials=20000&seed=3&t=0,5,50&k=2';
  await page.goto(`${TOOL}?${query}`);
  await expect(sentence(page)).toHaveText(/^N=5, R=2, W=2: /);
  await expect(page.getByLabel('Replicas (N)')).toHaveValue('5');
  await expect(page.getByLabel('Read quorum (R)')).toHaveValue('2');
  await expect(page.getByLabel('Write quorum (W)')).toHaveValue('2');
  await expect(page.getByLabel('Latency profile')).toHaveValue('ymmr');
  await expect(page.getByLabel('Times after commit (ms)')).toHaveValue('0,5,50');
  const answers = page.getByRole('table', { name: 'Reads that return the latest committed write' });
  await expect(answers.getByRole('row')).toHaveCount(4);
  await expect(answers.getByRole('columnheader', { name: 'within 2 versions' })).toBeVisible();
  expect(new URL(page.url()).search).toBe(
    '?n=5&r=2&w=2&profile=ymmr&lambda-w=0.1&lambda-ars=1&trials=20000&seed=3&t=0,5,50&k=2',
  );
  const first = await sentence(page).textContent();

  await page.getByLabel('Seed').fill('4');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page).toHaveURL(/seed=4&/);
  await expect(
    page.getByRole('status').filter({ hasText: /^Done: \d[\d,]* trials\./ }),
  ).toBeVisible();

  await page.goto(`${TOOL}?${query}`);
  await expect(sentence(page)).toHaveText(first!);
});

test('changing R and W moves the curve and the marked row of the trade-off table', async ({
  page,
}) => {
  await page.goto(`${TOOL}?trials=20000&profile=lnkd-disk`);
  await expect(sentence(page)).toHaveText(/^N=3, R=1, W=1: \d+\.\d % of reads/);
  const path = curve(page).getByTestId('predicted-curve');
  const before = await path.getAttribute('d');
  const table = page.getByRole('table', { name: /Every read and write quorum for N = 3/ });
  await expect(table.locator('tr[aria-current="true"] td').first()).toHaveText('1');

  await page.getByLabel('Read quorum (R)').selectOption('2');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(sentence(page)).toHaveText(/^N=3, R=2, W=1: /);
  await expect(path).not.toHaveAttribute('d', before!);
  await expect(page).toHaveURL(/r=2&w=1/);

  await page.getByLabel('Write quorum (W)').selectOption('2');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(sentence(page)).toHaveText(/R \+ W > N, so every read quorum overlaps/);
  const strictRow = table.locator('tr[aria-current="true"]');
  await expect(strictRow).toContainText('strict');
  await expect(strictRow).toContainText('always');
});

test('bad input from the URL or the form is named, and a safe value is used', async ({ page }) => {
  await page.goto(`${TOOL}?r=7&profile=dynamo&trials=0&t=0,soon`);
  const notice = page.getByRole('alert').filter({ hasText: 'Some inputs could not be used' });
  await expect(notice).toContainText('r must be from 1 to 3, not 7 (R is at most N = 3); using 1.');
  await expect(notice).toContainText('profile "dynamo" is unknown');
  await expect(notice).toContainText('trials must be from 100 to 10000000, not 0; using 1000000.');
  await expect(notice).toContainText('"soon" is not; using 0,1,10,100.');
  await expect(page).toHaveURL(/profile=lnkd-disk&.*trials=1000000/);
  // A million trials (the default): allow for a slow, busy machine.
  await expect(sentence(page)).toHaveText(/^N=3, R=1, W=1: /, { timeout: 20_000 });

  await page.getByLabel('Latency profile').selectOption('exponential');
  await page.getByLabel('λ of W (per ms)').fill('0');
  await page.getByLabel('Trials').fill('20000');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(notice).toHaveText(/lambda-w must be a rate above 0 per ms, not 0; using 0\.1\./);
  await expect(page.getByLabel('λ of W (per ms)')).toHaveValue('0.1');
  await expect(
    page.getByRole('status').filter({ hasText: /^Done: \d[\d,]* trials\./ }),
  ).toBeVisible();
});

test('a long calculation shows progress and can be cancelled, keeping the last result', async ({
  page,
}) => {
  await page.goto(`${TOOL}?trials=20000`);
  await expect(sentence(page)).toBeVisible();
  await page.getByLabel('Trials').fill('10000000');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page.getByRole('progressbar', { name: 'Calculation progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toHaveText('Cancelled. The last result stays below.');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(sentence(page)).toHaveText(/^N=3, R=1, W=1: /);
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeDisabled();
});
