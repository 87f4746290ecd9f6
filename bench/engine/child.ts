/**
 * Engine benchmarks, one case per process: `node --expose-gc --import tsx
 * bench/engine/child.ts <case> '<json options>'`. Prints one JSON line. sim/ has no clock,
 * so the timing is here, with performance.now().
 */
import { performance } from 'node:perf_hooks';
import { EventHeap } from '@/sim/core/heap';
import { defaultParams, type ParamValues } from '@/sim/core/params';
import { createRng, nextFloat } from '@/sim/core/rng';
import type { Scenario } from '@/sim/core/scenario';
import { Simulation } from '@/sim/core/simulation';
import { stepWorld } from '@/sim/core/step';
import { sendMessage } from '@/sim/core/nodeHost';
import { createWorld, type WorldEvent } from '@/sim/core/world';
import { scenarios } from '@/sim/scenarios';
import { reply } from '../lib/child';
import { echo, netOnly } from './scenarios';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const log = (text: string) => process.stderr.write(`  · ${text}\n`);

interface Options {
  readonly runs: number;
  readonly events: number;
  readonly warmup?: number;
  readonly nodes?: number;
  readonly size?: number;
  readonly scenario?: string;
  readonly window?: number;
  readonly params?: Record<string, number | string>;
  /** long: also time a backwards seek from the end to the middle (costs a second replay). */
  readonly diagnose?: boolean;
}

/** Exponential delays with the scenario's default mean, drawn once so the loop pays nothing. */
function delays(count: number): Float64Array {
  const rng = createRng(7);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = Math.round(-120_000 * Math.log(1 - nextFloat(rng))) + 1;
  return out;
}

/**
 * The bare scheduler in the "hold" model: the heap holds `size` events; each event pops
 * the earliest and pushes one at a random delay after it, as a delivery schedules the
 * next message. One event = one pop + one push.
 */
function heapCase(options: Options): number[] {
  const size = options.size ?? 64;
  const table = delays(1 << 16);
  const once = (events: number): number => {
    const heap = new EventHeap<WorldEvent>();
    let seq = 0;
    for (let i = 0; i < size; i++) heap.push({ type: 'workload', time: table[i]!, seq: seq++ });
    const start = performance.now();
    for (let i = 0; i < events; i++) {
      const top = heap.pop()!;
      heap.push({ type: 'workload', time: top.time + table[i & 0xffff]!, seq: seq++ });
    }
    return events / ((performance.now() - start) / 1000);
  };
  once(options.warmup ?? options.events);
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    gc();
    samples.push(once(options.events));
  }
  return samples;
}

/**
 * Scheduler + network, without node logic: a World of never-booted nodes. Each event is
 * `stepWorld` delivering one message (heap pop, in-flight lookup, trace entry) followed
 * by one `sendMessage` (latency sample, PRNG, loss draw, trace entry, heap push), so the
 * number in flight stays constant, as in a steady cluster.
 */
function networkCase(options: Options): number[] {
  const nodes = options.nodes ?? 5;
  const inflight = options.size ?? nodes * (nodes - 1) * 2;
  const params: ParamValues = { nodes };
  const ids = netOnly.nodes(params);
  const body = { type: 'heartbeat', incarnation: 1 } as const;
  const once = (events: number): number => {
    const world = createWorld(netOnly, params, 1);
    for (let i = 0; i < inflight; i++) {
      sendMessage(world, ids[i % nodes]!, ids[(i + 1 + (i % (nodes - 1))) % nodes]!, body);
    }
    const commands: never[] = [];
    const start = performance.now();
    for (let i = 0; i < events; i++) {
      stepWorld(world, commands);
      sendMessage(world, ids[i % nodes]!, ids[(i + 1) % nodes]!, body);
    }
    return events / ((performance.now() - start) / 1000);
  };
  once(options.warmup ?? options.events);
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    gc();
    samples.push(once(options.events));
  }
  return samples;
}

function scenarioById(id: string): Scenario | undefined {
  if (id === echo.id) return echo;
  return Object.hasOwn(scenarios, id) ? scenarios[id] : undefined;
}

/** A full Simulation (scheduler, network, XState actors, trace, checkpoints). */
function simulationCase(options: Options): { samples: number[]; bootMs: number[] } {
  const scenario = scenarioById(options.scenario ?? 'failure-detection');
  if (!scenario) throw new Error(`no scenario ${options.scenario}`);
  const params = {
    ...defaultParams(scenario.params),
    ...(options.nodes === undefined || !('nodes' in scenario.params)
      ? {}
      : { nodes: options.nodes }),
    ...options.params,
  };
  const bootMs: number[] = [];
  const once = (events: number, warmup: number): number => {
    const bootStart = performance.now();
    const sim = new Simulation(scenario, params, 1);
    bootMs.push(performance.now() - bootStart);
    for (let i = 0; i < warmup; i++) sim.stepForward();
    gc();
    const start = performance.now();
    for (let i = 0; i < events; i++) if (!sim.stepForward()) throw new Error('run went quiet');
    return events / ((performance.now() - start) / 1000);
  };
  once(options.warmup ?? options.events, 0);
  bootMs.length = 0;
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run++) samples.push(once(options.events, 1000));
  return { samples, bootMs };
}

/**
 * One long run of the failure detector: events/s per window (does cost grow with the
 * trace?), heapUsed sampled every 10k events (peak), the heap retained at the end, and
 * seeking from the end to the start and then to the middle.
 */
function longCase(options: Options) {
  const events = options.events;
  const window = options.window ?? 100_000;
  const scenario = scenarios['failure-detection']!;
  const params = {
    ...defaultParams(scenario.params),
    nodes: options.nodes ?? 5,
    ...options.params,
  };
  gc();
  const baseHeap = process.memoryUsage().heapUsed;
  const sim = new Simulation(scenario, params, 1);
  let peak = process.memoryUsage().heapUsed;
  const windows: number[] = [];
  let windowStart = performance.now();
  const runStart = windowStart;
  for (let i = 1; i <= events; i++) {
    sim.stepForward();
    if (i % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (i % window === 0) {
      const t = performance.now();
      windows.push(window / ((t - windowStart) / 1000));
      windowStart = t;
    }
  }
  const runMs = performance.now() - runStart;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  gc();
  const retained = process.memoryUsage().heapUsed;
  // Typed-array columns (the trace's) live outside the JS heap: reported beside it.
  const retainedBuffers = process.memoryUsage().arrayBuffers;
  const end = sim.now;
  const middle = Math.round(end / 2);
  const traceEntries = sim.traceEnd;
  log(
    `1M run: ${(runMs / 1000).toFixed(1)} s, ${traceEntries} trace entries, end t=${end} µs, ` +
      `${(retainedBuffers / 2 ** 20).toFixed(1)} MB in array buffers besides the heap`,
  );

  // The budgeted figure: end → start → middle.
  let t0 = performance.now();
  sim.seek(0);
  const toStartMs = performance.now() - t0;
  t0 = performance.now();
  sim.seek(middle);
  const toMiddleMs = performance.now() - t0;
  const processedAtMiddle = sim.world.processed;
  // Diagnostic: a backwards seek to the middle starts from the nearest checkpoint, so it
  // shows what start → middle could cost. Getting back to the end replays half the run.
  let endToMiddleMs: number | null = null;
  if (options.diagnose) {
    sim.seek(end);
    t0 = performance.now();
    sim.seek(middle);
    endToMiddleMs = performance.now() - t0;
  }
  log(
    `seek end→start ${toStartMs.toFixed(1)} ms, start→middle ${toMiddleMs.toFixed(0)} ms ` +
      `(${processedAtMiddle} events replayed)` +
      (endToMiddleMs === null ? '' : `, end→middle ${endToMiddleMs.toFixed(1)} ms`),
  );
  return {
    events,
    runMs,
    traceEntries,
    endUs: end,
    windows,
    baseHeapMB: baseHeap / 2 ** 20,
    peakHeapMB: peak / 2 ** 20,
    retainedHeapMB: retained / 2 ** 20,
    retainedArrayBuffersMB: retainedBuffers / 2 ** 20,
    checkpoints: sim.checkpointFootprint,
    seek: {
      toStartMs,
      toMiddleMs,
      totalMs: toStartMs + toMiddleMs,
      replayedToMiddle: processedAtMiddle,
      endToMiddleMs,
    },
  };
}

const [name = '', raw = '{}'] = process.argv.slice(2);
const options = JSON.parse(raw) as Options;
switch (name) {
  case 'heap':
    reply({ samples: heapCase(options) });
    break;
  case 'network':
    reply({ samples: networkCase(options) });
    break;
  case 'simulation':
    reply(simulationCase(options));
    break;
  case 'long':
    reply(longCase(options));
    break;
  default:
    throw new Error(`unknown engine case "${name}"`);
}
