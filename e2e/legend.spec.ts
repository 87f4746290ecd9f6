/** Each cluster's legend names only what its mode can show. */
import { expect, test } from '@playwright/test';
import { nodeButton } from './helpers';

test('CAP: the CP legend has leaders and followers; the AP legend has neither', async ({
  page,
}) => {
  await page.goto('/embed/cap/?seed=1&t=3s');
  const cp = page.getByRole('region', { name: 'CP (like ZooKeeper)', exact: true });
  const ap = page.getByRole('region', { name: 'AP (like Riak)', exact: true });
  await expect(nodeButton(cp, 'n1')).toBeVisible();
  const cpLegend = cp.getByRole('list', { name: 'Legend' });
  const apLegend = ap.getByRole('list', { name: 'Legend' });
  await expect(cpLegend).toContainText('Leader');
  await expect(cpLegend).toContainText('Follows (arrow points at its leader)');
  await expect(apLegend).toContainText('AP replica');
  await expect(apLegend).not.toContainText('Follows');
  await expect(apLegend).not.toContainText('Leader');
  await expect(apLegend).not.toContainText('Candidate');
});

test('failure detector: "Suspects" is listed once someone suspects', async ({ page }) => {
  await page.goto('/play/failure-detection/?seed=7');
  const legend = page.getByRole('list', { name: 'Legend' }).first();
  await expect(legend).toContainText('Crashed');
  await expect(legend).not.toContainText('Suspects');
  await page.goto('/play/failure-detection/?seed=7&log=1s_crash_n3&t=4s');
  await expect(page.getByRole('list', { name: 'Legend' }).first()).toContainText('Suspects');
});
