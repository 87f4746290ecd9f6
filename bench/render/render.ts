/**
 * Rendering benchmarks: the sandbox in headless Chromium, driven the way a person drives
 * it (Play button, Speed slider), measured from inside the page (requestAnimationFrame
 * timestamps, 'longtask' entries) and from the DevTools protocol (main-thread task time,
 * JS heap).
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { hotspots, type CpuProfile, type Hotspot } from '../lib/profile';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    headless: true,
    ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
    args: CHROMIUM_ARGS,
  });
}

export interface PlayWindow {
  /** Intervals between consecutive animation frames, ms. */
  readonly intervals: number[];
  readonly fps: number;
  readonly longTasks: number;
  readonly longTaskMs: number;
  /** Main-thread task time / wall time, % (CDP Performance.getMetrics TaskDuration). */
  readonly busyPct: number;
  /** Of which script (ScriptDuration), %. */
  readonly scriptPct: number;
  /** Of which style + layout, %. */
  readonly layoutPct: number;
  readonly heapMB: number;
  /** Message dots on screen at the end of the window. */
  readonly dots: number;
  /** Virtual time gained ÷ wall time: below the chosen speed when the engine cannot keep up. */
  readonly speedAchieved: number;
}

/** The sandbox's clock readout ("12.34 s", "250 ms", "40 µs") in seconds. */
async function virtualSeconds(page: Page): Promise<number> {
  const text = (await page.getByRole('status', { name: 'Virtual time' }).textContent()) ?? '';
  const match = /^([\d.]+) (s|ms|µs)$/.exec(text.trim());
  if (!match) throw new Error(`cannot read the clock: "${text}"`);
  return Number(match[1]) / { s: 1, ms: 1e3, µs: 1e6 }[match[2] as 's' | 'ms' | 'µs'];
}

type Metrics = Record<string, number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * In-page code, as plain JavaScript text: tsx (esbuild) would wrap named functions in a
 * `__name` helper that does not exist in the page.
 */
const RECORDER = `(() => {
  const state = { recording: false, frames: [], longTasks: [] };
  const frame = (t) => {
    if (state.recording) state.frames.push(t);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    if (!state.recording) return;
    for (const entry of list.getEntries())
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: false });
  window.__lcBench = state;
})()`;

/** Installs a recorder of frame timestamps and long tasks; idle until started. */
export async function installRecorder(page: Page): Promise<void> {
  await page.evaluate(RECORDER);
}

export async function setRecording(page: Page, on: boolean): Promise<void> {
  await page.evaluate(
    `(() => { const s = window.__lcBench; if (${on}) { s.frames = []; s.longTasks = []; } s.recording = ${on}; })()`,
  );
}

export async function readRecorder(
  page: Page,
): Promise<{ frames: number[]; longTasks: { start: number; duration: number }[] }> {
  return page.evaluate(
    '({ frames: window.__lcBench.frames, longTasks: window.__lcBench.longTasks })',
  );
}

/**
 * Intervals between frame timestamps, in ms, to the microsecond. Chromium coarsens
 * `requestAnimationFrame` timestamps to 100 µs, and the difference of two such doubles
 * carries float error (33.400000000001455 for two frames), which must not decide a
 * comparison with a budget such as 33.4 ms.
 */
export function intervalsOf(frames: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < frames.length; i++)
    out.push(Math.round((frames[i]! - frames[i - 1]!) * 1000) / 1000);
  return out;
}

/** Opens the sandbox with `query`, optionally at 10×, and presses Play. */
export async function openAndPlay(
  browser: Browser,
  base: string,
  query: string,
  speed: 1 | 10,
): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await page.goto(`${base}/play/failure-detection/${query}`);
  const playback = page.getByRole('group', { name: 'Playback' });
  await playback.getByRole('button', { name: 'Play' }).waitFor();
  await page.getByRole('button', { name: /^n1: / }).waitFor();
  const notice = page.getByRole('alert').filter({ hasText: /\S/ });
  if ((await notice.count()) > 0)
    throw new Error(`the sandbox rejected "${query}": ${await notice.first().innerText()}`);
  if (speed === 10) {
    const slider = page.getByRole('slider', { name: 'Speed' });
    await slider.focus();
    await slider.press('End');
    const text = await slider.getAttribute('aria-valuetext');
    if (text !== '10.0×') throw new Error(`speed slider says ${text}, not 10.0×`);
  }
  await installRecorder(page);
  // From the keyboard: a mouse left over the page makes Blink hit-test it after every
  // layout change (fake mouse moves), which would be charged to the app.
  await playback.getByRole('button', { name: 'Play' }).press('Enter');
  await playback.getByRole('button', { name: 'Pause' }).waitFor();
  return { page, cdp };
}

/** One measurement: warm up, then record `measureMs` of play. */
export async function measurePlay(
  browser: Browser,
  base: string,
  query: string,
  speed: 1 | 10,
  warmupMs: number,
  measureMs: number,
): Promise<PlayWindow> {
  const { page, cdp } = await openAndPlay(browser, base, query, speed);
  try {
    await page.waitForTimeout(warmupMs);
    const virtualBefore = await virtualSeconds(page);
    await setRecording(page, true);
    const before = await metrics(cdp);
    await page.waitForTimeout(measureMs);
    const after = await metrics(cdp);
    await setRecording(page, false);
    const virtualAfter = await virtualSeconds(page);
    const { frames, longTasks } = await readRecorder(page);
    // The message canvas counts what it draws (older builds drew SVG circles).
    const dots = Number(
      await page.evaluate(
        `document.querySelector('canvas[data-messages]')?.dataset.messages ?? document.querySelectorAll('circle.msg').length`,
      ),
    );
    const wall = after.Timestamp! - before.Timestamp!;
    const pct = (name: string) => (100 * (after[name]! - before[name]!)) / wall;
    const span = (frames[frames.length - 1]! - frames[0]!) / 1000;
    return {
      intervals: intervalsOf(frames),
      fps: (frames.length - 1) / span,
      longTasks: longTasks.length,
      longTaskMs: longTasks.reduce((sum, t) => sum + t.duration, 0),
      busyPct: pct('TaskDuration'),
      scriptPct: pct('ScriptDuration'),
      layoutPct: pct('LayoutDuration') + pct('RecalcStyleDuration'),
      heapMB: after.JSHeapUsedSize! / 2 ** 20,
      dots,
      speedAchieved: (virtualAfter - virtualBefore) / wall,
    };
  } finally {
    await page.context().close();
  }
}

export interface SoakResult {
  readonly earlyAtS: number;
  readonly lateAtS: number;
  readonly fpsEarly: number;
  readonly fpsLate: number;
  /** JS heap after a forced GC, MB. */
  readonly heapEarlyMB: number;
  readonly heapLateMB: number;
  /** JS heap as found (before the GC), MB. */
  readonly rawHeapEarlyMB: number;
  readonly rawHeapLateMB: number;
  readonly p95Early: number;
  readonly p95Late: number;
  readonly busyEarlyPct: number;
  readonly busyLatePct: number;
}

/**
 * Plays for `lateS` seconds; compares the frame rate over the 2 s before `earlyS` and
 * before `lateS`, and the JS heap (after a forced GC) at those two instants.
 */
export async function soak(
  browser: Browser,
  base: string,
  query: string,
  earlyS: number,
  lateS: number,
): Promise<SoakResult> {
  const { page, cdp } = await openAndPlay(browser, base, query, 1);
  const windowS = 2;
  try {
    const start = Date.now();
    const until = async (s: number) => {
      const wait = start + s * 1000 - Date.now();
      if (wait > 0) await page.waitForTimeout(wait);
    };
    const sample = async (s: number) => {
      await until(s - windowS);
      await setRecording(page, true);
      const before = await metrics(cdp);
      await until(s);
      const after = await metrics(cdp);
      await setRecording(page, false);
      const { frames } = await readRecorder(page);
      // The JS heap plus array-buffer backing stores: the trace lives in typed arrays,
      // which `usedSize` alone would not count.
      const heapOf = async () => {
        const usage = await cdp.send('Runtime.getHeapUsage');
        return usage.usedSize + (usage.backingStorageSize ?? 0);
      };
      const raw = await heapOf();
      await cdp.send('HeapProfiler.collectGarbage');
      const gcHeap = await heapOf();
      const intervals = intervalsOf(frames);
      const sorted = [...intervals].sort((a, b) => a - b);
      return {
        fps: (frames.length - 1) / ((frames[frames.length - 1]! - frames[0]!) / 1000),
        p95: sorted[Math.ceil(0.95 * sorted.length) - 1] ?? NaN,
        busy:
          (100 * (after.TaskDuration! - before.TaskDuration!)) /
          (after.Timestamp! - before.Timestamp!),
        raw: raw / 2 ** 20,
        heap: gcHeap / 2 ** 20,
      };
    };
    const early = await sample(earlyS);
    const late = await sample(lateS);
    return {
      earlyAtS: earlyS,
      lateAtS: lateS,
      fpsEarly: early.fps,
      fpsLate: late.fps,
      heapEarlyMB: early.heap,
      heapLateMB: late.heap,
      rawHeapEarlyMB: early.raw,
      rawHeapLateMB: late.raw,
      p95Early: early.p95,
      p95Late: late.p95,
      busyEarlyPct: early.busy,
      busyLatePct: late.busy,
    };
  } finally {
    await page.context().close();
  }
}

/** Main-thread work by kind, inclusive ms per second of wall time, from a Chrome trace. */
const TRACE_EVENTS: Readonly<Record<string, string>> = {
  RunTask: 'all tasks',
  'ProxyMain::BeginMainFrame': 'frames (inclusive)',
  EventDispatch: 'event handlers',
  TimerFire: 'timers',
  FireAnimationFrame: 'requestAnimationFrame callbacks',
  FunctionCall: 'script (all function calls)',
  UpdateLayoutTree: 'style recalculation',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  'ProxyMain::BeginMainFrame::commit': 'commit to compositor',
  HitTest: 'hit testing',
  MinorGC: 'GC (minor)',
  MajorGC: 'GC (major)',
  'V8.GC_SCAVENGER': 'GC (scavenger)',
};

export interface RenderProfile {
  /** Inclusive ms of main-thread work per second of wall time, by kind. */
  readonly mainThreadMsPerS: Record<string, number>;
  readonly hotspots: Hotspot[];
}

/**
 * A diagnostic run: a 4 s Chrome trace (where the main thread's time goes), then a 4 s
 * JavaScript CPU profile (which functions).
 */
export async function profilePlay(
  browser: Browser,
  base: string,
  query: string,
  speed: 1 | 10,
  source: (url: string) => string | undefined,
): Promise<RenderProfile> {
  const { page, cdp } = await openAndPlay(browser, base, query, speed);
  try {
    await page.waitForTimeout(2000);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'toplevel'],
    });
    await page.waitForTimeout(4000);
    const buffer = await browser.stopTracing();
    const events = (
      JSON.parse(buffer.toString()) as {
        traceEvents: {
          name: string;
          ph: string;
          pid: number;
          tid: number;
          ts: number;
          dur?: number;
          args?: { name?: string };
        }[];
      }
    ).traceEvents;
    const mainThreads = new Set(
      events
        .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const totals: Record<string, number> = {};
    let first = Infinity;
    let last = 0;
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
      first = Math.min(first, e.ts);
      last = Math.max(last, e.ts + e.dur);
      const kind = TRACE_EVENTS[e.name];
      if (kind) totals[kind] = (totals[kind] ?? 0) + e.dur / 1000;
    }
    const seconds = (last - first) / 1e6;
    const mainThreadMsPerS = Object.fromEntries(
      Object.entries(totals)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, ms]) => [kind, Math.round((10 * ms) / seconds) / 10]),
    );
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.waitForTimeout(4000);
    const { profile } = await cdp.send('Profiler.stop');
    return {
      mainThreadMsPerS,
      hotspots: hotspots(profile as unknown as CpuProfile, '', 14, source),
    };
  } finally {
    await page.context().close();
  }
}
