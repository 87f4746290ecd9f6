/**
 * Panning a 10,000-event space-time diagram: /tools/space-time with a generated
 * GoVector log opened as a file, zoomed in with the + key, then dragged with the mouse
 * back and forth, the way a person scrubs through a long log. Frame intervals and long
 * tasks come from the same in-page recorder as the sandbox figures (render.ts).
 *
 *   npx tsx bench/render/pan.ts [--quick]   just this case, on a copy of out/
 */
import type { Browser } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { rmSync } from 'node:fs';
import { buildEventGraph, type EventGraph } from '@/sim/checkers/causality';
import type { EventSpec } from '@/sim/checkers/causality/eventGraph';
import { toShiViz } from '@/sim/formats/shiviz';
import { measured } from '../lib/figure';
import { FULL, QUICK, type Plan } from '../lib/plan';
import { serve, snapshotSite } from '../lib/site';
import { percentile } from '../lib/stats';
import type { Figure } from '../lib/types';
import { installRecorder, intervalsOf, launchBrowser, readRecorder, setRecording } from './render';

export const PAN_EVENTS = 10_000;
const HOSTS = 6;
/** How far (px) the drag swings each way, and how long one swing takes (ms). */
const SWING_PX = 420;
const SWING_MS = 1500;

/**
 * A deterministic event graph of `events` events on six hosts: sends to random peers,
 * receives in order of sending, and a few local events, so arrows cross lanes at many
 * lengths. Every receive has one sender, as GoVector's clocks require. Pure.
 */
export function panGraph(events: number, hosts = HOSTS): EventGraph {
  const names = Array.from({ length: hosts }, (_, i) => `n${i + 1}`);
  const inbox: number[][] = names.map(() => []);
  const specs: EventSpec[] = [];
  let seed = 12345;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  let messages = 0;
  while (specs.length < events) {
    const h = Math.floor(random() * hosts);
    const host = names[h]!;
    const roll = random();
    const waiting = inbox[h]!;
    if (waiting.length > 0 && roll < 0.45) {
      const id = waiting.shift()!;
      specs.push({ host, kind: 'receive', label: `receive m${id}`, messageId: id });
    } else if (roll < 0.9) {
      const to = (h + 1 + Math.floor(random() * (hosts - 1))) % hosts;
      const id = ++messages;
      inbox[to]!.push(id);
      specs.push({ host, kind: 'send', label: `send m${id} to ${names[to]}`, messageId: id });
    } else {
      specs.push({ host, kind: 'local', label: 'tick' });
    }
  }
  return buildEventGraph(names, specs);
}

export interface PanWindow {
  readonly intervals: number[];
  readonly longTasks: number;
  readonly longTaskMs: number;
  /** What the diagram says it shows, e.g. "6 lanes (…), 10000 events, 4496 messages." */
  readonly summary: string;
}

/** One run: open the log, zoom in 2×, then drag for `measureMs` while recording. */
export async function measurePan(
  browser: Browser,
  base: string,
  log: string,
  measureMs: number,
): Promise<PanWindow> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${base}/tools/space-time/`);
    await page.getByLabel('Open a log file').setInputFiles({
      name: 'pan-10k.log',
      mimeType: 'text/plain',
      buffer: Buffer.from(log),
    });
    const figure = page.getByRole('figure', { name: 'Imported log' });
    const summary = figure.getByText(/^\d+ lanes \(/);
    await summary.waitFor({ timeout: 60_000 });
    const said = await summary.innerText();
    if (!said.includes(`, ${PAN_EVENTS} events,`))
      throw new Error(`the diagram shows "${said}", not ${PAN_EVENTS} events`);
    const diagram = figure.getByRole('application');
    await diagram.focus();
    await diagram.press('+');
    await diagram.scrollIntoViewIfNeeded();
    const box = (await diagram.boundingBox())!;
    const x0 = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // The time axis's tick labels: they change when the diagram really pans.
    const axis = figure.locator('svg > g').first();
    const ticksBefore = await axis.textContent();
    await page.mouse.move(x0, y);
    await page.mouse.down();
    await page.waitForTimeout(200);
    await installRecorder(page);
    await setRecording(page, true);
    // A triangle wave: x follows the clock, so a slow round trip never slows the drag.
    const start = Date.now();
    for (let elapsed = 0; elapsed < measureMs; elapsed = Date.now() - start) {
      const phase = (elapsed % (2 * SWING_MS)) / SWING_MS;
      const offset = SWING_PX * (phase <= 1 ? phase : 2 - phase);
      await page.mouse.move(x0 + offset, y);
    }
    await setRecording(page, false);
    await page.mouse.move(x0 + SWING_PX / 2, y);
    const ticksAfter = await axis.textContent();
    await page.mouse.up();
    if (ticksAfter === ticksBefore) throw new Error('dragging did not pan the diagram');
    const { frames, longTasks } = await readRecorder(page);
    return {
      intervals: intervalsOf(frames),
      longTasks: longTasks.length,
      longTaskMs: longTasks.reduce((sum, t) => sum + t.duration, 0),
      summary: said,
    };
  } finally {
    await context.close();
  }
}

/** The pan figures: p95 and worst frame interval, and long tasks per 10 s. */
export async function panFigures(
  browser: Browser,
  base: string,
  plan: Plan,
  log: (text: string) => void,
): Promise<Figure[]> {
  const text = toShiViz(panGraph(PAN_EVENTS));
  const { runs, measureMs } = plan.render;
  const windows: PanWindow[] = [];
  for (let run = 0; run < runs; run++) {
    log(`space-time: pan a ${PAN_EVENTS}-event log, run ${run + 1}/${runs}`);
    windows.push(await measurePan(browser, base, text, measureMs));
  }
  const label = `Space-time, ${PAN_EVENTS.toLocaleString('en')} events, drag-pan`;
  const detail = windows.map((w) => ({
    frames: w.intervals.length,
    longTaskMs: Math.round(w.longTaskMs),
    summary: w.summary,
  }));
  return [
    measured(
      'render',
      'render.spacetime.pan.p95',
      `${label}: frame interval p95`,
      'ms',
      windows.map((w) => percentile(w.intervals, 95)),
    ),
    measured(
      'render',
      'render.spacetime.pan.max',
      `${label}: longest frame interval`,
      'ms',
      windows.map((w) => Math.max(...w.intervals)),
      detail,
    ),
    measured(
      'render',
      'render.spacetime.pan.longtasks',
      `${label}: long tasks (>50 ms) per 10 s`,
      'count',
      windows.map((w) => (w.longTasks * 10_000) / measureMs),
    ),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const plan = process.argv.includes('--quick') ? QUICK : FULL;
  const dir = await snapshotSite();
  const site = await serve(dir);
  const browser = await launchBrowser();
  try {
    const figures = await panFigures(browser, site.url, plan, (t) => console.log(t));
    for (const f of figures)
      if (f.summary)
        console.log(`${f.id}: median ${f.summary.median.toFixed(1)} ${f.unit}`, f.summary.samples);
  } finally {
    await browser.close();
    site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
