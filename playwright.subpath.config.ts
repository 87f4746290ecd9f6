/**
 * The site built for a subpath, as a host that serves it from a folder would:
 * `npm test` builds it once with BASE_PATH=/courses/lightcone into out-subpath/ (see
 * scripts/test.mjs), and this config serves that folder under the subpath only, so a
 * request that misses the subpath fails.
 */
import { defineConfig } from '@playwright/test';
import shared from './playwright.config';

const SUBPATH = '/courses/lightcone';
const SUBPATH_DIR = 'out-subpath';
const port = Number(process.env.E2E_SUBPATH_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1000);

export default defineConfig({
  ...shared,
  testDir: 'e2e/subpath',
  testIgnore: [],
  use: { ...shared.use, baseURL: `http://localhost:${port}` },
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --dir ${SUBPATH_DIR} --base ${SUBPATH}`,
    url: `http://localhost:${port}${SUBPATH}/`,
    // Never another server that happens to answer on this port: it would not be this build.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
