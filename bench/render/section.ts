/**
 * Rendering figures: the failure-detector sandbox from the static export, in headless
 * Chromium, under heavy traffic (see `heavy`: at 5 nodes a heartbeat every 50 ms, 300 ms
 * mean latency, about 120 messages in flight; the same rate per node at 9, 25 and 100).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { measured } from '../lib/figure';
import type { Plan } from '../lib/plan';
import { percentile } from '../lib/stats';
import type { Figure } from '../lib/types';
import { panFigures } from './pan';
import { launchBrowser, measurePlay, profilePlay, soak, type PlayWindow } from './render';

export const HEAVY = 'heartbeat=50ms&mean=300ms';

/**
 * Heavy traffic for `nodes` nodes: every node sends 80 heartbeats a second in all (one to
 * each peer every 12.5 ms × (N − 1), so 50 ms at 5 nodes), with 300 ms mean latency. The
 * message rate grows as N, not N²: about 24·N messages in flight. The suspicion timeout is
 * at least 4 heartbeats, so that at 100 nodes (a heartbeat every 1.24 s) it is the network,
 * not the settings, that makes nodes suspect each other.
 */
export function heavy(nodes: number): string {
  if (nodes === 5) return HEAVY;
  const heartbeatMs = Math.round((12.5 * (nodes - 1)) / 10) * 10;
  const timeoutMs = Math.max(1500, 4 * heartbeatMs);
  const timeout = timeoutMs === 1500 ? '' : `&timeout=${timeoutMs}ms`;
  return `nodes=${nodes}&heartbeat=${heartbeatMs}ms${timeout}&mean=300ms`;
}

/** Render cases, for `--case`: sandbox configurations, the space-time pan, and the soak. */
export const RENDER_CASES = [
  '5n.1x',
  '5n.10x',
  '9n.1x',
  '9n.10x',
  '25n.1x',
  '100n.10x',
  'pan',
  'soak',
] as const;
export type RenderCase = (typeof RENDER_CASES)[number];

export interface RenderContext {
  readonly plan: Plan;
  readonly base: string;
  /** The copy of out/ being served, to show minified code in profiles. */
  readonly siteDir: string;
  readonly profile: boolean;
  /** Only these cases (`--case`); null for all of them. */
  readonly cases: ReadonlySet<RenderCase> | null;
  readonly log: (text: string) => void;
}

function configFigures(
  id: string,
  label: string,
  windows: readonly PlayWindow[],
  measureMs: number,
): Figure[] {
  const detail = windows.map((w) => ({
    fps: Math.round(w.fps * 10) / 10,
    dots: w.dots,
    longTaskMs: Math.round(w.longTaskMs),
    scriptPct: Math.round(w.scriptPct * 10) / 10,
    styleLayoutPct: Math.round(w.layoutPct * 10) / 10,
    heapMB: Math.round(w.heapMB * 10) / 10,
    speedAchieved: Math.round(w.speedAchieved * 100) / 100,
  }));
  const of = (p: number) => windows.map((w) => percentile(w.intervals, p));
  return [
    measured('render', `${id}.p50`, `${label}: frame interval p50`, 'ms', of(50)),
    measured('render', `${id}.p95`, `${label}: frame interval p95`, 'ms', of(95)),
    measured('render', `${id}.p99`, `${label}: frame interval p99`, 'ms', of(99)),
    measured(
      'render',
      `${id}.busy`,
      `${label}: main thread busy`,
      '%',
      windows.map((w) => w.busyPct),
      detail,
    ),
    measured(
      'render',
      `${id}.speed`,
      `${label}: virtual ÷ wall time`,
      '×',
      windows.map((w) => w.speedAchieved),
    ),
    measured(
      'render',
      `${id}.longtasks`,
      `${label}: long tasks (>50 ms) per 10 s`,
      'count',
      windows.map((w) => (w.longTasks * 10_000) / measureMs),
    ),
  ];
}

export async function runRender(context: RenderContext): Promise<Figure[]> {
  const { plan, base, log } = context;
  const wanted = (name: RenderCase) => context.cases === null || context.cases.has(name);
  const r = plan.render;
  const figures: Figure[] = [];
  /** Scripts of the served copy, so profiles can show minified functions by their code. */
  const source = (url: string) => {
    const path = join(context.siteDir, new URL(url).pathname);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  const browser: Browser = await launchBrowser();
  try {
    const configs: { nodes: number; speed: 1 | 10 }[] = [
      { nodes: 5, speed: 1 },
      { nodes: 5, speed: 10 },
      ...(r.nineNodes
        ? [
            { nodes: 9, speed: 1 as const },
            { nodes: 9, speed: 10 as const },
          ]
        : []),
      { nodes: 25, speed: 1 },
      { nodes: 100, speed: 10 },
    ];
    for (const { nodes, speed } of configs) {
      if (!wanted(`${nodes}n.${speed}x` as RenderCase)) continue;
      const query = `?${heavy(nodes)}`;
      const windows: PlayWindow[] = [];
      for (let run = 0; run < r.runs; run++) {
        log(`sandbox ${nodes} nodes ${speed}× heavy traffic, run ${run + 1}/${r.runs}`);
        windows.push(await measurePlay(browser, base, query, speed, r.warmupMs, r.measureMs));
      }
      const id = `render.${nodes}n.${speed}x`;
      const label = `${nodes} nodes ${speed}× heavy`;
      const caseFigures = configFigures(id, label, windows, r.measureMs);
      if (context.profile) {
        log(`profile: ${label} (Chrome trace, then JS CPU profile)`);
        const profile = await profilePlay(browser, base, query, speed, source);
        const busy = caseFigures.findIndex((f) => f.id === `${id}.busy`);
        const figure = caseFigures[busy]!;
        caseFigures[busy] = { ...figure, detail: { runs: figure.detail, profile } };
      }
      figures.push(...caseFigures);
    }
    if (wanted('pan')) figures.push(...(await panFigures(browser, base, plan, log)));

    const soaks = [];
    for (let run = 0; run < (wanted('soak') ? r.soak.runs : 0); run++) {
      log(`soak: ${r.soak.lateS} s of play, 5 nodes 1× heavy, run ${run + 1}/${r.soak.runs}`);
      soaks.push(await soak(browser, base, `?${HEAVY}`, r.soak.earlyS, r.soak.lateS));
    }
    if (soaks.length > 0) {
      const at = `${r.soak.lateS} s ÷ ${r.soak.earlyS} s`;
      figures.push(
        measured(
          'render',
          'render.soak.fps',
          `Soak, 5 nodes 1× heavy: fps at ${at}`,
          '×',
          soaks.map((s) => s.fpsLate / s.fpsEarly),
          soaks,
        ),
        measured(
          'render',
          'render.soak.heap',
          `Soak: JS heap + array buffers after GC at ${at}`,
          '×',
          soaks.map((s) => s.heapLateMB / s.heapEarlyMB),
        ),
        measured(
          'render',
          'render.soak.heapLate',
          `Soak: JS heap + array buffers after GC at ${r.soak.lateS} s`,
          'MB',
          soaks.map((s) => s.heapLateMB),
        ),
      );
    }
  } finally {
    await browser.close();
  }
  return figures;
}

export async function chromiumVersion(): Promise<string> {
  const browser = await launchBrowser();
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}
