import { expect, test, type Page } from '@playwright/test';
import { maxSpeed, nodeButton, playback } from './helpers';

const SANDBOX = '/play/quorums/';

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${SANDBOX}${query}`);
  await expect(nodeButton(page, 'n1')).toBeVisible();
}

/** The number shown under a counter's name, e.g. "Refused". */
async function counter(page: Page, name: string): Promise<number> {
  const cell = page
    .locator('dl div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) })
    .locator('dd');
  return Number(await cell.textContent());
}

function staleness(page: Page) {
  return page.getByRole('region', { name: /How stale is “eventually”/ });
}

async function curve(page: Page): Promise<string> {
  const path = staleness(page).getByTestId('predicted-curve');
  await expect(path).toHaveAttribute('d', /^M/, { timeout: 20_000 });
  return (await path.getAttribute('d')) ?? '';
}

async function points(page: Page): Promise<string> {
  const table = staleness(page).getByRole('table', { name: /Measured points/ });
  await expect(table).toBeVisible({ timeout: 20_000 });
  return (await table.locator('tbody').textContent()) ?? '';
}

async function runFor(page: Page, seconds: number): Promise<void> {
  await maxSpeed(page);
  await playback(page).getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(seconds * 1000);
  await playback(page).getByRole('button', { name: 'Pause' }).click();
}

test('changing R and W moves the predicted curve and the measured points', async ({ page }) => {
  await open(page, '?seed=3&t=40s');
  await expect(staleness(page)).toContainText('N=3, R=1, W=1 (R + W ≤ N: partial quorums)');
  const partialCurve = await curve(page);
  const partialPoints = await points(page);
  expect(await counter(page, 'Stale reads')).toBeGreaterThan(0);

  // R from 1 to 2, W from 1 to 2, with the keyboard: R + W = 4 > N = 3.
  const r = page.getByRole('slider', { name: 'Read quorum (R)' });
  await r.focus();
  await r.press('ArrowRight');
  await expect(staleness(page)).toContainText('N=3, R=2, W=1');
  const w = page.getByRole('slider', { name: 'Write quorum (W)' });
  await w.focus();
  await w.press('ArrowRight');
  await expect(staleness(page)).toContainText('N=3, R=2, W=2 (R + W > N: quorums overlap)');
  await expect(staleness(page)).toContainText('Predicted: 100.0 % of reads consistent', {
    timeout: 20_000,
  });
  expect(await curve(page)).not.toBe(partialCurve);
  await expect(page).toHaveURL(/r=2/);

  await runFor(page, 4);
  const strictPoints = await points(page);
  expect(strictPoints).not.toBe(partialPoints);
  expect(await counter(page, 'Stale reads')).toBe(0);
  expect(await counter(page, 'Reads measured')).toBeGreaterThan(50);
});

const MINORITY = 'log=1s_partition_n1-n2!n3-n4-n5~5s_heal&r=2&w=2&seed=1';

test('a minority partition: strict quorums refuse, sloppy ones accept with hints', async ({
  page,
}) => {
  await open(page, `?${MINORITY}&quorum=strict&t=4s`);
  await expect.poll(() => counter(page, 'Refused')).toBeGreaterThan(0);
  expect(await counter(page, 'Hints held')).toBe(0);

  await open(page, `?${MINORITY}&quorum=sloppy&t=4s`);
  await expect.poll(() => counter(page, 'Hints held')).toBeGreaterThan(0);
  expect(await counter(page, 'Refused')).toBe(0);
  await expect(page.getByRole('button', { name: /^n\d+: .*hints for/ }).first()).toBeVisible();

  // After the heal the stand-ins hand their hints back.
  await runFor(page, 2);
  await expect.poll(() => counter(page, 'Hints handed back')).toBeGreaterThan(0);
});

test('a quorum larger than N gets a message and a safe state, from the link or the controls', async ({
  page,
}) => {
  await open(page, '?r=5&w=2');
  const notice = page.getByRole('alert').filter({ hasText: 'in the link' });
  await expect(notice).toContainText(
    'r: R=5 is more than N=3 replicas (R ≤ N); using the defaults',
  );
  await expect(staleness(page)).toContainText('N=3, R=1, W=1');
  await expect(playback(page).getByRole('button', { name: 'Play' })).toBeEnabled();

  // From the controls: W up to 2, then N down to 1, which W=2 does not fit.
  const w = page.getByRole('slider', { name: 'Write quorum (W)' });
  await w.focus();
  await w.press('ArrowRight');
  await expect(staleness(page)).toContainText('N=3, R=1, W=2');
  const n = page.getByRole('slider', { name: 'Replicas per key (N)' });
  await n.focus();
  await n.press('Home');
  await expect(page.getByRole('alert').filter({ hasText: 'do not fit together' })).toContainText(
    'w: W=2 is more than N=1 replicas (W ≤ N)',
  );
  // The run keeps the settings it had.
  await expect(staleness(page)).toContainText('N=3, R=1, W=2');
});

test('the lesson: predict, run a widget to its end, and read the numbers the prose quotes', async ({
  page,
}) => {
  await page.goto('/learn/quorums/');
  const partial = page.getByRole('region', { name: /R=1 and W=1, Cassandra's default/ });
  await partial.getByRole('radio', { name: 'A few percent' }).check();
  await partial.getByRole('button', { name: 'Lock in my prediction' }).click();
  const explanation = partial.getByText('A few percent: 17 of 736 reads, 2.3 %');
  await expect(explanation).toHaveCount(0);

  await maxSpeed(playback(partial));
  await playback(partial).getByRole('button', { name: 'Play' }).click();
  const stale = partial
    .locator('dl div')
    .filter({ has: page.locator('dt', { hasText: /^Stale reads$/ }) })
    .locator('dd');
  await expect(stale).toHaveText('17', { timeout: 20_000 });
  await expect(
    partial.locator('p', { hasText: /Measured: 736 reads, 17 stale \(2\.3 %\)/ }),
  ).toBeVisible();
  await expect(
    partial
      .locator('p')
      .getByText(/Predicted: 75\.4 % of reads consistent right after commit; 99\.9 % by 54\.5 ms/),
  ).toBeVisible();
  // The run has reached its deciding moment, its end: now the prose explains.
  await expect(explanation).toBeVisible();
  await expect(partial.getByText('You called it.')).toBeVisible();
});
