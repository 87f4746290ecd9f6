/**
 * The calculator's inputs in the address bar: `?n=3&r=1&w=1&profile=lnkd-disk&…&t=0,1,10`.
 * The same argument names as the `pbs` CLI verb, parsed by the same code, so a value the
 * CLI refuses is refused here with the same words. Pure.
 */
import type { PbsInput } from '@/sim/pbs/calculate';
import { PBS_ARGS, formatPbsInput, parsePbsInput, type ParsedPbsInput } from '@/sim/pbs/pbsInput';

/** Reads the inputs from a query string; unknown parameters are ignored. */
export function readPbsQuery(search: string): ParsedPbsInput {
  const params = new URLSearchParams(search);
  const raw: Record<string, string> = {};
  for (const arg of PBS_ARGS) {
    const value = params.get(arg);
    // Long values are cut, so a pasted wall of text gives a short message.
    if (value !== null) raw[arg] = value.slice(0, 200);
  }
  return parsePbsInput(raw);
}

/** The query string for `input`, every argument given, commas left readable. */
export function writePbsQuery(input: PbsInput): string {
  return Object.entries(formatPbsInput(input))
    .map(([arg, value]) => `${arg}=${encodeURIComponent(value).replaceAll('%2C', ',')}`)
    .join('&');
}
