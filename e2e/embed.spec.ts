import { expect, test, type Page } from '@playwright/test';
import { clock, clockSeconds, EMBED, nodeButton, nodeButtons, notices, playback } from './helpers';

/**
 * The host is served by page.route, so Chromium treats it as a public site. Chromium's
 * Local Network Access checks block a public page from framing localhost unless the
 * page is secure, the permission is granted and the iframe delegates it; in production
 * the embed is itself public, so none of this applies there.
 */
const HOST = 'https://host.test/';

interface Received {
  lightcone?: number;
  type?: string;
  now?: number;
  playing?: boolean;
  text?: string;
  message?: string;
  scenario?: string;
}

/**
 * A slide-deck stand-in on another origin: it frames the embed, records every message
 * the widget posts, and exposes `send()` to post messages to it.
 */
async function openHost(page: Page, query: string): Promise<void> {
  const baseURL = test.info().project.use.baseURL ?? 'http://localhost:4173';
  const src = new URL(`${EMBED}?${query}`, baseURL).href;
  await page.context().grantPermissions(['local-network-access']);
  await page.route(HOST, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Slides</title></head><body>
<h1>My talk</h1>
<script>
  window.received = [];
  window.addEventListener('message', (event) => window.received.push(event.data));
  window.send = (message) =>
    document.querySelector('iframe').contentWindow.postMessage(message, '*');
</script>
<iframe title="Failure detector widget" allow="local-network-access" src="${src}" width="900" height="900"></iframe>
</body></html>`,
    }),
  );
  await page.goto(HOST);
}

function received(page: Page): Promise<Received[]> {
  return page.evaluate(() => (window as unknown as { received: Received[] }).received);
}

async function lastState(page: Page): Promise<Received | undefined> {
  return (await received(page)).filter((m) => m.lightcone === 1 && m.type === 'state').at(-1);
}

function send(page: Page, message: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    (m) => (window as unknown as { send: (m: unknown) => void }).send(m),
    message,
  );
}

test('embed in a host page: driven by its own controls and by postMessage', async ({ page }) => {
  await openHost(page, 'theme=dark&controls=1');
  const frame = page.frameLocator('iframe[title="Failure detector widget"]');

  // The widget announces itself, then reports its state.
  await expect
    .poll(async () => (await received(page)).find((m) => m.type === 'ready'))
    .toEqual({ lightcone: 1, type: 'ready', scenario: 'failure-detection' });
  await expect.poll(async () => (await lastState(page))?.now).toBe(0);

  // No site chrome: no header, no navigation, no skip link; the theme is applied.
  await expect(nodeButton(frame, 'n1')).toBeVisible();
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'Lightcone' })).toHaveCount(0);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Its own Play button runs the clock.
  await playback(frame).getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => clockSeconds(frame)).toBeGreaterThan(0.2);
  await expect.poll(async () => (await lastState(page))?.playing).toBe(true);
  await playback(frame).getByRole('button', { name: 'Pause' }).click();
  await expect(playback(frame).getByRole('button', { name: 'Play' })).toBeVisible();
  const pausedAt = await clockSeconds(frame);

  // The host drives it too.
  await send(page, { lightcone: 1, type: 'play' });
  await expect(playback(frame).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => clockSeconds(frame)).toBeGreaterThan(pausedAt);
  await send(page, { lightcone: 1, type: 'pause' });
  await expect(playback(frame).getByRole('button', { name: 'Play' })).toBeVisible();
  await expect.poll(async () => (await lastState(page))?.playing).toBe(false);

  await send(page, { lightcone: 1, type: 'seek', t: '4s' });
  await expect(clock(frame)).toHaveText('4.00 s');
  await expect.poll(async () => (await lastState(page))?.now).toBe(4_000_000);

  await send(page, { lightcone: 1, type: 'command', command: { type: 'crash', node: 'n3' } });
  await expect(nodeButton(frame, 'n3')).toHaveAccessibleName('n3: crashed');
  await expect
    .poll(async () =>
      (await received(page)).some((m) => m.type === 'event' && m.text === 'n3 crashed'),
    )
    .toBe(true);

  // Bad messages get a specific error back; messages not for Lightcone are ignored.
  await send(page, { lightcone: 1, type: 'explode' });
  await expect
    .poll(async () => (await received(page)).find((m) => m.type === 'error')?.message)
    .toMatch(/Unknown message type "explode"/);
  await send(page, { type: 'play' });
  await page.waitForTimeout(200);
  await expect(playback(frame).getByRole('button', { name: 'Play' })).toBeVisible();
});

test('embed with controls=0 shows the cluster but no transport, and still obeys the host', async ({
  page,
}) => {
  await openHost(page, 'theme=light&controls=0');
  const frame = page.frameLocator('iframe');
  await expect(nodeButtons(frame)).toHaveCount(5);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(frame.getByRole('group', { name: 'Playback' })).toHaveCount(0);
  for (const name of ['Play', 'Pause', 'Step forward', 'Step back', 'Restart']) {
    await expect(frame.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await expect(frame.getByRole('slider')).toHaveCount(0);
  await expect(frame.getByRole('banner')).toHaveCount(0);

  await expect.poll(async () => (await received(page)).some((m) => m.type === 'ready')).toBe(true);
  await send(page, { lightcone: 1, type: 'play' });
  await expect.poll(async () => (await lastState(page))?.playing).toBe(true);
  await expect.poll(async () => (await lastState(page))?.now ?? 0).toBeGreaterThan(0);
});

test('embed with origin= ignores commands from any other origin', async ({ page }) => {
  await openHost(page, 'origin=https://slides.example');
  const frame = page.frameLocator('iframe');
  await expect(nodeButton(frame, 'n1')).toBeVisible();
  await page.waitForTimeout(300);
  await send(page, { lightcone: 1, type: 'play' });
  await page.waitForTimeout(400);
  await expect(playback(frame).getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(clock(frame)).toHaveText('0 µs');
  // Replies go only to the named origin, so this host hears nothing either.
  expect(await received(page)).toEqual([]);
});

test('embed options: a step range stops play, and bad options are reported', async ({ page }) => {
  // Two seconds of play, so that a slow machine's checks still see it playing.
  await page.goto(`${EMBED}?steps=2s-4s`);
  await expect(clock(page)).toHaveText('2.00 s');
  // Keyboard (or a presentation clicker) drives it: Space plays, and play stops at 4 s.
  await page.keyboard.press('Space');
  await expect(playback(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(clock(page)).toHaveText('4.00 s');
  await expect(playback(page).getByRole('button', { name: 'Play' })).toBeVisible();

  await page.goto(`${EMBED}?theme=blue&controls=2&steps=x`);
  const notice = notices(page);
  await expect(notice).toContainText('theme: "blue" is not light or dark');
  await expect(notice).toContainText('controls: "2" is not 0 or 1');
  await expect(notice).toContainText('steps: "x" is not a range');
  await expect(playback(page).getByRole('button', { name: 'Play' })).toBeVisible();
});

test('embed with an origin that is not a web origin says so and keeps working', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const origin of ['data:,x', 'javascript:alert(1)', 'about:blank']) {
    await openHost(page, `origin=${encodeURIComponent(origin)}`);
    const frame = page.frameLocator('iframe');
    await expect(notices(frame)).toContainText(`origin: "${origin}" is not a web origin`);
    await playback(frame).getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => clockSeconds(frame)).toBeGreaterThan(0);
  }
  expect(errors).toEqual([]);
});

test('embed answers a seek past the longest run, and a huge message, with a short error', async ({
  page,
}) => {
  await openHost(page, '');
  await expect.poll(async () => (await received(page)).some((m) => m.type === 'ready')).toBe(true);
  await send(page, { lightcone: 1, type: 'seek', t: '5999940m' });
  await send(page, { lightcone: 1, type: 'x'.repeat(10_000_000) });
  await expect
    .poll(async () => (await received(page)).filter((m) => m.type === 'error').length)
    .toBe(2);
  const [seek, huge] = (await received(page)).filter((m) => m.type === 'error');
  expect(seek?.message).toBe('seek: 5999940m is past the longest run of failure-detection, 60m');
  expect(huge?.message?.length).toBeLessThanOrEqual(400);
  await expect(clock(page.frameLocator('iframe'))).toHaveText('0 µs');
});
