/** Labels of local events, as the space-time view captions them. */
import { assertNever } from '../../core/assertNever';
import type { TraceEntry } from '../../core/trace';

type LocalEntry = Extract<TraceEntry, { type: 'timer' | 'note' | 'state' | 'invoke' | 'complete' }>;

/**
 * A label without the host's name, since captions put the host first ("n2" + "suspects
 * n4"). Pure.
 */
export function localLabel(entry: LocalEntry): string {
  switch (entry.type) {
    case 'timer':
      return entry.key === undefined ? `timer ${entry.name}` : `timer ${entry.name} ${entry.key}`;
    case 'note':
      // Notes are written as sentences about their node: "n2 suspects n4".
      return entry.text.startsWith(`${entry.node} `)
        ? entry.text.slice(entry.node.length + 1)
        : entry.text;
    case 'state':
      return `state ${entry.from} → ${entry.to}`;
    case 'invoke': {
      const { f, key, value } = entry.op;
      const target = key === undefined ? '' : ` ${key}`;
      const written = value === undefined ? '' : `=${JSON.stringify(value)}`;
      return `invoke ${f}${target}${written} (request ${entry.request})`;
    }
    case 'complete': {
      const value = entry.value === undefined ? '' : ` ${JSON.stringify(entry.value)}`;
      const reason = entry.reason === undefined ? '' : `: ${entry.reason}`;
      return `complete request ${entry.request} ${entry.status}${value}${reason}`;
    }
    default:
      return assertNever(entry);
  }
}
