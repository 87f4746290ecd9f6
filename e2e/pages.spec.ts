import { expect, test } from '@playwright/test';
import { EMBED, LESSON, SANDBOX } from './helpers';

const pages = [
  { path: '/', title: /^Lightcone$/ },
  { path: LESSON, title: /^Always broken · Lightcone$/ },
  { path: SANDBOX, title: /^Failure detector sandbox · Lightcone$/ },
  { path: EMBED, title: /Failure detector.*· Lightcone$/ },
  { path: '/nope/', title: /^Page not found · Lightcone$/ },
];

test('every page has a title, a meta description and a language, and no errors', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    // The 404 page's own status is reported as a failed load; that one is expected.
    if (message.type() === 'error' && !message.text().includes('status of 404'))
      errors.push(`${page.url()}: ${message.text()}`);
  });
  for (const { path, title } of pages) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page, path).toHaveTitle(title);
      const description = page.locator('meta[name="description"]');
      await expect(description, path).toHaveCount(1);
      expect(
        (await description.getAttribute('content'))?.trim().length ?? 0,
        `${path} description`,
      ).toBeGreaterThan(20);
      await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
    });
  }
  expect(errors).toEqual([]);
});

test('an unknown address shows a 404 page with a heading and a way home', async ({ page }) => {
  const response = await page.goto('/nope/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This page is not part of the cluster',
  );
  await page.getByRole('link', { name: /lessons and sandboxes/ }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toBeVisible();
});

test('home links to the lesson and the sandbox', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sandboxes', exact: true })).toBeVisible();
  await page
    .getByRole('region', { name: 'Lessons' })
    .getByRole('link', { name: 'Always broken' })
    .click();
  await expect(page).toHaveURL((url) => url.pathname === LESSON);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Always broken');
  await page.goBack();
  await page
    .getByRole('region', { name: 'Sandboxes' })
    .getByRole('link', { name: 'Failure detector' })
    .click();
  await expect(page).toHaveURL((url) => url.pathname === SANDBOX);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});
