import { expect, test, type Locator, type Page } from '@playwright/test';
import { clock, expectNoAxeViolations, maxSpeed, nodeButton, playback } from './helpers';

const TOOL = '/tools/space-time/';

test('keyboard: select an event in the live diagram; its cone and concurrent events are described', async ({
  page,
}) => {
  await page.goto('/play/light-cones/?t=3s');
  const diagram = page.getByRole('application', { name: /space-time diagram/ });
  await diagram.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const cone = page.getByRole('region', { name: 'Selected event' });
  await expect(cone).toContainText(/happen before it/);
  await expect(cone).toContainText(/oncurrent/);
  await cone.getByRole('button', { name: 'Clear selection' }).click();
  await expect(cone).toHaveCount(0);
});

test('the log viewer renders its example, and names the line of a broken log', async ({ page }) => {
  await page.goto(TOOL);
  await page.getByRole('button', { name: 'Load example' }).click();
  const diagram = page.getByRole('region', { name: 'Diagram' });
  await expect(diagram.getByText('Log rendered.')).toBeVisible();
  await expect(
    diagram.getByText(/^3 lanes \(client, leader, follower\), \d+ events/),
  ).toBeVisible();
  await expect(page.getByRole('application', { name: /one lane per node/ })).toBeVisible();

  await page
    .getByLabel('Log', { exact: true })
    .fill('alpha {"alpha":1}\nstart\nbeta {"beta":"x"}\nbroken clock');
  await page.getByRole('button', { name: 'Render' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText(
    /line \d+/i,
  );
  await expectNoAxeViolations(page, 'log viewer with errors');
});

test('a simulated run downloads as a ShiViz log that the log viewer reads back', async ({
  page,
}) => {
  await page.goto('/play/light-cones/?t=3s');
  // The live diagram's own count of what it draws, to compare with the imported copy.
  const live = page.getByRole('figure', { name: /space-time diagram$/ }).getByText(/ lanes \(/);
  await expect(live).toHaveText(/, [1-9]\d* events/);
  const counts = /, (\d+ events, \d+ messages?)\.$/.exec(await live.innerText())?.[1];
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as a ShiViz log' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('lightcone-light-cones-seed-1.log');
  const path = await file.path();
  await page.goto(TOOL);
  await page.getByLabel('Open a log file').setInputFiles(path);
  await expect(page.getByLabel('Log', { exact: true })).not.toHaveValue('');
  await page.getByRole('button', { name: 'Render' }).click();
  await expect(
    page.getByRole('figure', { name: 'Imported log' }).getByText(/^5 lanes \(/),
  ).toHaveText(new RegExp(`, ${counts}\\.$`));
});

test('focusing a node in the cluster and an event in the diagram emphasise the same node', async ({
  page,
}) => {
  await page.goto('/play/light-cones/?t=3s');
  await page.getByRole('button', { name: /^n3:/ }).focus();
  await expect(page.locator('svg circle[data-highlight="n3"]')).toHaveCount(1);
  const diagram = page.getByRole('application', { name: /space-time diagram/ });
  await diagram.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('svg circle[data-highlight]')).toHaveCount(1);
});

/**
 * GoVector output, written by hand and read with GoVector's default regex (the tool's
 * default): three hosts, and four messages whose sends and receives the clocks imply.
 *   alice → bob "ping", bob → carol "forward", carol → alice "reply", bob → alice "note".
 * Events: alice 5, bob 4, carol 3 = 12.
 */
const GOVECTOR_LOG = `alice {"alice":1}
Initialization Complete
alice {"alice":2}
send ping to bob
bob {"bob":1}
Initialization Complete
bob {"alice":2, "bob":2}
receive ping from alice
bob {"alice":2, "bob":3}
send forward to carol
carol {"carol":1}
Initialization Complete
carol {"alice":2, "bob":3, "carol":2}
receive forward from bob
carol {"alice":2, "bob":3, "carol":3}
send reply to alice
bob {"alice":2, "bob":4}
send note to alice
alice {"alice":3, "bob":3, "carol":3}
receive reply from carol
alice {"alice":4, "bob":4, "carol":3}
receive note from bob
alice {"alice":5, "bob":4, "carol":3}
done
`;

test('a pasted GoVector log renders with one lane per host and one arrow per message', async ({
  page,
}) => {
  await page.goto(TOOL);
  await page.getByLabel('Log', { exact: true }).fill(GOVECTOR_LOG);
  await page.getByRole('button', { name: 'Render' }).click();
  const figure = page.getByRole('figure', { name: 'Imported log' });
  await expect(figure.getByText(/^\d+ lanes/)).toHaveText(
    '3 lanes (alice, bob, carol), 12 events, 4 messages.',
  );
  await expect(figure.getByRole('application')).toHaveAccessibleName(
    'Imported log, one lane per node: alice, bob, carol',
  );
});

/** The cluster and the space-time diagram of one widget, found by their captions. */
function linkedViews(page: Page, caption: string) {
  const cluster = page.getByRole('figure', { name: caption, exact: true });
  const diagram = page.getByRole('figure', { name: `${caption}: space-time diagram`, exact: true });
  return { cluster, diagram };
}

/** Hovering or focusing in one view shows in the other. */
async function expectLinked(cluster: Locator, diagram: Locator): Promise<void> {
  // Cluster → diagram: the diagram names what it emphasises under the plot.
  await nodeButton(cluster, 'n2').focus();
  await expect(diagram.getByText('Highlighted: n2', { exact: true })).toBeVisible();
  await nodeButton(cluster, 'n4').hover();
  await expect(diagram.getByText('Highlighted: n4', { exact: true })).toBeVisible();
  await diagram.page().mouse.move(0, 0);
  await expect(diagram.getByText(/^Highlighted:/)).toHaveCount(0);

  // Diagram → cluster: the focused event's node gets the cluster's highlight ring.
  await diagram.getByRole('application').focus();
  await diagram.page().keyboard.press('ArrowRight');
  const named = diagram.getByText(/^n\d+ .+ at [\d.]+ (µs|ms|s)$/);
  await expect(named).toBeVisible();
  const node = (await named.innerText()).split(' ')[0]!;
  await expect(cluster.locator('svg circle[data-highlight]')).toHaveAttribute(
    'data-highlight',
    node,
  );
  await diagram.getByRole('application').blur();
  await expect(cluster.locator('svg circle[data-highlight]')).toHaveCount(0);
}

test('lesson: a space-time widget and its cluster highlight the same node', async ({ page }) => {
  await page.goto('/learn/light-cones/');
  const caption =
    "One lane per node, time flowing right. Click the sniper's shot on n2's lane at 1.45 s: the soldier's shot lies in its shaded past.";
  const { cluster, diagram } = linkedViews(page, caption);
  await expect(diagram).toBeVisible();
  // The widget runs once a prediction is locked in; it pauses itself at the deciding
  // moment, when both shots have been fired, so there are events to move between.
  const prompt = page.getByRole('region', { name: /Now the sniper fires 450 ms/ });
  await prompt.getByRole('radio').first().check();
  await prompt.getByRole('button', { name: 'Lock in my prediction' }).click();
  const controls = playback(prompt);
  await maxSpeed(controls);
  await controls.getByRole('button', { name: 'Play' }).click();
  await expect(prompt.getByText(/^Deciding moment, 1\.75 s/)).toBeVisible({ timeout: 15_000 });
  await expect
    .poll(async () =>
      Number(/(\d+) events/.exec(await diagram.getByText(/ lanes /).innerText())?.[1]),
    )
    .toBeGreaterThan(4);
  await expectLinked(cluster, diagram);
});

test('embed: the light-cone embed links its cluster and diagram', async ({ page }) => {
  await page.goto('/embed/light-cones/?t=3s');
  const title = 'The soldier and the sniper';
  const cluster = page.getByRole('figure', { name: `${title} cluster`, exact: true });
  const diagram = page.getByRole('figure', { name: `${title}: space-time diagram`, exact: true });
  await expect(diagram).toBeVisible();
  await expectLinked(cluster, diagram);
});

test('the diagram pans by dragging, zooms with Ctrl + wheel and the keys, and 0 fits it again', async ({
  page,
}) => {
  await page.goto(TOOL);
  await page.getByRole('button', { name: 'Load example' }).click();
  const figure = page.getByRole('figure', { name: 'Imported log' });
  const diagram = figure.getByRole('application');
  // The time axis's labels say which stretch of time is in view.
  const axis = figure.locator('svg > g').first();
  const labels = async () => (await axis.locator('text').allTextContents()).join(' ');
  await expect.poll(labels).toMatch(/^0 \S+ \d/);
  const whole = await labels();

  await diagram.focus();
  await page.keyboard.press('+');
  await expect.poll(labels).not.toBe(whole);
  const zoomed = await labels();

  // Point at the client's last event (the caption names it), then drag from it to the
  // right: earlier times come into view, and the drag does not select the event.
  const box = (await diagram.boundingBox())!;
  const y = box.y + 32;
  const named = figure.getByText(/^client .+ \(Lamport time \d+\)$/);
  let x = box.x + box.width - 20;
  for (; x > box.x + 40 && !(await named.isVisible()); x -= 6) await page.mouse.move(x, y);
  await expect(named).toBeVisible();
  await page.mouse.down();
  for (let dx = 0; dx <= 240; dx += 40) await page.mouse.move(x + dx, y);
  await page.mouse.up();
  await expect.poll(labels).not.toBe(zoomed);
  await expect(page.getByRole('region', { name: 'Selected event' })).toHaveCount(0);

  await page.keyboard.press('0');
  await expect.poll(labels).toBe(whole);

  // Ctrl + wheel up zooms in about the pointer: the axis then spans far less time.
  await page.mouse.move(box.x + box.width / 2, y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(labels).not.toBe(whole);
  await page.keyboard.press('0');
  await expect.poll(labels).toBe(whole);
});

test('a long run: the diagram holds its latest stretch, and scrubbing back to the start shows the start again', async ({
  page,
}) => {
  // Heavy traffic at 10×: some 9,000 events a second, past what the diagram holds.
  await page.goto('/play/failure-detection/?heartbeat=50ms&mean=300ms');
  const figure = page.getByRole('figure', { name: /space-time diagram$/ });
  const summary = figure.getByText(/ lanes \(/);
  await expect(summary).not.toContainText('earlier');
  const controls = playback(page);
  await maxSpeed(controls);
  await controls.getByRole('button', { name: 'Play' }).click();
  await expect(summary).toContainText(/shown; \d+ earlier events: scrub back to see them\.$/, {
    timeout: 30_000,
  });
  await controls.getByRole('button', { name: 'Pause' }).click();

  const time = page.getByRole('slider', { name: 'Time', exact: true });
  await time.focus();
  await time.press('Home');
  await expect(clock(page)).toHaveText('0 µs');
  for (let step = 0; step < 3; step++) await time.press('ArrowRight');
  await expect(summary).toHaveText(
    /^5 lanes \(n1, n2, n3, n4, n5\), [1-9]\d* events, \d+ messages\.$/,
  );
  // The events drawn are the run's first: the first on a lane is at the very start.
  const diagram = page.getByRole('application', { name: /space-time diagram/ });
  await diagram.focus();
  await page.keyboard.press('Home');
  await expect(figure.getByText(/^n1 .+ at [\d.]+ (µs|ms)$/)).toBeVisible();
});
