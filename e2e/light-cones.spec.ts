/**
 * The light-cones lesson as a learner meets it: observers drawn where they stand, relayed
 * news overtaking a slow direct message, and the vector-clock exercise.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { clock, expectNoAxeViolations, maxSpeed, narration, nodeButton, playback } from './helpers';

const LESSON = '/learn/light-cones/';
const FIRST = /The soldier fired 20 ms before the sniper/;
const OVERTAKE = /With n5's links three times slower/;

function prompt(page: Page, question: RegExp): Locator {
  return page.getByRole('region', { name: question });
}

/** The x of a node's centre on screen. */
async function centreX(scope: Locator, id: string): Promise<number> {
  const box = await nodeButton(scope, id).boundingBox();
  if (!box) throw new Error(`${id} is not on screen`);
  return box.x + box.width / 2;
}

test('the observers stand on a line, left to right by their distance from the soldier', async ({
  page,
}) => {
  await page.goto(LESSON);
  const box = prompt(page, FIRST);
  // n1 at 0, n3, n4 and n5 at 100, 200 and 300 ms, n2 at 400 ms.
  const xs: number[] = [];
  for (const id of ['n1', 'n3', 'n4', 'n5', 'n2']) xs.push(await centreX(box, id));
  for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
  // To scale: equal distances, equal gaps on screen.
  const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
  for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 0);
  const axis = box.locator('[data-axis="distance"]');
  await expect(axis.getByText('100 ms', { exact: true })).toBeVisible();
  await expect(axis.getByText('400 ms', { exact: true })).toBeVisible();
  await expect(box.getByText('Distance from n1, as the time a message takes')).toBeVisible();
});

test('a partition on the line is a cut between neighbours, not a wedge of a ring', async ({
  page,
}) => {
  await page.goto('/play/light-cones/?t=1s&log=0.5s_partition_n1-n3!n2-n4-n5');
  const cluster = page.getByRole('figure', { name: 'The soldier and the sniper cluster' });
  await expect(cluster.locator('[data-line-cuts="1"] line')).toHaveCount(1);
  await expect(cluster.locator('path[data-region]')).toHaveCount(0);
  const cut = await cluster.locator('[data-line-cuts] line').boundingBox();
  // Between n3 (100 ms) and n4 (200 ms).
  expect(cut!.x).toBeGreaterThan(await centreX(cluster, 'n3'));
  expect(cut!.x).toBeLessThan(await centreX(cluster, 'n4'));
});

test('relayed news overtakes: a wrong guess, the pause at 1.75 s, and its reason', async ({
  page,
}) => {
  await page.goto(LESSON);
  const box = prompt(page, OVERTAKE);
  await box.getByRole('radio', { name: "When the soldier's own message arrives" }).check();
  await box.getByRole('button', { name: 'Lock in my prediction' }).click();
  await maxSpeed(playback(box));
  await playback(box).getByRole('button', { name: 'Play' }).click();
  await expect(
    box.getByText(/^Deciding moment, 1\.75 s: n5 hears of the soldier's shot/),
  ).toBeVisible({
    timeout: 15_000,
  });
  await expect(clock(box)).toHaveText('1.75 s');
  // n5 still stands where it stood; a note over it says its links are slower.
  await expect(box.locator('[data-slow-marks]').getByText('3× slower')).toBeVisible();
  await expect(box.getByText(/^Not quite\./)).toBeVisible();
  await expect(box.getByText(/His message to n5 is overtaken/)).toBeVisible();
  await expect(narration(box)).toContainText("n5 learned of both shots from n2's message");
  // Played on, the soldier's own message lands 150 ms later, and the log says so.
  await playback(box).getByRole('button', { name: 'Play' }).click();
  await expect(narration(box)).toContainText(
    "n5 gets the soldier's own message 150 ms after n2's message told it of the shot",
    { timeout: 15_000 },
  );
});

test('the vector-clock exercise: a wrong answer gets its reason, then a right one', async ({
  page,
}) => {
  await page.goto(LESSON);
  const exercise = page.getByRole('region', { name: 'Vector-clock exercise' });
  const first = exercise.locator('form').first();
  await expect(first.getByRole('row', { name: /^A: n3 hears n2/ }).getByRole('cell')).toHaveText([
    '1',
    '2',
    '2',
    '0',
    '0',
  ]);
  const check = first.getByRole('button', { name: 'Check my answer' });
  await expect(check).toBeDisabled();
  // Keyboard only: focus the first choice, pick it, submit.
  await first.getByRole('radio', { name: 'A happened before B' }).focus();
  await page.keyboard.press('Space');
  await check.press('Enter');
  await expect(
    first.getByText(/^Not quite: earlier in time is not the same as before/),
  ).toBeVisible();
  await expect(first.getByText(/ahead at n3 \(2 > 0\) and B's at n5 \(2 > 0\)/)).toBeVisible();
  await first.getByRole('radio', { name: /^Concurrent/ }).check();
  await check.click();
  await expect(first.getByText(/^Right\. A's clock is ahead at n3/)).toBeVisible();
  await expect(first.getByText(/^Not quite/)).toHaveCount(0);
});

test('axe: the lesson with an exercise answered, light and dark', async ({ page }) => {
  // Two full scans of a long page with seven live widgets.
  test.setTimeout(90_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(LESSON);
    await expect(nodeButton(page, 'n1').first()).toBeVisible();
    const first = page
      .getByRole('region', { name: 'Vector-clock exercise' })
      .locator('form')
      .first();
    await first.getByRole('radio', { name: 'B happened before A' }).check();
    await first.getByRole('button', { name: 'Check my answer' }).click();
    await expect(first.getByText(/^Not quite/)).toBeVisible();
    await expectNoAxeViolations(page, `light-cones lesson, ${scheme}`);
  }
});
