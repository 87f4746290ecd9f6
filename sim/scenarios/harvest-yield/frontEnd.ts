/**
 * The front end's logic as pure functions of its state: each returns the next state and
 * the effects to carry out. A query fans out to one replica of every partition; the
 * answer goes back when every partition has answered (or refused), or at the deadline,
 * with whatever arrived. The front end also learns, from heartbeats, which machines are
 * up, and counts the sub-queries each machine still owes it: that count is its view of a
 * machine's queue, for picking replicas and for back pressure.
 */
import type { NodeId } from '@/sim/core/ids';
import { effects, type Effect } from '@/sim/core/node';
import { typedParams, type ParamValue, type ParamValues } from '@/sim/core/params';
import type { Micros } from '@/sim/core/time';
import { HEARTBEAT, suspectAfter } from './timing';
import { layoutOf, replicasOf } from './params';
import { failOver } from './failover';
import { costOf, type FrontEndState, type Settings, type Step } from './frontEndState';
import { dropPending, EMPTY_PENDING, getPending, putPending, type Pending } from './pendingTable';
import { harvestYieldParams } from './params';

export { costOf, type FrontEndState, type Settings, type Step } from './frontEndState';

/** Settings from parameter values. Pure. */
export function settingsOf(params: ParamValues): Settings {
  return {
    policy: params.policy === 'complete' ? 'complete' : 'best-effort',
    queue: params.queue === 'unbounded' ? 'unbounded' : 'bounded',
    limit: typedParams(harvestYieldParams, params).limit,
    deadline: typedParams(harvestYieldParams, params).deadline,
    choice: params.choice === 'random' ? 'random' : 'two',
    latency: typedParams(harvestYieldParams, params).latency,
  };
}

/** `lastHeard` before the first check after a boot: that check starts the clock. */
const NOT_YET = -1;

/** A fresh front end; it trusts every machine until its first check. Pure. */
export function startFrontEnd(params: ParamValues, machines: readonly NodeId[]): FrontEndState {
  return {
    layout: layoutOf(params),
    machines,
    settings: settingsOf(params),
    outstanding: machines.map(() => 0),
    lastHeard: machines.map(() => NOT_YET),
    suspected: machines.map(() => false),
    pending: EMPTY_PENDING,
    answered: 0,
    failed: 0,
  };
}

/** What a front end does when it boots: start its periodic check. Pure. */
export function bootFrontEnd(): readonly Effect[] {
  return [effects.setTimer('check', HEARTBEAT)];
}

/**
 * A small generator seeded by the query, so replica choices replay exactly: the seed is
 * drawn from the World's PRNG by the workload. Marsaglia's xorshift32 (2003,
 * "Xorshift RNGs", J. Stat. Softw. 8(14)).
 */
function pickerFor(seed: number): (n: number) => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

/**
 * The replica of partition `p` to ask, or -1 when every replica is suspected. "Least
 * loaded of two random choices" is Mitzenmacher's power of two choices (IEEE TPDS 12(10),
 * 2001): it all but removes the unlucky long queues of a purely random choice.
 */
function chooseReplica(state: FrontEndState, p: number, pick: (n: number) => number): number {
  const live = replicasOf(state.layout, p).filter((m) => !state.suspected[m]);
  if (live.length === 0) return -1;
  const first = live[pick(live.length)]!;
  if (state.settings.choice === 'random' || live.length === 1) return first;
  const second = live[pick(live.length)]!;
  return state.outstanding[second]! < state.outstanding[first]! ? second : first;
}

function withPending(state: FrontEndState, q: number, pending: Pending | null): FrontEndState {
  const table = pending ? putPending(state.pending, pending) : dropPending(state.pending, q);
  return { ...state, pending: table };
}

/** A query arrives from a client: fan out, or refuse it at once. Pure. */
export function receiveQuery(
  state: FrontEndState,
  request: number,
  seed: number,
  at: Micros,
): Step {
  const { layout, settings } = state;
  const pick = pickerFor(seed);
  const awaiting: number[] = [];
  let refusal: string | null = null;
  for (let p = 0; p < layout.partitions; p++) {
    const m = chooseReplica(state, p, pick);
    const full = m >= 0 && settings.queue === 'bounded' && state.outstanding[m]! >= settings.limit;
    if (m < 0) refusal ??= `no machine of partition ${p + 1} is up`;
    else if (full) refusal ??= `${state.machines[m]} is full`;
    awaiting.push(m < 0 || full ? -1 : m);
  }
  const sent = awaiting.filter((m) => m >= 0);
  if (sent.length === 0 || (refusal !== null && settings.policy === 'complete')) {
    const reason = `refused: ${refusal ?? 'nothing to ask'}`;
    return [
      { ...state, failed: state.failed + 1 },
      [effects.reply(request, 'fail', undefined, reason)],
    ];
  }
  const outstanding = state.outstanding.slice();
  const out: Effect[] = [];
  awaiting.forEach((m, p) => {
    if (m < 0) return;
    outstanding[m]!++;
    out.push(
      effects.send(state.machines[m]!, { type: 'query', q: request, cost: costOf(seed, p) }),
    );
  });
  out.push(effects.setTimer('deadline', settings.deadline, String(request)));
  const pending: Pending = { q: request, at, awaiting, got: 0, left: sent.length, seed };
  return [withPending({ ...state, outstanding }, request, pending), out];
}

/** Ends a query: answer or fail, and stop counting what is still out. Pure. */
function finish(state: FrontEndState, q: number, pending: Pending, why: string): Step {
  const partitions = state.layout.partitions;
  const outstanding = state.outstanding.slice();
  for (const m of pending.awaiting) if (m >= 0) outstanding[m]!--;
  const ok =
    pending.got === partitions || (state.settings.policy === 'best-effort' && pending.got > 0);
  const value = { partitions: pending.got, of: partitions };
  const reply = ok
    ? effects.reply(q, 'ok', value)
    : effects.reply(q, 'fail', value, `${why}: ${pending.got} of ${partitions} partitions`);
  const next = {
    ...withPending(state, q, null),
    outstanding,
    answered: state.answered + (ok ? 1 : 0),
    failed: state.failed + (ok ? 0 : 1),
  };
  return [next, [reply]];
}

/** A machine answered (or refused) its part of query `q`. Pure. */
export function receivePart(
  state: FrontEndState,
  from: NodeId,
  q: number,
  answered: boolean,
  at: Micros,
): Step {
  const m = state.machines.indexOf(from);
  const heard: Step = m >= 0 ? hear(state, m, at) : [state, []];
  const pending = getPending(heard[0].pending, q);
  const p = pending ? pending.awaiting.indexOf(m) : -1;
  if (!pending || p < 0) return heard;
  const awaiting = pending.awaiting.slice();
  awaiting[p] = -1;
  const next: Pending = {
    ...pending,
    awaiting,
    got: pending.got + (answered ? 1 : 0),
    left: pending.left - 1,
  };
  const base = heard[0];
  const outstanding = base.outstanding.slice();
  outstanding[m]!--;
  const counted = { ...base, outstanding };
  const refusedWhole = !answered && state.settings.policy === 'complete';
  if (next.left === 0 || refusedWhole) {
    const [done, out] = finish(counted, q, next, `refused by ${from}`);
    return [done, [...heard[1], ...out, effects.cancelTimer('deadline', String(q))]];
  }
  return [withPending(counted, q, next), heard[1]];
}

/** The deadline of query `q` passed: answer with what arrived, or fail. Pure. */
export function deadlinePassed(state: FrontEndState, q: number): Step {
  const pending = getPending(state.pending, q);
  return pending ? finish(state, q, pending, 'deadline') : [state, []];
}

/** A message from machine `m`: it is up. Pure. */
function hear(state: FrontEndState, m: number, at: Micros): Step {
  const lastHeard = state.lastHeard.slice();
  lastHeard[m] = at;
  if (!state.suspected[m]) return [{ ...state, lastHeard }, []];
  const suspected = state.suspected.slice();
  suspected[m] = false;
  const id = state.machines[m]!;
  const note = effects.note('trust', `fe hears from ${id} again and sends it queries`, id);
  return [{ ...state, lastHeard, suspected }, [note]];
}

/** A heartbeat from a machine. Pure. */
export function receiveHeartbeat(state: FrontEndState, from: NodeId, at: Micros): Step {
  const m = state.machines.indexOf(from);
  return m >= 0 ? hear(state, m, at) : [state, []];
}

/** The periodic check: machines silent for too long are suspected and skipped. Pure. */
export function checkMachines(state: FrontEndState, at: Micros): Step {
  const limit = suspectAfter(state.settings.latency);
  const out: Effect[] = [effects.setTimer('check', HEARTBEAT)];
  let suspected: boolean[] | null = null;
  let lastHeard: Micros[] | null = null;
  state.machines.forEach((id, m) => {
    if (state.lastHeard[m] === NOT_YET) {
      lastHeard ??= state.lastHeard.slice();
      lastHeard[m] = at;
    }
    if (state.suspected[m] || at - (lastHeard ?? state.lastHeard)[m]! <= limit) return;
    suspected ??= state.suspected.slice();
    suspected[m] = true;
    out.push(effects.note('suspect', `fe stops sending to ${id}: no heartbeat`, id));
  });
  if (!suspected && !lastHeard) return [state, out];
  let next: FrontEndState = {
    ...state,
    lastHeard: lastHeard ?? state.lastHeard,
    suspected: suspected ?? state.suspected,
  };
  for (let m = 0; m < state.machines.length; m++) {
    if (!next.suspected[m] || state.suspected[m]) continue;
    const [after, resent] = failOver(next, m);
    next = after;
    out.push(...resent);
  }
  return [next, out];
}

/** A live parameter change. Pure. */
export function changeSetting(
  state: FrontEndState,
  name: string,
  value: ParamValue,
): FrontEndState {
  if (!['policy', 'queue', 'limit', 'deadline', 'choice', 'latency'].includes(name)) return state;
  return { ...state, settings: settingsOf({ ...state.settings, [name]: value }) };
}
