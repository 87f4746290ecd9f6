/**
 * Parse and layout of each bench log in Node, in its own process: `node --import tsx
 * bench/logs/child.ts '{"runs":7}'`. Per run: `parseShiViz` (what the tool's worker
 * does) and `staticSpaceTimeData` (the layout the page computes before drawing), after
 * two untimed warm-up rounds.
 */
import { performance } from 'node:perf_hooks';
import { parseShiViz } from '@/sim/formats/shiviz';
import { staticSpaceTimeData } from '@/components/viz/spacetime/data/staticData';
import { reply } from '../lib/child';
import { benchLogs } from './logs';

export interface LogTimes {
  readonly id: string;
  readonly label: string;
  readonly bytes: number;
  readonly events: number;
  readonly messages: number;
  readonly parseMs: number[];
  readonly layoutMs: number[];
}

const { runs = 7 } = JSON.parse(process.argv[2] ?? '{}') as { runs?: number };

function once(text: string, regex: string) {
  const t0 = performance.now();
  const result = parseShiViz(text, regex === '' ? {} : { regex });
  const t1 = performance.now();
  if (!result.ok) throw new Error(`the log does not parse: ${result.errors[0]?.message}`);
  const data = staticSpaceTimeData(result.executions[0]!.graph);
  const t2 = performance.now();
  return {
    parse: t1 - t0,
    layout: t2 - t1,
    events: data.events.length,
    messages: data.messages.length,
  };
}

const results: LogTimes[] = benchLogs().map(({ id, label, text, regex }) => {
  once(text, regex);
  const last = once(text, regex);
  const parseMs: number[] = [];
  const layoutMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { parse, layout } = once(text, regex);
    parseMs.push(parse);
    layoutMs.push(layout);
  }
  process.stderr.write(`  · ${id}: ${runs} runs\n`);
  return {
    id,
    label,
    bytes: text.length,
    events: last.events,
    messages: last.messages,
    parseMs,
    layoutMs,
  };
});
reply(results);
