import { expect, test, type Locator, type Page } from '@playwright/test';
import { clock, dragCut, maxSpeed, nodeButton, playback } from './helpers';

const CP = 'CP (like ZooKeeper)';
const AP = 'AP (like Riak)';

function side(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

/** The number shown under a counter's name, e.g. "Refused". */
async function counter(page: Page, title: string, name: string): Promise<number> {
  const cell = side(page, title)
    .locator('dl div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) })
    .locator('dd');
  return Number(await cell.textContent());
}

/** The virtual clock, in seconds. */
async function seconds(page: Page): Promise<number> {
  return parseFloat((await clock(page).textContent()) ?? '0');
}

function verdict(page: Page, title: string): Locator {
  return page.getByRole('region', { name: `${title}: client history` }).getByRole('status');
}

test('a partition drawn on the side-by-side widget: CP refuses on the minority, AP answers and is not linearizable', async ({
  page,
}) => {
  await page.goto('/embed/cap/?seed=1');
  const cp = side(page, CP);
  await expect(nodeButton(cp, 'n1')).toBeVisible();
  await maxSpeed(page);
  await playback(page).getByRole('button', { name: 'Play' }).click();
  // Let a leader be elected and some traffic flow, then cut n1 and n2 off.
  await expect.poll(() => seconds(page), { timeout: 10_000 }).toBeGreaterThan(2);
  await dragCut(page, ['n1', 'n2'], ['n3', 'n4', 'n5'], cp);
  // On the slide layout the network panel is folded under "Requests and network".
  await page.getByText('Requests and network', { exact: true }).click();
  await expect(
    page.getByText('Partitioned: {n1, n2} | {n3, n4, n5}', { exact: true }),
  ).toBeVisible();

  await expect.poll(() => counter(page, CP, 'Refused'), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(verdict(page, AP)).toHaveText(/^Not linearizable\./, { timeout: 15_000 });
  await playback(page).getByRole('button', { name: 'Pause' }).click();

  expect(await counter(page, AP, 'Refused')).toBe(0);
  expect(await counter(page, AP, 'Stale reads')).toBeGreaterThan(0);
  await expect(verdict(page, CP)).toHaveText(/^Linearizable/);
  // The operations that cannot be ordered are highlighted, in the drawing and the table.
  const apHistory = page.getByRole('region', { name: `${AP}: client history` });
  await expect(apHistory.locator('svg g[data-highlight]').first()).toBeVisible();
  await apHistory.getByText('Operations as a table').click();
  await expect(apHistory.getByRole('cell', { name: /cannot be ordered/ }).first()).toBeVisible();
});

const STALE = JSON.stringify({
  model: 'register',
  init: 0,
  ops: [
    { process: 1, key: 'x', f: 'write', value: 1, call: 0, return: 10, status: 'ok' },
    { process: 2, key: 'x', f: 'read', value: 0, call: 15, return: 20, status: 'ok' },
  ],
});

test('paste or upload a history in the sandbox and see the verdict', async ({ page }) => {
  await page.goto('/play/cap/');
  const checker = page.getByRole('region', { name: 'Check a history' });
  await checker.getByLabel('History', { exact: true }).fill(STALE);
  await checker.getByRole('button', { name: 'Check history' }).click();
  await expect(checker.getByRole('status').filter({ hasText: 'linearizable' })).toHaveText(
    /^Not linearizable\. .*read 0/,
  );

  await checker.getByLabel('Open a history file').setInputFiles({
    name: 'ok.log',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      [
        'INFO  jepsen.util - 0\t:invoke\t:write\t1',
        'INFO  jepsen.util - 0\t:ok\t:write\t1',
        'INFO  jepsen.util - 1\t:invoke\t:read\tnil',
        'INFO  jepsen.util - 1\t:ok\t:read\t1',
      ].join('\n'),
    ),
  });
  await expect(checker.getByRole('status').filter({ hasText: 'inearizable' })).toHaveText(
    'Linearizable: all 2 operations fit one order.',
  );

  await checker
    .getByLabel('History', { exact: true })
    .fill('{"model": "register", "ops": [{"process": 0}]}');
  await checker.getByRole('button', { name: 'Check history' }).click();
  await expect(checker.getByRole('alert')).toContainText('ops[0]');
});
