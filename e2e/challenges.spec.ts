/**
 * Challenges that check themselves, and the teacher's pages. A challenge is solved only by
 * a run that does what it asks, whether made by hand or replayed from a link; solved
 * challenges are kept in the browser's progress until cleared.
 */
import { expect, test, type Page } from '@playwright/test';
import { dragCut, expectNoAxeViolations, maxSpeed, nodeButton, playback, SANDBOX } from './helpers';

const EACH_OTHER = `${SANDBOX}?challenge=fd-each-other`;

test.describe.configure({ timeout: 90_000 });

function panel(page: Page) {
  return page.getByRole('region', { name: /^Challenge: / });
}

function verdict(page: Page) {
  return panel(page).getByRole('status').first();
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // A run opened far along is replayed first; on a busy machine that takes a while.
  await expect(panel(page)).toBeVisible({ timeout: 20_000 });
  await expect(nodeButton(page, 'n1')).toBeVisible({ timeout: 20_000 });
}

function summary(page: Page) {
  return page.getByRole('region', { name: 'Your progress' });
}

test.describe('a challenge in the sandbox', () => {
  test('is solved by cutting the network by hand, and shares a link that replays it', async ({
    page,
  }) => {
    await open(page, EACH_OTHER);
    await expect(panel(page)).toContainText('suspect each other');
    await expect(panel(page)).toContainText('Not solved yet');
    await expect(verdict(page)).toHaveText('');
    // The challenge stays in the address bar as the run changes.
    await playback(page).getByRole('button', { name: 'Play' }).click();
    await dragCut(page, ['n1', 'n2'], ['n3', 'n4', 'n5']);
    await maxSpeed(page);
    await expect(verdict(page)).toHaveText(/^Solved at [\d.]+ s: the simulation confirms it\.$/, {
      timeout: 15_000,
    });
    await expect(page).toHaveURL(/challenge=fd-each-other/);
    await expect(page).toHaveURL(/log=[^&]*partition/);

    // The solution link replays the run to where it was solved, and opens solved.
    const link = panel(page).getByRole('link', { name: 'Link to this solution' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/partition_n1-n2!n3-n4-n5.*challenge=fd-each-other/);
    await expect(panel(page).getByRole('button', { name: 'Share solution' })).toBeVisible();
    const fresh = await page.context().newPage();
    await open(fresh, `${SANDBOX}${href}`);
    await expect(verdict(fresh)).toHaveText(/^Solved at /, { timeout: 15_000 });
    await expect(playback(fresh).getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('is not solved by a run that does not do it: a crash makes suspicion one-sided', async ({
    page,
  }) => {
    await open(page, `${EACH_OTHER}&log=2s_crash_n3&t=9s`);
    await expect(nodeButton(page, 'n1')).toHaveAccessibleName(/suspects n3/);
    await playback(page).getByRole('button', { name: 'Play' }).click();
    await maxSpeed(page);
    await expect(page.getByRole('status', { name: 'Virtual time' })).toHaveText(
      /^1[2-9]\.|^[2-9]\d\./,
      {
        timeout: 15_000,
      },
    );
    await expect(verdict(page)).toHaveText('');
    await expect(panel(page)).toContainText('Not solved yet');
  });

  test('an unknown challenge is named, and the sandbox opens without one', async ({ page }) => {
    await page.goto(`${SANDBOX}?challenge=cap-both-ways`);
    await expect(
      page.getByText(/"cap-both-ways" is not a challenge of this sandbox/),
    ).toBeVisible();
    await expect(nodeButton(page, 'n1')).toBeVisible();
    await expect(panel(page)).toHaveCount(0);
  });
});

test.describe('challenges solved, in progress', () => {
  test('show at the lesson end and at home, survive a reload and clear', async ({ page }) => {
    await page.goto('/learn/failure-detection/');
    const section = page.getByRole('region', { name: 'Challenges' });
    await expect(section.getByRole('heading', { level: 3 })).toHaveText([
      'A false alarm',
      'Second thoughts',
      'Each blames the other',
    ]);
    await expect(section.getByText('Solved', { exact: true })).toHaveCount(0);
    await section
      .getByRole('link', { name: /^Try it in the sandbox\s*: Each blames the other$/ })
      .click();
    await expect(page).toHaveURL(/\/play\/failure-detection\/\?.*challenge=fd-each-other/);
    await expect(panel(page)).toContainText('Each blames the other');

    // Solved from a replayed solution: a partition at 2 s, seen at 6 s.
    await open(page, `${EACH_OTHER}&log=2s_partition_n1-n2!n3-n4-n5&t=6s`);
    await expect(verdict(page)).toHaveText(/^Solved at /);

    await page.goto('/learn/failure-detection/');
    const solvedItem = section.getByRole('listitem').filter({ hasText: 'Each blames the other' });
    await expect(solvedItem.getByText('Solved', { exact: true })).toBeVisible();
    await expect(section.getByText('Solved', { exact: true })).toHaveCount(1);
    await page.reload();
    await expect(solvedItem.getByText('Solved', { exact: true })).toBeVisible();

    await page.goto('/');
    await expect(summary(page)).toContainText(/, 1 of \d+ challenges solved\./);
    await page.reload();
    await expect(summary(page)).toContainText(/, 1 of \d+ challenges solved\./);
    await summary(page).getByRole('button', { name: 'Clear my progress' }).click();
    await summary(page).getByRole('button', { name: 'Yes, clear my progress' }).click();
    await expect(summary(page)).toContainText(/, 0 of \d+ challenges solved\./);
    await page.goto('/learn/failure-detection/');
    await expect(section.getByRole('heading', { level: 3 })).toHaveCount(3);
    await expect(section.getByText('Solved', { exact: true })).toHaveCount(0);
  });
});

test.describe("the teacher's page", () => {
  test('lists questions and challenges, and its class link opens the class run', async ({
    page,
  }) => {
    await page.goto('/learn/cap/');
    await page.getByRole('link', { name: 'Notes for teachers' }).click();
    await expect(page).toHaveURL(/\/teach\/cap\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Teaching .CAP/);
    const questions = page.getByRole('region', { name: 'Discussion questions' });
    expect(await questions.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    await expect(
      page.getByRole('region', { name: 'What students will be able to do' }),
    ).toBeVisible();
    await expect(page.getByText(/plan about \d+ minutes in class/)).toBeVisible();
    const challenges = page.getByRole('region', { name: 'Challenges to set' });
    await expect(challenges.getByRole('heading', { level: 3 })).toHaveText([
      'Both ways at once',
      'A write that vanished',
      'Nobody has a majority',
    ]);
    await expect(page.getByRole('button', { name: 'Copy the class link' })).toBeVisible();

    await page.getByRole('link', { name: 'Open the class run' }).click();
    await expect(page).toHaveURL(/\/play\/cap\/\?seed=3&mode=mixed&log=2s_partition/);
    await expect(page.getByRole('textbox', { name: 'Seed' })).toHaveValue('3');
    await expect(nodeButton(page, 'n1')).toBeVisible();
  });

  test('the CAP solution link shows CP refusing and AP stale in one run, solved', async ({
    page,
  }) => {
    await page.goto('/teach/cap/');
    await page.getByRole('link', { name: /^Open this solution\s*: Both ways at once$/ }).click();
    await expect(page).toHaveURL(/challenge=cap-both-ways/);
    await expect(panel(page)).toContainText('Both ways at once');
    await expect(verdict(page)).toHaveText(/^Solved at /, { timeout: 15_000 });
  });

  test('the home page links each lesson’s notes', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /Quorums.*\(notes for teachers\)/ }).click();
    await expect(page).toHaveURL(/\/teach\/quorums\/$/);
    await expect(page.getByRole('region', { name: 'The class link' })).toContainText('seed 5');
  });
});

test.describe('axe', () => {
  test('the teacher’s page has no WCAG 2.1 A/AA violations', async ({ page }) => {
    await page.goto('/teach/failure-detection/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, 'teacher page');
  });

  test('the challenge panel, open and solved, has none either', async ({ page }) => {
    await open(page, EACH_OTHER);
    await panel(page).getByText('A hint').click();
    await expectNoAxeViolations(page, 'challenge panel');
    await open(page, `${EACH_OTHER}&log=2s_partition_n1-n2!n3-n4-n5&t=6s`);
    await expect(verdict(page)).toHaveText(/^Solved at /);
    await expectNoAxeViolations(page, 'solved challenge panel');
  });
});
