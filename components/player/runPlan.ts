/**
 * What Play will show, in words, for a run that has not started: its length and its
 * scripted commands, e.g. "Play runs 9 s: n3 crashes at 3 s." A widget shows this until
 * it starts, instead of empty views. Pure.
 */
import { type Command, type Micros, US_PER_MS, US_PER_S } from '@/sim/core';

/** "3 s", "4.6 s", "750 ms". */
export function spokenTime(us: Micros): string {
  if (us >= US_PER_S || us === 0) return `${Number((us / US_PER_S).toFixed(3))} s`;
  return `${Number((us / US_PER_MS).toFixed(1))} ms`;
}

function list(nodes: readonly string[]): string {
  if (nodes.length <= 1) return nodes.join('');
  return `${nodes.slice(0, -1).join(', ')} and ${nodes[nodes.length - 1]}`;
}

/** One command as a clause, without its time. */
export function commandClause(command: Command): string {
  switch (command.type) {
    case 'partition':
      return command.groups.length === 2
        ? `${list(command.groups[0]!)} ${command.groups[0]!.length === 1 ? 'is' : 'are'} cut off from ${list(command.groups[1]!)}`
        : `the network splits into ${command.groups.map((group) => group.join('+')).join(' | ')}`;
    case 'block':
      return `${command.from} can no longer reach ${command.to}`;
    case 'heal':
      return 'the network heals';
    case 'crash':
      return `${command.node} crashes`;
    case 'restart':
      return `${command.node} restarts`;
    case 'drop':
      return `message ${command.message} is lost`;
    case 'slow':
      return `${command.node} slows down ${command.factor}×`;
    case 'param':
      return `${command.name} becomes ${String(command.value)}`;
    case 'request':
      return `a client asks ${command.node} to ${command.op.f}`;
  }
}

/** At most this many commands are named; the rest are counted. */
const NAMED = 4;

export function describePlan(commands: readonly Command[], until: Micros | null): string {
  const length = until === null ? 'Play runs' : `Play runs ${spokenTime(until)}`;
  const shown = commands.filter((command) => until === null || command.at <= until);
  if (shown.length === 0) return `${length}, with no faults scripted.`;
  const clauses = shown
    .slice(0, NAMED)
    .map((command) => `${commandClause(command)} at ${spokenTime(command.at)}`);
  const more = shown.length - NAMED;
  if (more > 0) clauses.push(`${more} more ${more === 1 ? 'command' : 'commands'}`);
  return `${length}: ${list(clauses)}.`;
}
