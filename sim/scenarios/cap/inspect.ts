/**
 * The inspector's lines for a replica: its role and term, its log and commit index, what
 * it is waiting for, and each AP key with its timestamp or vector clocks. Pure.
 */
import type { NodeView } from '@/sim/core/scenario';
import { describeTime } from '@/sim/core/time';
import type { LogEntry } from './cpState';
import { formatValue, keysOf, localValue, registerContextOf } from './looks';
import { readSiblings } from './siblings';
import {
  behaviourOf,
  runsConsensus,
  type RegisterContext,
  type RegisterDurable,
} from './registerTypes';
import { ownValue } from '@/sim/core/own';

type Line = readonly [label: string, value: string];

/** Log entries shown at most; older ones are summarised. */
const LOG_SHOWN_MAX = 6;

function formatEntry(entry: LogEntry, index: number): string {
  const what = entry.key === null ? 'no-op' : `${entry.key}=${entry.value}`;
  return `${index}: ${what} (t${entry.term})`;
}

/** The tail of a log, newest last. Pure. */
export function formatLog(log: readonly LogEntry[]): string {
  if (log.length === 0) return 'empty';
  const first = Math.max(0, log.length - LOG_SHOWN_MAX);
  const shown = log.slice(first).map((entry, i) => formatEntry(entry, first + i + 1));
  return (first > 0 ? [`…${first} earlier`, ...shown] : shown).join(' · ');
}

function raftLines(context: RegisterContext): Line[] {
  const cp = context.cp;
  return [
    ['Role', `${cp.role}, term ${cp.term}`],
    ['Voted for', cp.votedFor ?? 'nobody this term'],
    ['Leader', cp.leader ?? 'unknown'],
    ['Log', formatLog(cp.log)],
    ['Committed up to', String(cp.commitIndex)],
    [
      'Waiting',
      `${cp.writes.length} writes to commit, ${cp.reads.length} reads to confirm, ${cp.forwarded.length} forwarded`,
    ],
  ];
}

function apLine(context: RegisterContext, key: string): Line {
  if (behaviourOf(context.mode, key) === 'siblings') {
    const versions = ownValue(context.ap.siblings, key) ?? [];
    const clocks = versions.map((v) => `${v.value} ${formatClock(v.clock)}`).join(' · ');
    return [key, versions.length === 0 ? 'null' : clocks];
  }
  const version = ownValue(context.ap.lww, key);
  return [
    key,
    version === undefined
      ? 'null'
      : `${version.value}, stamped ${describeTime(version.stamp)} by ${version.node}`,
  ];
}

/** A vector clock by node name, such as "{n1:2, n3:1}". Pure. */
export function formatClock(clock: readonly number[]): string {
  const entries = clock.flatMap((count, i) => (count > 0 ? [`n${i + 1}:${count}`] : []));
  return `{${entries.join(', ')}}`;
}

/** "100 ms slow", "true time". Pure. */
function describeOffset(offset: number): string {
  if (offset === 0) return 'true time';
  return `${describeTime(Math.abs(offset))} ${offset < 0 ? 'slow' : 'fast'}`;
}

/** What a crashed node kept: its Raft state and its AP store, whichever it used. */
function describeDisk(kept: RegisterDurable | undefined): string {
  if (!kept) return 'nothing yet';
  const parts: string[] = [];
  if (kept.cp.term > 0 || kept.cp.log.length > 0)
    parts.push(`term ${kept.cp.term}, log: ${formatLog(kept.cp.log)}`);
  const stored = [
    ...Object.entries(kept.ap.lww).map(([key, version]) => `${key}=${version.value}`),
    ...Object.entries(kept.ap.siblings).map(
      ([key, versions]) => `${key}=${formatValue(readSiblings(versions))}`,
    ),
  ];
  if (stored.length > 0) parts.push(stored.sort().join(' · '));
  return parts.length > 0 ? parts.join('; ') : 'nothing yet';
}

/** Inspector lines for a replica, up or crashed. Pure. */
export function inspectRegister(node: NodeView): readonly Line[] {
  const context = registerContextOf(node);
  if (!context) {
    return [
      ['State', 'crashed'],
      ['Kept on disk', describeDisk(node.durable as RegisterDurable | undefined)],
    ];
  }
  const keys = keysOf(context);
  const lines: Line[] = runsConsensus(context.mode) ? raftLines(context) : [['Role', 'replica']];
  for (const key of keys) {
    if (behaviourOf(context.mode, key) === 'cp')
      lines.push([key, `${formatValue(localValue(context, key))} (committed)`]);
    else lines.push(apLine(context, key));
  }
  if (context.mode !== 'cp') lines.push(['Clock', describeOffset(context.clockOffset)]);
  return lines;
}
