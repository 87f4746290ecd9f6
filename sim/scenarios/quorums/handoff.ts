/**
 * Hinted handoff (DeCandia et al. 2007, "Dynamo", §4.6): a node that took a write for an
 * unreachable replica keeps it apart, with a hint naming that replica, and every
 * handoff interval tries to deliver it. When the replica acknowledges, the hint is
 * dropped, unless newer versions arrived for it meanwhile, which go on the next try.
 */
import type { NodeId } from '@/sim/core/ids';
import { effects, type Effect } from '@/sim/core/node';
import { stay, type KvContext, type KvMessage, type Step, type Store } from './kvTypes';
import { keepsAll } from './versions';

/** How often a node tries to hand its hints back. Pure. */
export function handoffInterval(context: KvContext): number {
  return context.config.timeout;
}

/** The handoff timer fired: send every hint to its replica, then re-arm. Pure. */
export function onHandoffTimer(context: KvContext): Step {
  const sends: Effect[] = [];
  for (const intended of Object.keys(context.hints).sort()) {
    const hinted = context.hints[intended]!;
    for (const key of Object.keys(hinted).sort())
      sends.push(effects.send(intended, { type: 'handoff', key, versions: hinted[key]! }));
  }
  return stay(context, [...sends, effects.setTimer('handoff', handoffInterval(context))]);
}

/** The replica has the hinted versions: drop the hint if nothing newer came meanwhile. Pure. */
export function onHandoffOk(
  context: KvContext,
  from: NodeId,
  body: Extract<KvMessage, { type: 'handoffOk' }>,
): Step {
  const hinted = context.hints[from];
  const held = hinted?.[body.key];
  if (!hinted || !held || !keepsAll(body.versions, held)) return stay(context);
  const rest: Store = Object.fromEntries(
    Object.entries(hinted).filter(([key]) => key !== body.key),
  );
  const hints = { ...context.hints };
  if (Object.keys(rest).length === 0) delete hints[from];
  else hints[from] = rest;
  const text = `${context.id} handed ${body.key} back to ${from}`;
  return stay({ ...context, hints, handoffsDelivered: context.handoffsDelivered + 1 }, [
    effects.note('handoff', text, from),
  ]);
}

/** Whether the node holds writes for another replica. Pure. */
export function holdsHints(context: KvContext): boolean {
  return Object.keys(context.hints).length > 0;
}
