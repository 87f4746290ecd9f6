/**
 * What the nodes say out loud. Each note is one sentence about its node, for the trace and
 * the narration: a shooter when it fires and when it hears the other shot, an observer
 * once it knows of both shots. Pure.
 */
import type { NodeId } from '@/sim/core/ids';
import { describeTime, type Micros } from '@/sim/core/time';
import { otherShooter, type Role, type Shooter } from './geometry';
import type { Knowledge } from './knowledge';

/** "n1 (soldier)" for a shooter, "n4" for an observer. Pure. */
export function nodeName(id: NodeId, role: Role): string {
  return role === 'observer' ? id : `${id} (${role})`;
}

/** A shooter's note as it fires, given what it had heard before. Pure. */
export function firedNote(id: NodeId, shooter: Shooter, before: Knowledge, at: Micros): string {
  const other = otherShooter(shooter);
  const heard = before.seen[other];
  if (heard === undefined) return `${nodeName(id, shooter)} fired`;
  return (
    `${nodeName(id, shooter)} fired ${describeTime(at - heard)} after hearing the ${other}'s ` +
    `shot: its shot happens after the ${other}'s`
  );
}

/** A shooter's note when the other shot reaches it after its own. Pure. */
export function heardNote(
  id: NodeId,
  shooter: Shooter,
  firedAt: Micros,
  otherKnewOurs: boolean,
  at: Micros,
): string {
  const other = otherShooter(shooter);
  const heard = `${nodeName(id, shooter)} heard the ${other}'s shot ${describeTime(at - firedAt)} after firing`;
  return otherKnewOurs
    ? `${heard}; the ${other} had already heard the ${shooter}'s shot, so the ${shooter} fired first`
    : `${heard}: neither can prove who fired first`;
}

/** An observer's note once it knows of both shots. Pure. */
export function observedNote(
  id: NodeId,
  knowledge: Knowledge,
  shot: Shooter,
  from: NodeId,
  at: Micros,
): string {
  const earlier = otherShooter(shot);
  const earlierAt = knowledge.seen[earlier]!;
  if (knowledge.order === 'undecided') return `${id} heard both shots at the same instant`;
  if (knowledge.via[earlier] === from && earlierAt === at) {
    return (
      `${id} learned of both shots from ${from}'s message: the ${shot} had heard the ` +
      `${earlier}'s shot before firing, so the ${earlier}'s came first`
    );
  }
  // Learned from separate messages at different instants: the earlier news is first.
  return `${id} saw the ${earlier}'s shot first, ${describeTime(at - earlierAt)} before the ${shot}'s`;
}

/** An observer's note when news of its first shot arrives: what it knows, and what not. Pure. */
export function firstNewsNote(id: NodeId, shot: Shooter): string {
  return `${id} has heard of the ${shot}'s shot, and nothing yet of the ${otherShooter(shot)}'s`;
}

/**
 * A node's note when a shooter's own message arrives after news of the same shot came
 * through `via`, which had heard of it and passed it on: the relay overtook the direct
 * message. Pure.
 */
export function lateNote(id: NodeId, shot: Shooter, via: NodeId, after: Micros): string {
  return (
    `${id} gets the ${shot}'s own message ${describeTime(after)} after ${via}'s message ` +
    `told it of the shot`
  );
}
