import { expect, test, type Locator } from '@playwright/test';
import { clock, LESSON, maxSpeed, playback } from './helpers';

/** A counter's value (the number or time on its first line), on one side. */
async function counter(side: Locator, name: RegExp): Promise<string> {
  const cell = side.locator('dl > div').filter({ has: side.locator('dt', { hasText: name }) });
  return cell.locator('dd').evaluate((dd) => dd.firstChild?.textContent ?? '');
}

test.describe('lesson: the failure detector shows its timers and its costs', () => {
  test('the side-by-side timeouts play as one and count the trade', async ({ page }) => {
    await page.goto(LESSON);
    const pair = page.getByRole('group', { name: /^Timeouts side by side/ });
    const short = pair.getByRole('region', { name: 'Timeout 1 s', exact: true });
    const long = pair.getByRole('region', { name: 'Timeout 3 s', exact: true });
    await expect(short).toBeVisible();
    await expect(long).toBeVisible();
    const controls = playback(pair);
    await maxSpeed(controls);
    await controls.getByRole('button', { name: 'Play' }).click();
    // The run stops by itself at its end, 14 s.
    await expect(clock(controls)).toHaveText(/^14\.00 s$/, { timeout: 15_000 });
    await expect(controls.getByRole('button', { name: 'Play' })).toBeVisible();

    expect(await counter(short, /^False suspicions$/)).toBe('8');
    expect(await counter(long, /^False suspicions$/)).toBe('0');
    expect(await counter(short, /crash/)).toBe('1.14 s');
    expect(await counter(long, /crash/)).toBe('3.14 s');
  });

  test("a timer's words change as time passes", async ({ page }) => {
    await page.goto(LESSON);
    const figure = page.getByRole('figure', { name: /n3 crashes at 3 s/ }).first();
    const widget = figure.locator('xpath=ancestor::div[@tabindex="-1"][1]');
    const controls = playback(widget);
    await widget.getByText(/every timer, in words/).click();
    const timers = widget.getByRole('list', { name: /timers$/ });
    const n1n3 = timers.getByText(/^n1's timer for n3: /);
    await expect(n1n3).toHaveText("n1's timer for n3: 1.5 s left");
    await maxSpeed(controls);
    await controls.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => n1n3.textContent()).not.toBe("n1's timer for n3: 1.5 s left");
    // After the crash, n1's timer for n3 runs out for good.
    await expect(timers.getByText('n1 suspects n3: its timer ran out')).toBeVisible({
      timeout: 10_000,
    });
    await figure.screenshot({ path: '/tmp/fd/figure.png' });
    await widget.screenshot({ path: '/tmp/fd/widget.png' });
  });
});
