/**
 * Opening a log in /tools/space-time/ in headless Chromium: from the file input's
 * change event to the second animation frame after the diagram's summary line appears
 * (worker parse, transfer, layout, first draw). Timed in the page, a fresh page per run.
 *
 *   npx tsx bench/logs/render.ts [--quick]   just this, on a copy of out/
 */
import type { Browser } from '@playwright/test';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { serve, snapshotSite } from '../lib/site';
import { launchBrowser } from '../render/render';
import { benchLogs, type BenchLog } from './logs';

declare global {
  interface Window {
    __logOpened?: number;
    __logDrawn?: number;
  }
}

/** One run: ms from choosing the file to the drawn diagram, and what it says it shows. */
export async function measureOpen(
  browser: Browser,
  base: string,
  log: BenchLog,
): Promise<{ ms: number; summary: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${base}/tools/space-time/`);
    if (log.regex !== '')
      await page.getByRole('textbox', { name: 'Regular expression' }).fill(log.regex);
    await page.evaluate(() => {
      document.addEventListener('change', () => (window.__logOpened = performance.now()), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        const figure = document.querySelector('figure');
        if (!figure || !/\d+ lanes \(/.test(figure.textContent ?? '')) return;
        observer.disconnect();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => (window.__logDrawn = performance.now())),
        );
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByLabel('Open a log file').setInputFiles({
      name: `${log.id}.log`,
      mimeType: 'text/plain',
      buffer: Buffer.from(log.text),
    });
    await page.waitForFunction(() => window.__logDrawn !== undefined, null, { timeout: 60_000 });
    const ms = await page.evaluate(() => window.__logDrawn! - window.__logOpened!);
    const summary = await page
      .getByRole('figure', { name: 'Imported log' })
      .getByText(/^\d+ lanes \(/)
      .innerText();
    return { ms, summary };
  } finally {
    await context.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = process.argv.includes('--quick') ? 2 : 5;
  const dir = await snapshotSite();
  const site = await serve(dir);
  const browser = await launchBrowser();
  try {
    for (const log of benchLogs()) {
      const times: number[] = [];
      let summary = '';
      for (let run = 0; run < runs; run++)
        ({ ms: times[run], summary } = await measureOpen(browser, site.url, log));
      console.log(`${log.id}: ${times.map((t) => t.toFixed(0)).join(', ')} ms; ${summary}`);
    }
  } finally {
    await browser.close();
    site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
