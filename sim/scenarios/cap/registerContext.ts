/**
 * A replica's context on boot and what survives its crash. Raft's term, vote and log
 * are durable, as Figure 2 of Ongaro & Ousterhout 2014 requires, and so is the AP store
 * (Riak writes to disk before it acknowledges). Everything else, such as who leads, the
 * commit index and the client sessions, is volatile and rebuilt after a restart.
 */
import type { NodeInput } from '@/sim/core/node';
import { initialAp } from './apState';
import { initialCp } from './cpState';
import { clockOffset } from './lww';
import { MODES, type Mode, type RegisterContext, type RegisterDurable } from './registerTypes';
import { timingFor } from './timing';

/** The mode named by a parameter value, or `cp` for anything else. Pure. */
export function modeOf(value: unknown): Mode {
  return MODES.find((mode) => mode === value) ?? 'cp';
}

/** The context a node boots with (first boot and every restart). Pure. */
export function initialContext(input: NodeInput): RegisterContext {
  const durable = input.durable as RegisterDurable | undefined;
  const clusterSize = input.peers.length + 1;
  return {
    id: input.id,
    peers: input.peers,
    mode: modeOf(input.params.mode),
    timing: timingFor(Number(input.params.mean)),
    clockOffset: clockOffset(input.id, clusterSize, Number(input.params.skew ?? 0)),
    cp: initialCp(durable?.cp),
    ap: initialAp(durable?.ap),
  };
}

/** What a node keeps across a crash, taken from its context at the crash. Pure. */
export function durableOf(context: unknown): RegisterDurable | undefined {
  const current = context as RegisterContext | undefined;
  if (!current) return undefined;
  const { term, votedFor, log } = current.cp;
  const { lww, siblings } = current.ap;
  return { cp: { term, votedFor, log }, ap: { lww, siblings } };
}
