/**
 * Which trace entries are worth saying out loud, and how. The live region must stay
 * useful, so only significant events are narrated: suspicion and its withdrawal, crashes,
 * restarts, partitions, client outcomes. Heartbeats are not.
 */
import { describeTime, type TraceEntry, type TraceType } from '@/sim/core';

/** Entry types `narrate` never has a sentence for: skip them without building the entry. */
export const UNSPOKEN: ReadonlySet<TraceType> = new Set<TraceType>([
  'send',
  'deliver',
  'timer',
  'state',
  'invoke',
]);

/** A sentence for an entry, or null if it is not worth narrating. Pure. */
export function narrate(entry: TraceEntry): string | null {
  switch (entry.type) {
    case 'note':
      return entry.text;
    case 'crash':
      return `${entry.node} crashed`;
    case 'restart':
      return `${entry.node} restarted`;
    case 'partition':
      return `Network partitioned: ${entry.groups.map((group) => `{${group.join(', ')}}`).join(' | ')}`;
    case 'block':
      return `${entry.to} can no longer hear ${entry.from}`;
    case 'heal':
      return 'Network healed: every link works again';
    case 'slow':
      return entry.factor === 1
        ? `${entry.node}'s links are back to normal speed`
        : `${entry.node}'s links slowed ${entry.factor}×`;
    case 'param':
      return `Parameter ${entry.name} set to ${String(entry.value)}`;
    case 'complete':
      return entry.status === 'ok'
        ? null
        : `${entry.node} request ${entry.request} ${entry.status === 'fail' ? 'failed' : 'outcome unknown'}${entry.reason ? `: ${entry.reason}` : ''}`;
    case 'drop':
      return entry.reason === 'command'
        ? `Message ${entry.id} from ${entry.from} to ${entry.to} dropped`
        : null;
    default:
      return null;
  }
}

/** "At 3.05 s: n4 suspects n1". Pure. */
export function narrateWithTime(entry: TraceEntry): string | null {
  const text = narrate(entry);
  return text === null ? null : `At ${describeTime(entry.at)}: ${text}`;
}

/** Past this many lines in one update, routine lines are merged so screen readers are not flooded. */
const BURST_LINES = 3;

/**
 * Merges a burst of narration: each run of consecutive lines about suspicion and trust
 * (frequent at high speed) becomes one line, while crashes, restarts and partitions keep
 * their own lines. The lines stay in the order they happened. Pure apart from drawing ids.
 */
export function groupBurst(
  lines: readonly { id: number; text: string; routine: boolean }[],
  nextId: () => number,
): { id: number; text: string }[] {
  if (lines.length <= BURST_LINES) return lines.map(({ id, text }) => ({ id, text }));
  const out: { id: number; text: string }[] = [];
  let run: string[] = [];
  let runId = 0;
  const flush = () => {
    if (run.length === 1) out.push({ id: runId, text: run[0]! });
    else if (run.length > 1) out.push({ id: nextId(), text: run.join('; ') });
    run = [];
  };
  for (const line of lines) {
    if (!line.routine) {
      flush();
      out.push({ id: line.id, text: line.text });
      continue;
    }
    if (run.length === 0) runId = line.id;
    run.push(line.text);
  }
  flush();
  return out;
}
