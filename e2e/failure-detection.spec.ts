/**
 * The failure-detection lesson shows its subject: each node's timer for each peer (as a
 * bar, and in words), and counters of what a timeout costs, side by side for two timeouts.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { clock, LESSON, lockPrediction, maxSpeed, playback } from './helpers';

/** A counter's value (the number or time on its first line), on one side. */
async function counter(side: Locator, name: RegExp): Promise<string> {
  const cell = side
    .locator('dl > div')
    .filter({ has: side.page().locator('dt', { hasText: name }) });
  return cell.locator('dd').evaluate((dd) => dd.firstChild?.textContent ?? '');
}

/** Opens the lesson and locks in `choice` for the prompt asking `question`. */
async function predict(page: Page, question: RegExp, choice: RegExp): Promise<Locator> {
  await page.goto(LESSON);
  return lockPrediction(page, question, choice);
}

test.describe('lesson: the failure detector shows its timers and its costs', () => {
  test('the side-by-side timeouts pause together and count the trade', async ({ page }) => {
    const box = await predict(page, /One waits 1 s, the other 3 s/, /^Neither/);
    const pair = box.getByRole('group', { name: /^Timeouts side by side/ });
    const short = pair.getByRole('region', { name: 'Timeout 1 s', exact: true });
    const long = pair.getByRole('region', { name: 'Timeout 3 s', exact: true });
    const controls = playback(pair);
    await maxSpeed(controls);
    await controls.getByRole('button', { name: 'Play' }).click();
    // Both runs stop at the deciding moment, when the 3 s side has noticed the crash.
    await expect(clock(controls)).toHaveText('11.20 s', { timeout: 15_000 });
    await expect(box.getByText('You called it.')).toBeVisible();
    expect(await counter(short, /^False suspicions$/)).toBe('6');
    expect(await counter(long, /^False suspicions$/)).toBe('0');
    expect(await counter(short, /crash/)).toBe('1.14 s');
    expect(await counter(long, /crash/)).toBe('3.14 s');

    // Played on to the end, the short timeout raises one more false alarm.
    await controls.getByRole('button', { name: 'Play' }).click();
    await expect(clock(controls)).toHaveText('14.00 s', { timeout: 15_000 });
    expect(await counter(short, /^False suspicions$/)).toBe('7');
    expect(await counter(long, /^False suspicions$/)).toBe('0');
  });

  test("a timer's words change as time passes", async ({ page }) => {
    const box = await predict(page, /At 3 s, n3 crashes/, /A second or two later/);
    const timers = box.getByRole('list', { name: /timers$/ });
    await box.getByText('Every timer, in words').click();
    const n1n3 = timers.getByText(/^n1's timer for n3: /);
    await expect(n1n3).toHaveText("n1's timer for n3: 1.5 s left");
    const controls = playback(box);
    await controls.getByRole('button', { name: 'Step forward' }).click();
    await controls.getByRole('button', { name: 'Step forward' }).click();
    // Two steps move the time: the words follow.
    await expect(n1n3).not.toHaveText("n1's timer for n3: 1.5 s left");
    const stepped = await timers.textContent();
    await maxSpeed(controls);
    await controls.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => timers.textContent()).not.toBe(stepped);
    // At the deciding moment every survivor's timer for n3 has run out.
    await expect(clock(controls)).toHaveText('4.40 s', { timeout: 10_000 });
    for (const node of ['n1', 'n2', 'n4', 'n5'])
      await expect(timers.getByText(`${node} suspects n3: its timer ran out`)).toBeVisible();
    await expect(box.getByText(/between 1\.24 s and 1\.39 s after it died/)).toBeVisible();
  });
});
