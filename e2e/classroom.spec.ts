/**
 * The classroom kit around the lessons: contents lists, previous and next links, the
 * glossary, and progress kept in the browser.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, LESSON } from './helpers';

/** True when the page is wider than the window: something forces a sideways scroll. */
function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

test.describe('lesson outline', () => {
  test('the contents list jumps to the heading it names', async ({ page }) => {
    await page.goto(LESSON);
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await expect(contents.getByRole('link')).toHaveText([
      'Something is always down',
      'All you have is messages',
      'Dead, or cut off?',
      'Slow looks dead',
      'The timeout is a dial',
      'What to take away',
    ]);
    await contents.getByRole('link', { name: 'Slow looks dead' }).click();
    await expect(page).toHaveURL(/#slow-looks-dead$/);
    const heading = page.getByRole('heading', { level: 2, name: 'Slow looks dead' });
    await expect(heading).toBeInViewport();
    await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();

    // A link to a section, shared, opens at that section.
    await page.goto(`${LESSON}#the-timeout-is-a-dial`);
    await expect(page.getByRole('heading', { name: 'The timeout is a dial' })).toBeInViewport();
  });

  test('every contents link on every lesson has a heading to land on', async ({ page }) => {
    await page.goto('/');
    const lessons = await page
      .getByRole('region', { name: 'Lessons' })
      .getByRole('heading', { level: 3 })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    for (const path of lessons) {
      await page.goto(path);
      const hrefs = await page
        .getByRole('navigation', { name: 'Contents' })
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length, path).toBeGreaterThan(1);
      for (const href of hrefs)
        await expect(page.locator(`h2${href}, h3${href}`), `${path}${href}`).toHaveCount(1);
    }
  });

  test('shows objectives and an estimated time', async ({ page }) => {
    await page.goto(LESSON);
    const objectives = page.getByRole('region', { name: 'By the end you can' });
    await expect(objectives.getByRole('listitem')).toHaveCount(4);
    await expect(objectives.getByRole('listitem').nth(1)).toContainText('heartbeats');
    await expect(
      page.getByText(/^About \d+ minutes: [\d,]+ words, 5 live widgets to try/),
    ).toBeVisible();
  });

  test('previous and next links go where they say, in reading order', async ({ page }) => {
    await page.goto(LESSON);
    const pager = page.getByRole('navigation', { name: 'Previous and next lessons' });
    await expect(pager.getByRole('link', { name: /Previous lesson/ })).toHaveCount(0);
    const next = pager.getByRole('link', { name: /^Next lesson/ });
    const title = (await next.textContent())!.replace('Next lesson', '').trim();
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page).toHaveURL(/\/learn\/light-cones\/$/);

    const back = page
      .getByRole('navigation', { name: 'Previous and next lessons' })
      .getByRole('link', { name: /^Previous lesson/ });
    await expect(back).toContainText('Always broken');
    await back.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Always broken');
  });

  test('a lesson fits a 390 px wide phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [LESSON, '/learn/cap/', '/']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await scrollsSideways(page), path).toBe(false);
    }
  });
});

test.describe('glossary', () => {
  test('the header links to it, and every term has an anchor', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Glossary' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await expect(page).toHaveURL(/\/glossary\/$/);
    const terms = page.getByRole('term');
    expect(await terms.count()).toBeGreaterThanOrEqual(20);
    await expect(page.locator('#vector-clock').getByRole('term')).toHaveText('vector clock');
    await expect(page.locator('#vector-clock').getByRole('definition')).toContainText(
      'happened before',
    );
    // See-also links move within the page.
    await page.locator('#vector-clock').getByRole('link', { name: 'concurrent' }).click();
    await expect(page).toHaveURL(/#concurrent$/);
    await expect(page.locator('#concurrent')).toBeInViewport();
  });

  test('a term in a lesson links to its definition, and back to the lesson', async ({ page }) => {
    await page.goto(LESSON);
    const term = page.getByRole('main').getByRole('link', { name: 'heartbeat', exact: true });
    await expect(term).toHaveCount(1);
    await term.click();
    await expect(page).toHaveURL(/\/glossary\/#heartbeat$/);
    const entry = page.locator('#heartbeat');
    await expect(entry).toBeInViewport();
    await expect(entry.getByRole('definition')).toContainText('still running');
    await entry.getByRole('link', { name: 'Always broken' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Always broken');
  });

  test('fits a 390 px wide phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/glossary/#hinted-handoff');
    await expect(page.locator('#hinted-handoff')).toBeInViewport();
    expect(await scrollsSideways(page)).toBe(false);
  });
});

test.describe('progress', () => {
  const summary = (page: Page) => page.getByRole('region', { name: 'Your progress' });
  const card = (page: Page, title: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

  test('survives a reload, and clears after asking', async ({ page }) => {
    await page.goto('/');
    await expect(summary(page)).toContainText(/0 of \d+ lessons read, 0 of \d+ predictions made/);

    // A prediction, locked in.
    await page.goto(LESSON);
    const predict = page.getByRole('group', { name: /At 3 s, n3 crashes/ });
    await predict.getByRole('radio', { name: /A second or two later/ }).check();
    await page.getByRole('button', { name: 'Lock in my prediction' }).first().click();
    await expect(page.getByText(/Now press Play/).first()).toBeVisible();

    // Reaching the end marks the lesson read.
    const status = page.getByText(/^You (have|have not) /);
    await expect(status).toHaveText(/not finished/);
    await status.scrollIntoViewIfNeeded();
    await expect(status).toHaveText('You have read this lesson.');
    await page.reload();
    await expect(page.getByText('You have read this lesson.')).toBeAttached();
    // By hand, too.
    await page.getByRole('button', { name: 'Mark as unread' }).click();
    await expect(status).toHaveText(/not finished/);
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await expect(status).toHaveText('You have read this lesson.');

    await page.goto('/');
    await expect(summary(page)).toContainText(/1 of \d+ lessons read, 1 of \d+ predictions made/);
    await expect(card(page, 'Always broken')).toContainText('Read');
    await expect(card(page, 'Who can know what, and when')).not.toContainText(/^Read$|Read$/);
    await page.reload();
    await expect(summary(page)).toContainText(/1 of \d+ lessons read/);

    // Clearing asks first; Cancel keeps everything.
    await summary(page).getByRole('button', { name: 'Clear my progress' }).click();
    const confirm = summary(page).getByRole('group', { name: /Forget which lessons/ });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(summary(page)).toContainText(/1 of \d+ lessons read/);
    await expect(summary(page).getByRole('button', { name: 'Clear my progress' })).toBeFocused();

    await summary(page).getByRole('button', { name: 'Clear my progress' }).click();
    await confirm.getByRole('button', { name: 'Yes, clear my progress' }).click();
    await expect(summary(page)).toContainText(/0 of \d+ lessons read, 0 of \d+ predictions made/);
    await expect(summary(page)).toContainText('Your progress is cleared.');
    await expect(card(page, 'Always broken').getByText('Read', { exact: true })).toHaveCount(0);
    await page.reload();
    await expect(summary(page)).toContainText(/0 of \d+ lessons read/);
    expect(await page.evaluate(() => localStorage.getItem('lightcone:progress'))).toBeNull();
  });

  test('garbage in storage gives an empty record, not an error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Damaged before the first page loads, once (an init script runs on every load).
    await page.addInitScript(() => {
      if (sessionStorage.getItem('damaged')) return;
      sessionStorage.setItem('damaged', 'yes');
      localStorage.setItem('lightcone:progress', '{"v":1,"read":{"cap":');
    });
    await page.goto('/');
    await expect(summary(page)).toContainText(/0 of \d+ lessons read/);
    await page.goto(LESSON);
    await page.getByText(/not finished/).scrollIntoViewIfNeeded();
    await expect(page.getByText('You have read this lesson.')).toBeVisible();
    await page.goto('/');
    await expect(summary(page)).toContainText(/1 of \d+ lessons read/);
    expect(errors).toEqual([]);
  });

  test('without storage, progress lasts the page and says so', async ({ page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
    );
    await page.goto(LESSON);
    const note = page.getByText(/not letting the site keep data/);
    await note.scrollIntoViewIfNeeded();
    await expect(note).toBeVisible();
    await expect(page.getByText('You have read this lesson.')).toBeVisible();
    await page.getByRole('button', { name: 'Mark as unread' }).click();
    await expect(page.getByText(/not finished/)).toBeVisible();
  });

  test('axe: the home page asking to clear progress, light and dark', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await summary(page).getByRole('button', { name: 'Clear my progress' }).click();
      await expect(summary(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
      await expectNoAxeViolations(page, `home, confirming a clear, ${scheme}`);
    }
  });

  test('axe: the glossary with an entry targeted, dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/glossary/#quorum');
    await expect(page.locator('#quorum')).toBeInViewport();
    await expectNoAxeViolations(page, 'glossary, dark, #quorum');
  });
});
