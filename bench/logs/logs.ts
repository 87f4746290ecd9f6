/**
 * The logs the `logs` section reads: ShiViz's two public examples (with the regexes
 * ShiViz's example list gives them) and a generated 1 MB log on 30 hosts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toShiViz } from '@/sim/formats/shiviz';
import { REPO } from '../lib/child';
import { panGraph } from '../render/pan';

export interface BenchLog {
  /** Figure id part: chord, simpledb, 1mb. */
  readonly id: string;
  readonly label: string;
  readonly text: string;
  /** The regex to type in the tool (empty: the log carries its own header). */
  readonly regex: string;
}

/** About 1 MB of GoVector log: 4,200 events on 30 hosts, dense clocks. */
export const LARGE_EVENTS = 4200;
export const LARGE_HOSTS = 30;
/** A program printout every this many entries, which the parser skips. */
const PRINTOUT_EVERY = 100;

/**
 * The generated log: `panGraph`'s random sends and receives on 30 hosts, written by
 * `toShiViz`, with a printout line between entries now and then, as real programs
 * leave them. Deterministic.
 */
export function largeLog(): string {
  const lines = toShiViz(panGraph(LARGE_EVENTS, LARGE_HOSTS)).split('\n');
  const header = lines.slice(0, 3);
  const body = lines.slice(3);
  const out = [...header];
  for (let i = 0; i < body.length; i += 2) {
    out.push(body[i]!, body[i + 1] ?? '');
    if ((i / 2) % PRINTOUT_EVERY === PRINTOUT_EVERY - 1) out.push(`progress: ${i / 2 + 1} entries`);
  }
  return out.join('\n');
}

const testdata = (name: string) =>
  readFileSync(join(REPO, 'sim/formats/shiviz/testdata', name), 'utf8');

export function benchLogs(): BenchLog[] {
  const large = largeLog();
  return [
    {
      id: 'chord',
      label: 'chord.log (1,235 events, 8 hosts)',
      text: testdata('chord.log'),
      regex: String.raw`(?<host>\S*) (?<clock>{.*})\n(?<event>.*)`,
    },
    {
      id: 'simpledb',
      label: 'simpledb.log (509 events, 5 hosts)',
      text: testdata('simpledb.log'),
      regex: String.raw`(?<event>.*)\n(?<host>\S*) (?<clock>{.*})`,
    },
    {
      id: '1mb',
      label: `generated ${(large.length / 1e6).toFixed(2)} MB (${LARGE_EVENTS.toLocaleString('en')} events, ${LARGE_HOSTS} hosts)`,
      text: large,
      regex: '',
    },
  ];
}
