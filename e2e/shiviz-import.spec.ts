import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const TOOL = '/tools/space-time/';

/** A GoVector log with a program's own printouts between its entries (lines 2, 5 and 6). */
const NOISY_LOG = `client {"client":1}
Start
connecting to the server...
client {"client":2}
send ping
.
retrying
server {"server":1}
Start
server {"client":2, "server":2}
receive ping
`;

test('a pasted log with stray lines renders, and says how many lines it skipped', async ({
  page,
}) => {
  await page.goto(TOOL);
  await page.getByLabel('Log', { exact: true }).fill(NOISY_LOG);
  await page.getByRole('button', { name: 'Render' }).click();
  const figure = page.getByRole('figure', { name: 'Imported log' });
  await expect(figure.getByText(/^\d+ lanes/)).toHaveText(
    '2 lanes (client, server), 4 events, 1 message.',
  );
  await expect(page.getByRole('status').filter({ hasText: 'Log rendered.' })).toHaveText(
    'Log rendered. Skipped 3 lines.',
  );
  const skipped = page.getByRole('region', { name: 'Skipped lines' });
  await expect(skipped).toContainText(
    'Skipped 3 lines that the regular expression does not match:',
  );
  await expect(skipped.getByRole('listitem')).toHaveText([
    'Line 3: connecting to the server...',
    'Line 6: .',
    'Line 7: retrying',
  ]);
  await expectNoAxeViolations(page, 'log viewer with skipped lines');

  // The strict check makes each skipped line an error again.
  await page.getByLabel('Treat skipped lines as errors').check();
  await page.getByRole('button', { name: 'Render' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read (3 problems)' });
  await expect(alert.getByRole('listitem')).toHaveText([
    /^Line 3: This line does not match/,
    /^Line 6: /,
    /^Line 7: /,
  ]);
  await expect(figure).toHaveCount(0);
});

test('a regular expression that backtracks without end is stopped, naming its line', async ({
  page,
}) => {
  await page.goto(TOOL);
  // (a+)+b on forty a's and no b takes 2^40 steps: minutes, had it run on the page.
  const log = `(?<host>(a+)+b) (?<clock>{.*})\\n(?<event>.*)\n\n${'a'.repeat(40)}!\n`;
  await page.getByLabel('Log', { exact: true }).fill(log);
  await page.getByRole('button', { name: 'Render' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reading the log' })).toBeVisible();
  // The page stays responsive while the worker searches.
  await page.getByLabel('Execution delimiter').fill('still typing');
  await expect(page.getByLabel('Execution delimiter')).toHaveValue('still typing');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toContainText(
    `Line 3: The regular expression was stopped after 4 s on one search, still matching from this line: "${'a'.repeat(40)}!"`,
    { timeout: 15_000 },
  );
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);

  // Run it again and cancel: the search stops, and nothing is left claiming a result.
  await page.getByLabel('Execution delimiter').fill('');
  await page.getByRole('button', { name: 'Render' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reading the log' })).toHaveCount(0);
  await expect(alert).toHaveCount(0);
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.getByText('Log rendered.')).toBeVisible();
});

test('ShiViz’s simpledb example, with events that receive several messages at once, renders', async ({
  page,
}) => {
  await page.goto(TOOL);
  await page
    .getByLabel('Regular expression')
    .fill(String.raw`(?<event>.*)\n(?<host>\S*) (?<clock>{.*})`);
  const text = readFileSync(
    new URL('../sim/formats/shiviz/testdata/simpledb.log', import.meta.url),
  );
  await page
    .getByLabel('Open a log file')
    .setInputFiles({ name: 'simpledb.log', mimeType: 'text/plain', buffer: text });
  const figure = page.getByRole('figure', { name: 'Imported log' });
  await expect(figure.getByText(/^\d+ lanes/)).toHaveText(
    /^5 lanes \(.*\), 509 events, 95 messages\.$/,
  );
});
