/**
 * Engine figures, each case in its own Node process (see child.ts). Throughputs are
 * events per second of wall time; an event is one scheduler pop (a delivery, a timer, a
 * workload tick) or one command, as counted by World.processed.
 */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarios } from '@/sim/scenarios';
import { REPO, runChild } from '../lib/child';
import { measured, unmeasured } from '../lib/figure';
import type { Plan } from '../lib/plan';
import { hotspots, readProfile, type Hotspot } from '../lib/profile';
import { median } from '../lib/stats';
import type { Figure } from '../lib/types';

const CHILD = 'bench/engine/child.ts';

interface LongResult {
  runMs: number;
  traceEntries: number;
  endUs: number;
  windows: number[];
  peakHeapMB: number;
  retainedHeapMB: number;
  retainedArrayBuffersMB: number;
  checkpoints: { count: number; bytes: number; spacing: number };
  seek: {
    toStartMs: number;
    toMiddleMs: number;
    totalMs: number;
    replayedToMiddle: number;
    endToMiddleMs: number | null;
  };
}

export interface EngineContext {
  readonly plan: Plan;
  /** Write CPU profiles and keep their hotspots. */
  readonly profile: boolean;
  readonly log: (text: string) => void;
}

/** Runs a child, with --cpu-prof when profiling; returns its result and hotspots. */
async function child<T>(
  context: EngineContext,
  name: string,
  options: object,
  profileThis = false,
): Promise<{ result: T; hotspots?: Hotspot[]; profilePath?: string }> {
  if (!context.profile || !profileThis) {
    return { result: await runChild<T>(CHILD, [name, JSON.stringify(options)]) };
  }
  const dir = mkdtempSync(join(tmpdir(), `lc-bench-prof-${name}-`));
  const result = await runChild<T>(CHILD, [name, JSON.stringify(options)], {
    nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  });
  // tsx's loader thread writes a profile too; the main thread's is the biggest.
  const [largest] = readdirSync(dir)
    .map((file) => join(dir, file))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  return largest
    ? { result, hotspots: hotspots(readProfile(largest), REPO), profilePath: largest }
    : { result };
}

export async function runEngine(context: EngineContext): Promise<Figure[]> {
  const { plan, log } = context;
  const p = plan.engine;
  const figures: Figure[] = [];

  log('scheduler alone (EventHeap)');
  for (const size of [64, 4096]) {
    const { result } = await child<{ samples: number[] }>(context, 'heap', {
      runs: p.heap.runs,
      events: p.heap.events,
      size,
    });
    figures.push(
      measured(
        'engine',
        `engine.heap.${size}`,
        `Scheduler alone: EventHeap pop+push, ${size} pending`,
        'events/s',
        result.samples,
      ),
    );
  }

  log('scheduler + network (no node logic)');
  for (const nodes of [5, 100]) {
    const { result, ...prof } = await child<{ samples: number[] }>(
      context,
      'network',
      { runs: p.network.runs, events: p.network.events, nodes },
      nodes === 5,
    );
    figures.push(
      measured(
        'engine',
        `engine.network.${nodes}`,
        `Scheduler + network, ${nodes} nodes (${nodes * (nodes - 1) * 2} in flight, no actors)`,
        'events/s',
        result.samples,
        prof.hotspots ? prof : undefined,
      ),
    );
  }

  log('engine + minimal XState node (echo)');
  {
    const { result } = await child<{ samples: number[] }>(context, 'simulation', {
      scenario: 'bench-echo',
      nodes: 5,
      runs: p.echo.runs,
      events: p.echo.events,
    });
    figures.push(
      measured(
        'engine',
        'engine.echo.5',
        'Full loop, minimal XState node (echo), 5 nodes',
        'events/s',
        result.samples,
      ),
    );
  }

  const fdMedians: Record<number, number> = {};
  for (const nodes of [5, 25, 100]) {
    log(`failure detector, ${nodes} nodes`);
    const { result, ...prof } = await child<{ samples: number[]; bootMs: number[] }>(
      context,
      'simulation',
      {
        scenario: 'failure-detection',
        nodes,
        runs: p.fd.runs,
        events: p.fd.events[nodes],
      },
      nodes === 5 || nodes === 100,
    );
    fdMedians[nodes] = median(result.samples);
    figures.push(
      measured(
        'engine',
        `engine.fd.${nodes}`,
        `Failure detector (XState), ${nodes} nodes`,
        'events/s',
        result.samples,
        { bootMs: result.bootMs, eventsPerRun: p.fd.events[nodes], ...prof },
      ),
    );
  }
  figures.push(
    measured(
      'engine',
      'engine.fd.growth',
      'Cost per event, 100 nodes ÷ 5 nodes (medians)',
      '×',
      [fdMedians[5]! / fdMedians[100]!],
      { note: 'derived from the medians of engine.fd.5 and engine.fd.100' },
    ),
  );

  if (Object.hasOwn(scenarios, 'cap')) {
    log('CAP register, 5 nodes');
    const { result } = await child<{ samples: number[] }>(context, 'simulation', {
      scenario: 'cap',
      nodes: 5,
      runs: p.fd.runs,
      events: p.fd.events[5],
    });
    figures.push(
      measured(
        'engine',
        'engine.cap.5',
        'CAP register (XState), 5 nodes, default params',
        'events/s',
        result.samples,
      ),
    );
  } else {
    figures.push(
      unmeasured(
        'engine',
        'engine.cap.5',
        'CAP register (XState), 5 nodes',
        'events/s',
        "skipped: 'cap' is not registered in sim/scenarios/index.ts yet",
      ),
    );
  }

  log('Quorum store, 5 nodes');
  const quorum = await child<{ samples: number[] }>(context, 'simulation', {
    scenario: 'quorums',
    nodes: 5,
    runs: p.fd.runs,
    events: p.fd.events[5],
  });
  figures.push(
    measured(
      'engine',
      'engine.quorum.5',
      'Quorum store (XState), 5 nodes, default params',
      'events/s',
      quorum.result.samples,
    ),
  );

  const longs: LongResult[] = [];
  let longProfile: { hotspots?: Hotspot[]; profilePath?: string } = {};
  for (let run = 0; run < p.long.runs; run++) {
    log(`1M-event run ${run + 1}/${p.long.runs} (failure detector, 5 nodes): heap, seek`);
    const { result, ...prof } = await child<LongResult>(
      context,
      'long',
      { runs: 1, events: p.long.events, nodes: 5, diagnose: p.long.diagnose },
      run === 0,
    );
    if (prof.hotspots) longProfile = prof;
    longs.push(result);
  }
  const windowRatios = longs.map((r) => r.windows[r.windows.length - 1]! / r.windows[1]!);
  figures.push(
    measured(
      'engine',
      'engine.long.trace',
      'Trace growth: events/s, last ÷ 2nd 100k window (1M run)',
      '×',
      windowRatios,
      { windows: longs.map((r) => r.windows.map(Math.round)) },
    ),
    measured(
      'engine',
      'engine.long.peakHeap',
      'Peak heapUsed during a 1M-event run (5 nodes)',
      'MB',
      longs.map((r) => r.peakHeapMB),
      { traceEntries: longs[0]!.traceEntries, virtualSeconds: longs[0]!.endUs / 1e6 },
    ),
    measured(
      'engine',
      'engine.long.retainedHeap',
      'Heap retained after the 1M-event run (after GC)',
      'MB',
      longs.map((r) => r.retainedHeapMB),
      // Typed arrays (the trace's columns) are outside heapUsed: kept beside it.
      { arrayBuffersMB: longs.map((r) => r.retainedArrayBuffersMB) },
    ),
    measured(
      'engine',
      'engine.seek.1M',
      'Seek end → start → middle, 1M-event run',
      'ms',
      longs.map((r) => r.seek.totalMs),
      { runs: longs.map((r) => r.seek), ...longProfile },
    ),
  );
  const longs100: LongResult[] = [];
  for (let run = 0; run < p.long100.runs; run++) {
    const k = `${p.long100.events / 1000}k`;
    log(`${k}-event run ${run + 1}/${p.long100.runs} (failure detector, 100 nodes): memory, seek`);
    const { result } = await child<LongResult>(context, 'long', {
      runs: 1,
      events: p.long100.events,
      nodes: 100,
    });
    longs100.push(result);
  }
  if (longs100.length > 0) {
    const k = `${p.long100.events / 1000}k`;
    figures.push(
      measured(
        'engine',
        'engine.long100.retained',
        `Heap + array buffers retained after a ${k}-event run, 100 nodes`,
        'MB',
        longs100.map((r) => r.retainedHeapMB + r.retainedArrayBuffersMB),
        {
          checkpoints: longs100.map((r) => ({
            count: r.checkpoints.count,
            estimatedMB: Math.round(r.checkpoints.bytes / 2 ** 20),
            spacing: r.checkpoints.spacing,
          })),
          traceEntries: longs100[0]!.traceEntries,
        },
      ),
      measured(
        'engine',
        'engine.seek.100',
        `Seek end → start → middle, ${k}-event run, 100 nodes`,
        'ms',
        longs100.map((r) => r.seek.totalMs),
        { runs: longs100.map((r) => r.seek) },
      ),
    );
  }
  const viaCheckpoint = longs
    .map((r) => r.seek.endToMiddleMs)
    .filter((ms): ms is number => ms !== null);
  if (viaCheckpoint.length > 0) {
    figures.push(
      measured(
        'engine',
        'engine.seek.endToMiddle',
        'Seek end → middle (backwards: from the nearest checkpoint)',
        'ms',
        viaCheckpoint,
      ),
    );
  }
  return figures;
}
