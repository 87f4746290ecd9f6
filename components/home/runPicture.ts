/**
 * A lesson card's picture: a small space-time diagram of a seeded run of the lesson's own
 * scenario, worked out at build time. Nodes are lanes, time runs left to right, each
 * message is a line from its send to its delivery, a lost one stops short with a cross,
 * and a crash ends its lane until the restart. Pure: same setup, same picture.
 */
import { scaleLinear } from 'd3-scale';
import { describeTime, type Micros, type Scenario, Simulation } from '@/sim/core';
import { readLessonRun, type LessonRunProps } from '@/components/widgets/lessonRun';

export interface PictureSetup extends LessonRunProps {
  readonly scenario: Scenario;
  /** How far to run, e.g. "4s". */
  readonly until: string;
}

export interface Mark {
  readonly x: number;
  /** The crashed node's lane; for a partition or heal, the whole height. */
  readonly y: number | null;
  readonly kind: 'crash' | 'partition' | 'heal';
}

export interface RunPicture {
  readonly width: number;
  readonly height: number;
  /** One lane per node: its y, and its label. */
  readonly lanes: readonly { readonly id: string; readonly y: number }[];
  /** Stretches of lane where the node was up, as one path. */
  readonly up: string;
  /** Delivered messages, as one path. */
  readonly delivered: string;
  /** Lost messages (cut short), as one path, and the crosses at their ends. */
  readonly lost: string;
  /** Crashes and partitions: where they happened. */
  readonly marks: readonly Mark[];
  /** What the picture shows, in words: its alt text. */
  readonly alt: string;
}

const WIDTH = 320;
const HEIGHT = 120;
const LEFT = 26;
const MAX_MESSAGES = 160;

const r = (x: number) => Math.round(x);

export function runPicture(setup: PictureSetup): RunPicture {
  const run = readLessonRun(setup.scenario, setup);
  if (run.errors.length > 0) throw new Error(`A home-page picture: ${run.errors.join('; ')}`);
  const until = run.until!;
  const sim = new Simulation(setup.scenario, run.params, run.seed, run.commands);
  sim.seek(until);
  const ids = sim.nodeIds;
  const x = scaleLinear()
    .domain([0, until])
    .range([LEFT, WIDTH - 6]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ids.length - 1)])
    .range([10, HEIGHT - 10]);
  const lane = new Map(ids.map((id, i) => [id, y(i)]));
  const sends = new Map<number, { at: Micros; from: string; to: string }>();
  const delivered: string[] = [];
  const lost: string[] = [];
  const marks: Mark[] = [];
  const downSince = new Map<string, Micros>();
  /** Where each node was down: [crash, restart) stretches. */
  const gaps = new Map<string, [Micros, Micros][]>();
  const addGap = (id: string, from: Micros, to: Micros) =>
    gaps.set(id, [...(gaps.get(id) ?? []), [from, to]]);
  const crashes: string[] = [];
  let messages = 0;
  for (let i = 0; i < sim.traceEnd; i++) {
    const entry = sim.trace.at(i)!;
    if (entry.type === 'send') {
      if (entry.from !== entry.to) sends.set(entry.id, entry);
    } else if (entry.type === 'deliver' || entry.type === 'drop') {
      const send = sends.get(entry.id);
      if (!send || !lane.has(send.from) || !lane.has(send.to)) continue;
      messages++;
      const y0 = lane.get(send.from)!;
      const y1 = lane.get(send.to)!;
      const segment = (toY: number) => `M${r(x(send.at))} ${r(y0)}L${r(x(entry.at))} ${r(toY)}`;
      if (entry.type === 'deliver') delivered.push(segment(y1));
      else lost.push(segment((y0 + y1) / 2));
    } else if (entry.type === 'crash') {
      downSince.set(entry.node, entry.at);
      crashes.push(`${entry.node} crashes at ${describeTime(entry.at)}`);
      marks.push({ x: r(x(entry.at)), y: r(lane.get(entry.node) ?? 0), kind: 'crash' });
    } else if (entry.type === 'restart') {
      const from = downSince.get(entry.node);
      downSince.delete(entry.node);
      if (from !== undefined) addGap(entry.node, from, entry.at);
    } else if (entry.type === 'partition') {
      marks.push({ x: r(x(entry.at)), y: null, kind: 'partition' });
    } else if (entry.type === 'heal') {
      marks.push({ x: r(x(entry.at)), y: null, kind: 'heal' });
    }
  }
  // A lane is drawn where its node is up: from 0, broken by each crash until its restart.
  for (const [id, from] of downSince) addGap(id, from, until);
  const up = ids
    .map((id) => {
      let start = 0;
      let d = '';
      for (const [from, to] of (gaps.get(id) ?? []).sort((a, b) => a[0] - b[0])) {
        d += `M${r(x(start))} ${r(lane.get(id)!)}H${r(x(from))}`;
        start = to;
      }
      return start < until ? `${d}M${r(x(start))} ${r(lane.get(id)!)}H${r(x(until))}` : d;
    })
    .join('');
  const every = Math.max(1, Math.ceil(delivered.length / MAX_MESSAGES));
  const cuts = marks.filter((mark) => mark.kind === 'partition').length;
  const alt =
    `Space-time diagram of a seeded run of ${setup.scenario.title.replace(/:.*$/, '')}: ` +
    `${ids.length} nodes over ${describeTime(until)}, ${messages} messages` +
    (lost.length > 0 ? `, ${lost.length} of them lost` : '') +
    (crashes.length > 0 ? `; ${crashes.join(', ')}` : '') +
    (cuts > 0 ? `; the network is partitioned ${cuts === 1 ? 'once' : `${cuts} times`}` : '') +
    '.';
  return {
    width: WIDTH,
    height: HEIGHT,
    lanes: ids.map((id) => ({ id, y: r(lane.get(id)!) })),
    up,
    delivered: delivered.filter((_, i) => i % every === 0).join(''),
    lost: lost.slice(0, MAX_MESSAGES).join(''),
    marks,
    alt,
  };
}
