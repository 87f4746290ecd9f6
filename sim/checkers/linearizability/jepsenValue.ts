/**
 * The values that appear at the end of a Jepsen log line: `nil`, an integer, a cas
 * argument `[from to]`, or a keyword such as `:timed-out`. Written from the examples in
 * testdata/jepsen-etcd/README.md (Clojure EDN, restricted to what Jepsen's register tests
 * print).
 */
import type { Value } from './history';
import { assertNever } from '@/sim/core/assertNever';

export type JepsenValue =
  | { readonly type: 'value'; readonly value: Value }
  | { readonly type: 'pair'; readonly from: Value; readonly to: Value }
  | { readonly type: 'keyword'; readonly name: string };

/** Parses one value token, or returns `undefined` if it is none of the above. Pure. */
export function parseJepsenValue(text: string): JepsenValue | undefined {
  const scalar = parseScalar(text);
  if (scalar !== undefined) return { type: 'value', value: scalar };
  const pair = /^\[\s*(\S+)\s+(\S+)\s*\]$/.exec(text);
  if (pair !== null) {
    const from = parseScalar(pair[1] ?? '');
    const to = parseScalar(pair[2] ?? '');
    if (from !== undefined && to !== undefined) return { type: 'pair', from, to };
    return undefined;
  }
  if (/^:[\w-]+$/.test(text)) return { type: 'keyword', name: text };
  return undefined;
}

function parseScalar(text: string): Value | undefined {
  if (text === 'nil') return null;
  if (/^-?\d+$/.test(text)) return Number(text);
  return undefined;
}

/** Renders a value back in Jepsen's notation, for error messages. Pure. */
export function formatJepsenValue(value: JepsenValue): string {
  switch (value.type) {
    case 'value':
      return value.value === null ? 'nil' : String(value.value);
    case 'pair':
      return `[${String(value.from ?? 'nil')} ${String(value.to ?? 'nil')}]`;
    case 'keyword':
      return value.name;
    default:
      return assertNever(value);
  }
}
