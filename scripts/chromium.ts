/**
 * The one Chromium setup for browser tests and benchmarks. Debian's Chromium is used
 * where it exists (Playwright cannot download its own browser on every machine); the
 * flags keep it off the network and quiet in containers.
 */
import { existsSync } from 'node:fs';

const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's path, or undefined to let Playwright use its own browser. */
export const CHROMIUM_PATH: string | undefined = existsSync(candidate) ? candidate : undefined;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
];
