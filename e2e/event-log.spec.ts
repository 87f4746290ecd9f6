/**
 * The event log, read as a person reads it: every line starts with its virtual time, the
 * lines are in the order things happened at any speed and after a seek, and a long run
 * can be paged back to its first event.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { clockSeconds, maxSpeed, openSandbox, playback, seconds } from './helpers';

function eventLog(page: Page): Locator {
  return page.getByRole('region', { name: 'Event log' });
}

/** Each line as [seconds, text], read from the page. */
async function readLines(page: Page): Promise<[number, string][]> {
  const texts = await eventLog(page).getByRole('listitem').allTextContents();
  return texts.map((text) => {
    const match = /^(\d+\.\d{3} s) (.+)$/.exec(text.trim());
    expect(match, `a line without its time: ${JSON.stringify(text)}`).not.toBeNull();
    return [seconds(match![1]!), match![2]!];
  });
}

function expectInOrder(lines: [number, string][], upTo: number): void {
  for (let k = 1; k < lines.length; k++)
    expect(lines[k]![0], `line ${k + 1} comes before line ${k}`).toBeGreaterThanOrEqual(
      lines[k - 1]![0],
    );
  for (const [at] of lines) expect(at).toBeLessThanOrEqual(upTo);
}

const RUN = '?seed=7&log=1s_crash_n3~4s_restart_n3';

test('played at full speed, every line has its time and they are in order', async ({ page }) => {
  await openSandbox(page, RUN);
  await maxSpeed(page);
  await playback(page).getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => clockSeconds(page), { timeout: 15_000 }).toBeGreaterThan(6);
  await playback(page).getByRole('button', { name: 'Pause' }).click();
  const lines = await readLines(page);
  expectInOrder(lines, await clockSeconds(page));
  expect(lines).toContainEqual([1, 'n3 crashed']);
  expect(lines).toContainEqual([4, 'n3 restarted']);
  const crashed = lines.findIndex(([, text]) => text === 'n3 crashed');
  expect(lines.slice(crashed).some(([, text]) => /suspects n3$/.test(text))).toBe(true);
});

test('after seeking back, the log shows the run up to there', async ({ page }) => {
  await openSandbox(page, `${RUN}&t=6s`);
  const restarted = (lines: [number, string][]) => lines.some(([, t]) => t === 'n3 restarted');
  await expect.poll(async () => restarted(await readLines(page))).toBe(true);
  await page
    .getByRole('group', { name: 'Timeline' })
    .getByRole('slider', { name: 'Time' })
    .fill('2000000');
  await expect.poll(() => clockSeconds(page)).toBe(2);
  await expect.poll(async () => restarted(await readLines(page))).toBe(false);
  const lines = await readLines(page);
  expectInOrder(lines, 2);
  expect(lines).toContainEqual([1, 'n3 crashed']);
});

test('a long run pages back to its first event', async ({ page }) => {
  await openSandbox(page, '?seed=7&loss=0.3&t=120s');
  await expect.poll(() => clockSeconds(page), { timeout: 20_000 }).toBe(120);
  const log = eventLog(page);
  await expect(log.getByText(/^\d[\d,]* events, showing/)).toBeVisible();
  const latest = await readLines(page);
  expectInOrder(latest, 120);
  await log.getByRole('button', { name: 'Start of the run' }).click();
  const first = await readLines(page);
  expectInOrder(first, 120);
  // The first event of this run: the first suspicion, long before the last page.
  expect(first[0]).toEqual([2.252, 'n1 suspects n2']);
  await expect(log.getByRole('button', { name: 'Earlier events' })).toBeDisabled();
  await log.getByRole('button', { name: 'Later events' }).click();
  const next = await readLines(page);
  expect(next[0]![0]).toBeGreaterThanOrEqual(first[0]![0]);
  await log.getByRole('button', { name: 'Latest' }).click();
  expect(await readLines(page)).toEqual(latest);
});
