/**
 * The three ways a run leaves the CLI: JSON for scripts, a few lines for people, and the
 * trace as JSON lines. All three are pure string builders so main.ts only writes them.
 */
import { describeTime } from '@/sim/core/time';
import type { TraceEntry } from '@/sim/core/trace';
import type { RunSummary } from './runScenario';

/** The summary as JSON, two-space indented, ending in a newline. Pure. */
export function formatRunJson(summary: RunSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/** The same facts as formatRunJson, for a person at a terminal. Pure. */
export function formatRunText(summary: RunSummary): string {
  const params = Object.entries(summary.params)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
  const counts = Object.entries(summary.counts)
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
  const lines = [
    `${summary.scenario}, seed ${summary.seed}, until ${summary.until}`,
    `  params    ${params}`,
    `  ran       ${summary.events} events, ending at ${describeTime(summary.endUs)}`,
    `  trace     ${summary.traceEntries} entries, hash ${summary.traceHash}`,
    `  counts    ${counts || 'none'}`,
    `  commands  ${summary.commands.length === 0 ? 'none' : summary.commands.length}`,
    ...summary.commands.map((command) => `    ${JSON.stringify(command)}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The trace as JSON lines (one entry per line), the format `--trace` writes. Pure. */
export function formatTraceLines(trace: readonly TraceEntry[]): string {
  return trace.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}
