import { expect, test } from '@playwright/test';
import {
  EMBED,
  expectNoAxeViolations,
  LESSON,
  maxSpeed,
  networkStatus,
  nodeButton,
  openSandbox,
  playback,
  SANDBOX,
} from './helpers';

const pages: { name: string; path: string; ready: RegExp | string }[] = [
  { name: 'home', path: '/', ready: 'Lessons' },
  { name: 'lesson', path: LESSON, ready: 'Always broken' },
  { name: 'sandbox', path: SANDBOX, ready: 'Failure detector' },
  { name: 'embed (light)', path: `${EMBED}?theme=light`, ready: 'Failure detector' },
  { name: 'embed (dark)', path: `${EMBED}?theme=dark`, ready: 'Failure detector' },
  { name: 'embed (no controls)', path: `${EMBED}?controls=0`, ready: 'Failure detector' },
  { name: '404', path: '/nope/', ready: 'This page is not part of the cluster' },
  { name: 'glossary', path: '/glossary/', ready: 'Glossary' },
  { name: 'CAP sandbox', path: '/play/cap/', ready: 'Replicated register: CP or AP' },
  {
    name: 'CAP embed (dark)',
    path: '/embed/cap/?theme=dark',
    ready: 'CAP: CP and AP side by side',
  },
  {
    name: 'light-cones sandbox',
    path: '/play/light-cones/',
    ready: 'The soldier and the sniper',
  },
  { name: 'quorum sandbox', path: '/play/quorums/', ready: 'Quorums: N, R and W' },
  { name: 'quorums lesson', path: '/learn/quorums/', ready: 'Quorums: how stale is' },
  {
    name: 'quorum embed (dark)',
    path: '/embed/quorums/?theme=dark',
    ready: 'Quorums: stale reads, measured and predicted',
  },
  { name: 'harvest-yield sandbox', path: '/play/harvest-yield/', ready: 'Harvest and yield' },
  {
    name: 'harvest-yield embed (dark, no controls)',
    path: '/embed/harvest-yield/?theme=dark&controls=0',
    ready: 'Harvest and yield',
  },
  { name: 'CAP embed (no controls)', path: '/embed/cap/?controls=0', ready: 'CAP: CP and AP' },
  { name: 'harvest-yield lesson', path: '/learn/harvest-yield/', ready: 'Harvest and yield' },
];

for (const { name, path, ready } of pages) {
  test(`axe: ${name} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: ready }).first()).toBeAttached();
    if (!['/', '/nope/', '/glossary/'].includes(path))
      await expect(nodeButton(page, 'n1').first()).toBeVisible();
    await expectNoAxeViolations(page, name);
  });
}

test('axe: dark colour scheme (system preference) on the sandbox', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSandbox(page);
  await expectNoAxeViolations(page, 'sandbox, dark scheme');
});

test('axe: the sandbox while running, partitioned, with the inspector open', async ({ page }) => {
  await openSandbox(page);
  await page.getByRole('combobox', { name: 'Group for n1' }).selectOption('Group B');
  await page.getByRole('button', { name: 'Apply partition' }).click();
  await expect(networkStatus(page)).toHaveText(/^Partitioned/);
  await nodeButton(page, 'n4').click();
  await page.getByRole('button', { name: 'Crash n4' }).click();
  await maxSpeed(page);
  await playback(page).getByRole('button', { name: 'Play' }).click();
  await expect(nodeButton(page, 'n1')).toHaveAccessibleName(/suspects/, { timeout: 10_000 });
  await expect(page.locator('svg path[data-edge]').first()).toBeAttached();
  // Paused for the scan itself, so axe reads a DOM that is not changing under it; the
  // suspicion arrows, cut links, crashed node, narration and inspector are all present.
  await playback(page).getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expectNoAxeViolations(page, 'running, partitioned sandbox');
});

test('axe: the PBS calculator with a result, light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/tools/pbs/?trials=20000&k=2&r=2');
    await expect(page.getByRole('table', { name: /Every read and write quorum/ })).toBeVisible();
    await expectNoAxeViolations(page, `PBS calculator, ${scheme}`);
  }
});

test('axe: the copy-embed-code dialog, open with its preview', async ({ page }) => {
  await openSandbox(page);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this run' });
  await expect(dialog.frameLocator('iframe').getByRole('button', { name: /^n1/ })).toBeVisible();
  await expectNoAxeViolations(page, 'copy-embed-code dialog');
});

test('axe: the example slide deck, on a slide with a widget', async ({ page }) => {
  await page.goto('/examples/slides.html');
  await page.keyboard.press('ArrowRight');
  const frame = page.frameLocator('iframe[title="Failure detector"]');
  await expect(nodeButton(frame, 'n1')).toBeVisible();
  await expectNoAxeViolations(page, 'example slide deck');
});

test('axe: the sandbox in presenter mode, light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openSandbox(page);
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(page.getByRole('button', { name: 'Leave presenter mode' })).toBeVisible();
    await expectNoAxeViolations(page, `sandbox in presenter mode, ${scheme}`);
  }
});

test('axe: the sandbox with its export menu open', async ({ page }) => {
  await openSandbox(page);
  await page.getByText('Export a diagram').click();
  await expect(page.getByRole('button', { name: /as PNG$/ }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'sandbox export menu');
});
