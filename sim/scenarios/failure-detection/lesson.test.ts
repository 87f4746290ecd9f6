/**
 * The lesson's claims, checked on the engine: from a survivor's point of view a crashed
 * node and a cut-off node look the same, and a latency spike alone is enough for a false
 * suspicion, which is withdrawn when the spike passes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '@/sim/core/commands';
import { defaultParams, type ParamValues } from '@/sim/core/params';
import { Simulation } from '@/sim/core/simulation';
import { US_PER_MS, US_PER_S, type Micros } from '@/sim/core/time';
import type { TraceEntry } from '@/sim/core/trace';
import type { DetectorContext } from './machine';
import { failureDetector } from './scenario';
import { detectorMetrics } from './metrics';
import { LESSON_RUNS, lessonSim, notes, seconds, time } from './testing/lessonRuns';

const S = US_PER_S;
const survivors = ['n1', 'n2', 'n4', 'n5'];

function run(commands: Command[], until: Micros, params: Partial<ParamValues> = {}, seed = 12) {
  const sim = new Simulation(
    failureDetector,
    { ...defaultParams(failureDetector.params), ...params } as ParamValues,
    seed,
    commands,
  );
  sim.seek(until);
  return sim;
}

type Note = Extract<TraceEntry, { type: 'note' }>;

/** Notes of one kind, about `peer`, written by anyone but `peer`. */
function notesAbout(sim: Simulation, kind: string, peer: string): Note[] {
  return sim.trace
    .slice(0, sim.traceEnd)
    .filter(
      (e): e is Note => e.type === 'note' && e.kind === kind && e.peer === peer && e.node !== peer,
    );
}

function observers(notes: readonly Note[]): string[] {
  return [...new Set(notes.map((note) => note.node))].sort();
}

function suspectedBy(sim: Simulation, node: string): readonly string[] {
  return (sim.world.nodes.get(node)!.view.context as DetectorContext).suspected;
}

describe('a crash and a partition look the same from outside', () => {
  const crash: Command[] = [{ at: 3 * S, type: 'crash', node: 'n3' }];
  const cut: Command[] = [{ at: 3 * S, type: 'partition', groups: [['n3']] }];

  it('makes the same survivors suspect n3, and nobody else', () => {
    for (const seed of [1, 12, 99]) {
      const crashed = run(crash, 10 * S, {}, seed);
      const isolated = run(cut, 10 * S, {}, seed);
      expect(observers(notesAbout(crashed, 'suspect', 'n3')), `seed ${seed}`).toEqual(survivors);
      expect(observers(notesAbout(isolated, 'suspect', 'n3')), `seed ${seed}`).toEqual(survivors);
      for (const peer of survivors) {
        expect(suspectedBy(crashed, peer), `seed ${seed}, ${peer}`).toEqual(['n3']);
        expect(suspectedBy(isolated, peer), `seed ${seed}, ${peer}`).toEqual(['n3']);
      }
    }
  });

  it('gives identical suspicion notes when latency is constant', () => {
    // With constant latency and no loss the PRNG plays no part, so the only difference
    // between the runs is what happened to n3, which the survivors cannot observe.
    const params = { latency: 'constant', mean: 100 * US_PER_MS };
    const crashed = run(crash, 10 * S, params);
    const isolated = run(cut, 10 * S, params);
    const crashNotes = notesAbout(crashed, 'suspect', 'n3');
    expect(crashNotes).toHaveLength(4);
    expect(notesAbout(isolated, 'suspect', 'n3')).toEqual(crashNotes);
    // n3's last beat before 3 s left at 2.7 s and landed at 2.8 s; 1.5 s of silence later…
    expect(new Set(crashNotes.map((note) => note.at))).toEqual(new Set([4.3 * S]));
  });

  it('differs only inside: the isolated n3 is up and suspects everyone', () => {
    const isolated = run(cut, 10 * S);
    expect(suspectedBy(isolated, 'n3')).toEqual(survivors);
    const crashed = run(crash, 10 * S);
    expect(crashed.world.nodes.get('n3')!.view.up).toBe(false);
  });
});

describe('a latency spike causes a false suspicion', () => {
  const spike: Command[] = [
    { at: 3 * S, type: 'slow', node: 'n3', factor: 50 },
    { at: 8 * S, type: 'slow', node: 'n3', factor: 1 },
  ];

  it('makes every survivor suspect n3 during the spike, though n3 never crashed', () => {
    const sim = run(spike, 8 * S);
    const suspicions = notesAbout(sim, 'suspect', 'n3');
    expect(observers(suspicions)).toEqual(survivors);
    for (const note of suspicions) expect(note.at).toBeGreaterThan(3 * S);
    const trace = sim.trace.slice(0, sim.traceEnd);
    expect(
      trace.filter((e) => e.type === 'crash' || e.type === 'partition' || e.type === 'drop'),
    ).toEqual([]);
    expect(sim.world.nodes.get('n3')!.view.up).toBe(true);
    // The survivors still hear each other: the suspicion is about n3 alone.
    const aboutOthers = trace.filter(
      (e) => e.type === 'note' && e.kind === 'suspect' && e.peer !== 'n3' && e.node !== 'n3',
    );
    expect(aboutOthers).toEqual([]);
  });

  it('withdraws the suspicion after the spike ends', () => {
    const sim = run(spike, 20 * S);
    for (const peer of survivors) {
      const lastSuspicion = notesAbout(sim, 'suspect', 'n3')
        .filter((n) => n.node === peer)
        .at(-1)!;
      const trusts = notesAbout(sim, 'trust', 'n3').filter((n) => n.node === peer);
      expect(trusts.at(-1)!.at, peer).toBeGreaterThan(lastSuspicion.at);
      expect(suspectedBy(sim, peer), peer).toEqual([]);
    }
    expect(suspectedBy(sim, 'n3')).toEqual([]);
    // Without the spike, the same seed suspects no one at all.
    expect(notesAbout(run([], 20 * S), 'suspect', 'n3')).toEqual([]);
  });
});

/*
 * Every number in content/failure-detection.mdx, from the runs of its widgets
 * (testing/lessonRuns.ts): each figure is computed here, then looked for in the prose;
 * and at each widget's pauseAt the fact the question turns on is already true.
 */
const lesson = readFileSync(join(process.cwd(), 'content', 'failure-detection.mdx'), 'utf8');
const { crash: crashRun, cut: cutRun, slow: slowRun, dial: dialRun } = LESSON_RUNS;

/** The times at which the survivors first suspected n3, as the lesson writes them. */
function suspicionsOfN3(sim: Simulation): string[] {
  return notes(sim, 'suspect')
    .filter((n) => n.peer === 'n3')
    .map((n) => seconds(n.at));
}

describe('the lesson quotes its runs', () => {
  it('gives each widget the run pinned here, pausing at its deciding moment', () => {
    const pauses = [...lesson.matchAll(/pauseAt="([^"]+)"/g)].map((m) => m[1]);
    const untils = [...lesson.matchAll(/until="([^"]+)"/g)].map((m) => m[1]);
    const runs = Object.values(LESSON_RUNS);
    expect(pauses).toEqual(runs.map((run) => run.pauseAt));
    expect(untils).toEqual(runs.map((run) => run.until));
    expect(lesson).toContain("params={{ latency: 'pareto-mix', mean: '200ms' }}");
    expect(lesson).toContain("timeouts={['1s', '3s']}");
  });

  it('crash: all four suspect n3 by the pause, 1.24 s to 1.39 s after it died', () => {
    const end = lessonSim(crashRun, time(crashRun.until));
    const times = suspicionsOfN3(end);
    expect(times).toEqual(['4.24 s', '4.24 s', '4.25 s', '4.39 s']);
    expect(lesson).toContain(`n3 at ${times.slice(0, 3).join(', ')} and ${times[3]}`);
    const metrics = detectorMetrics(end.trace, end.nodeIds, end.traceEnd);
    const delays = metrics.crashes[0]!.detections.map((d) => d.delay!);
    expect(lesson).toContain(
      `between ${seconds(Math.min(...delays))} and ${seconds(Math.max(...delays))} after it died`,
    );
    expect(lesson).toContain(`${seconds(metrics.crashes[0]!.maxDelay!)} here`);
    expect(metrics.falseSuspicions).toBe(0);
    expect(lesson).toContain('"False suspicions" stays at 0');

    const paused = lessonSim(crashRun, time(crashRun.pauseAt));
    for (const peer of survivors) expect(suspectedBy(paused, peer), peer).toEqual(['n3']);
    const lastSuspicion = notes(end, 'suspect').at(-1)!.at;
    const before = lessonSim(crashRun, lastSuspicion - 1);
    expect(survivors.filter((peer) => suspectedBy(before, peer).includes('n3'))).toHaveLength(3);
  });

  it('crash: with a fixed delay L, detection takes between T − H + L and T + L', () => {
    expect(lesson).toContain('between 1 s + L and 1.5 s + L after a crash');
    const latency = 120 * US_PER_MS;
    const sim = run([{ at: 3 * S, type: 'crash', node: 'n3' }], 10 * S, {
      latency: 'constant',
      mean: latency,
    });
    const { detections } = detectorMetrics(sim.trace, sim.nodeIds, sim.traceEnd).crashes[0]!;
    for (const { delay } of detections) {
      expect(delay!).toBeGreaterThan(1 * S + latency);
      expect(delay!).toBeLessThanOrEqual(1.5 * S + latency);
    }
  });

  it('cut: the same four moments, n3 suspects everyone, all withdrawn after the heal', () => {
    const crashed = lessonSim(crashRun, time(crashRun.until));
    const end = lessonSim(cutRun, time(cutRun.until));
    expect(suspicionsOfN3(end)).toEqual(suspicionsOfN3(crashed));
    expect(lesson).toContain('at the same four moments as after the crash, from 4.24 s to 4.39 s');
    const paused = lessonSim(cutRun, time(cutRun.pauseAt));
    expect(suspectedBy(paused, 'n3')).toEqual(survivors);
    for (const peer of survivors) expect(suspectedBy(paused, peer), peer).toEqual(['n3']);
    const before = lessonSim(
      cutRun,
      notes(end, 'suspect')
        .filter((n) => n.at < 7 * S)
        .at(-1)!.at - 1,
    );
    expect(survivors.every((peer) => suspectedBy(before, peer).includes('n3'))).toBe(false);
    const lastTrust = notes(end, 'trust').at(-1)!.at;
    expect(lesson).toContain(`by ${seconds(lastTrust)} every suspicion is withdrawn`);
    for (const node of end.nodeIds) expect(suspectedBy(end, node), node).toEqual([]);
  });

  it('slow: six suspicions, all false, all withdrawn by the pause', () => {
    const paused = lessonSim(slowRun, time(slowRun.pauseAt));
    const metrics = detectorMetrics(paused.trace, paused.nodeIds, paused.traceEnd);
    expect(metrics).toMatchObject({ suspicions: 6, falseSuspicions: 6 });
    expect(lesson).toContain('Six suspicions, and the counter calls every one false');
    const [first] = notes(paused, 'suspect');
    expect(first).toMatchObject({ node: 'n2', peer: 'n4' });
    expect(lesson).toContain(`first comes at ${seconds(first!.at)}, when n2 gives up on n4`);
    const lastTrust = notes(paused, 'trust').at(-1)!.at;
    expect(lesson).toContain(`By ${seconds(lastTrust)} the last late heartbeat has landed`);
    for (const node of paused.nodeIds) expect(suspectedBy(paused, node), node).toEqual([]);
    const before = lessonSim(slowRun, lastTrust - 1);
    expect(before.nodeIds.some((node) => suspectedBy(before, node).length > 0)).toBe(true);
    // Nothing more happens after the pause.
    const end = lessonSim(slowRun, time(slowRun.until));
    expect(detectorMetrics(end.trace, end.nodeIds, end.traceEnd).suspicions).toBe(6);
  });

  it('dial: at the pause, 1 s has raised false alarms and 3 s has noticed the crash', () => {
    const at = time(dialRun.pauseAt);
    const short = lessonSim(dialRun, at, { timeout: '1s' });
    const long = lessonSim(dialRun, at, { timeout: '3s' });
    const shortMetrics = detectorMetrics(short.trace, short.nodeIds, short.traceEnd);
    const longMetrics = detectorMetrics(long.trace, long.nodeIds, long.traceEnd);
    const beforeCrash = notes(short, 'suspect').filter((n) => n.at < 8 * S).length;
    expect([shortMetrics.falseSuspicions, beforeCrash]).toEqual([6, 5]);
    expect(lesson).toContain('had raised 6 false alarms by the pause, 5 of them before');
    expect(longMetrics.falseSuspicions).toBe(0);
    const range = (metrics: typeof shortMetrics) => {
      const delays = metrics.crashes[0]!.detections.map((d) => d.delay);
      expect(delays).not.toContain(null);
      return `${seconds(Math.min(...(delays as number[])))} to ${seconds(Math.max(...(delays as number[])))}`;
    };
    expect(lesson).toContain(`within ${range(shortMetrics)}`);
    expect(lesson).toContain(`took ${range(longMetrics)}`);
    // The 3 s side's slowest survivor has only just noticed: the pause is the deciding moment.
    expect(8 * S + longMetrics.crashes[0]!.maxDelay!).toBeGreaterThan(at - 0.1 * S);

    const end = lessonSim(dialRun, time(dialRun.until), { timeout: '1s' });
    const falseAlarms = notes(end, 'suspect').filter((n) => n.peer !== 'n3');
    expect(falseAlarms).toHaveLength(detectorMetrics(end.trace, end.nodeIds).falseSuspicions);
    expect(lesson).toContain(`reaches ${falseAlarms.length} false alarms`);
    const trusts = notes(end, 'trust');
    for (const alarm of falseAlarms) {
      const withdrawn = trusts.find(
        (t) => t.node === alarm.node && t.peer === alarm.peer && t.at > alarm.at,
      );
      expect(withdrawn!.at - alarm.at).toBeLessThan(0.4 * S);
    }
    expect(lesson).toContain('each withdrawn less than 0.4 s later');
  });
});
