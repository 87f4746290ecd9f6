/**
 * What one node knows about the two shots, and how a new piece of news changes it. Pure
 * functions, so the machine only wires them to events and the rules can be read alone.
 *
 * A node learns of a shot in one of three ways: it fires it (a shooter), the shooter's
 * "I fired" message reaches it, or a message arrives that lists the shot among those its
 * sender had already heard of when it fired. The last is the whole light cone carried in
 * a message, in miniature: with two possible events, the list of those you have seen is
 * your vector clock.
 */
import type { NodeId } from '@/sim/core/ids';
import type { Micros } from '@/sim/core/time';
import { SHOOTERS, type Shooter } from './geometry';

/** Which shot this node puts first. 'undecided': it has heard none, or both at one instant. */
export type Order = 'soldier-first' | 'sniper-first' | 'undecided';

export interface Knowledge {
  /** When this node learned of each shot; a shooter's own shot counts when it fires. */
  readonly seen: Readonly<Partial<Record<Shooter, Micros>>>;
  /** Which node brought the news of each shot (a shooter itself for its own). */
  readonly via: Readonly<Partial<Record<Shooter, NodeId>>>;
  readonly order: Order;
}

export const NOTHING_KNOWN: Knowledge = { seen: {}, via: {}, order: 'undecided' };

/** The shots a node knows of, soldier first. Pure. */
export function knownShots(knowledge: Knowledge): Shooter[] {
  return SHOOTERS.filter((shooter) => knowledge.seen[shooter] !== undefined);
}

/** Whether a node knows of both shots. Pure. */
export function knowsBoth(knowledge: Knowledge): boolean {
  return knownShots(knowledge).length === SHOOTERS.length;
}

/** The shot an order puts first, or undefined when undecided. Pure. */
export function firstShot(order: Order): Shooter | undefined {
  if (order === 'soldier-first') return 'soldier';
  if (order === 'sniper-first') return 'sniper';
  return undefined;
}

function firstOrder(shooter: Shooter): Order {
  return shooter === 'soldier' ? 'soldier-first' : 'sniper-first';
}

/**
 * Learns of `shot` at `at`, from `from`. `after` lists the shots that `shot` is known to
 * follow: those its shooter had heard of when it fired. Pure.
 *
 * The order is the order of learning, except that a shot known to follow another goes
 * after it, and two unrelated shots learned at the same instant stay undecided.
 */
export function learnShot(
  knowledge: Knowledge,
  shot: Shooter,
  after: readonly Shooter[],
  from: NodeId,
  at: Micros,
): Knowledge {
  const before = knownShots(knowledge);
  const learned = [...after, shot].filter(
    (shooter, i, all) => knowledge.seen[shooter] === undefined && all.indexOf(shooter) === i,
  );
  if (learned.length === 0) return knowledge;
  const seen = { ...knowledge.seen };
  const via = { ...knowledge.via };
  for (const shooter of learned) {
    seen[shooter] = at;
    via[shooter] = from;
  }
  return { seen, via, order: nextOrder(knowledge, before, learned, after, at) };
}

function nextOrder(
  knowledge: Knowledge,
  before: readonly Shooter[],
  learned: readonly Shooter[],
  after: readonly Shooter[],
  at: Micros,
): Order {
  const earlier = before[0];
  // Nothing known yet: what arrives first is first, or, if one message brings both, the
  // shot that the other was fired after.
  if (earlier === undefined) return firstOrder(learned[0]!);
  if (after.includes(earlier) || knowledge.seen[earlier]! < at) return firstOrder(earlier);
  return 'undecided';
}
