/**
 * The words for what the diagram shows, for the lists beside it and for screen
 * readers. Everything the canvas says has a sentence here.
 */
import { describeTime } from '@/sim/core';
import type { KnowledgeFrontier } from '@/sim/checkers/causality';
import type { MessageCopy } from '@/sim/checkers/causality/fromTrace';
import { segmentCopy, type Segment } from './messageSegments';
import type { SpaceTimeData } from '../data/spaceTimeData';

/** How many concurrent events the list names before "and N more". */
export const CONCURRENT_NAMED = 8;

/** "n3 timer heartbeat at 1.20 s", or "… (Lamport time 4)" on a logical axis. Pure. */
export function eventName(data: SpaceTimeData, id: number): string {
  const event = data.events[id];
  if (event === undefined) return `event ${id}`;
  const when =
    data.axis === 'time' && event.time !== undefined
      ? ` at ${describeTime(event.time)}`
      : ` (Lamport time ${data.layout.lamport[id]})`;
  return `${event.host} ${event.label}${when}`;
}

/**
 * The hover caption of an event: its name, and for one that does more than one thing,
 * what else: "c merge (Lamport time 3); receives 2 messages at once, from b and a",
 * "b relay (Lamport time 2); receives from a and sends to c in the same event", or
 * "a ask (Lamport time 1); sends to b and c". Pure; O(messages).
 */
export function eventCaption(data: SpaceTimeData, id: number): string {
  const name = eventName(data, id);
  const first = data.layout.sendOf[id] ?? -1;
  const from =
    first < 0
      ? []
      : [first, ...(data.layout.moreSendsOf.get(id) ?? [])].map(
          (send) => data.events[send]?.host ?? '?',
        );
  const reached = new Set<string>();
  if (data.events[id]?.kind === 'send')
    for (const copy of data.messages) if (copy.sendEventId === id) reached.add(copy.to);
  const to = [...reached];
  const both = from.length > 0 && to.length > 0;
  const parts: string[] = [];
  if (from.length > 1) parts.push(`receives ${from.length} messages at once, from ${and(from)}`);
  else if (both) parts.push(`receives from ${and(from)}`);
  if (to.length > 1 || both) parts.push(`sends to ${and(to)}`);
  if (parts.length === 0) return name;
  return `${name}; ${parts.join(' and ')}${both ? ' in the same event' : ''}`;
}

/** "a", "a and b", "a, b and c". */
function and(names: readonly string[]): string {
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
    : (names[0] ?? '');
}

/**
 * "Concurrent with 12 events: n3 timer heartbeat at 1.20 s, …, and 4 more." Names the
 * first `named` of `concurrent` (in graph order, which is causal), of `count` in all.
 * Pure.
 */
export function concurrentSentence(
  data: SpaceTimeData,
  concurrent: readonly number[],
  count = concurrent.length,
  named = CONCURRENT_NAMED,
): string {
  if (count === 0) return 'Concurrent with no events: every other event is before or after it.';
  const names = concurrent.slice(0, named).map((id) => eventName(data, id));
  const more = count - names.length;
  const list = more > 0 ? `${names.join(', ')}, and ${more} more` : names.join(', ');
  return `Concurrent with ${count} ${count === 1 ? 'event' : 'events'}: ${list}.`;
}

/**
 * Per node, the latest of its events that the frontier's host can know about. With the
 * host's `clock`, a latest event from before the stretch a live diagram holds is named
 * by its place on the lane instead of "nothing yet". Pure.
 */
export function knowledgeLines(
  data: SpaceTimeData,
  frontier: Pick<KnowledgeFrontier, 'host' | 'latestByHost'> & {
    readonly clock?: readonly number[];
  },
): string[] {
  return data.hosts.map((host, lane) => {
    const latest = frontier.latestByHost[lane] ?? null;
    const own = host === frontier.host ? ' (itself)' : '';
    const seen = frontier.clock?.[lane] ?? 0;
    if (latest === null && seen > 0)
      return `${host}${own}: its event ${seen}, before the events shown (scrub back to see it)`;
    return latest === null
      ? `${host}${own}: nothing yet`
      : `${host}${own}: ${data.events[latest]?.label ?? ''}${whenOf(data, latest)}`;
  });
}

function whenOf(data: SpaceTimeData, id: number): string {
  const time = data.events[id]?.time;
  return data.axis === 'time' && time !== undefined
    ? ` at ${describeTime(time)}`
    : ` (Lamport time ${data.layout.lamport[id]})`;
}

/** "At 1.20 s" or "At Lamport time 4": a cursor position in words. Pure. */
export function cursorName(data: SpaceTimeData, cursor: number): string {
  return data.axis === 'time'
    ? `at ${describeTime(Math.max(0, Math.round(cursor)))}`
    : `at Lamport time ${Math.round(cursor)}`;
}

/** Vector clock label: "[2,0,1]". Pure. */
export function vectorLabel(clock: readonly number[]): string {
  return `[${clock.join(',')}]`;
}

/**
 * How many message copies the diagram draws by the first `count` events: those sent
 * by them (arrows or stubs), and once the held stretch has begun, every copy sent
 * before it and on the wire at its start (lines entering from its start, to a receive,
 * a loss or the cursor). O(messages).
 */
export function messageCount(data: SpaceTimeData, count: number): number {
  let drawn = 0;
  if (count >= data.events.length) drawn = data.messages.length;
  else for (const copy of data.messages) if (copy.sendEventId < count) drawn++;
  if (count > 0) drawn += data.inbound?.length ?? 0;
  return drawn;
}

/**
 * "3 lanes (client, leader, follower), 14 events, 5 messages": the diagram in one line.
 * A live diagram holding only a stretch of a long run says so: "…, 8192 events, 4100
 * messages shown; 40000 earlier events: scrub back to see them." Pure.
 */
export function viewSummary(data: SpaceTimeData, count: number): string {
  const lanes = data.hosts.length;
  const messages = messageCount(data, count);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const names = lanes > 0 ? ` (${data.hosts.join(', ')})` : '';
  const shown = `${plural(lanes, 'lane')}${names}, ${plural(count, 'event')}, ${plural(messages, 'message')}`;
  const earlier = data.earlier ?? 0;
  if (earlier === 0) return `${shown}.`;
  return `${shown} shown; ${plural(earlier, 'earlier event')}: scrub back to see them.`;
}

/**
 * What another view (the cluster) asked to emphasise, in words: "Highlighted: n3" or
 * "Highlighted: message heartbeat 12: n1 → n2". Pure.
 */
export function highlightName(
  data: SpaceTimeData,
  highlight: { readonly node?: string; readonly message?: number },
): string {
  if (highlight.message !== undefined) {
    const held = (m: MessageCopy) => m.messageId === highlight.message;
    const copy = data.messages.find(held) ?? data.inbound?.find(held);
    if (copy) return `Highlighted: message ${messageName(data, copy)}`;
  }
  return highlight.node !== undefined && data.hosts.includes(highlight.node)
    ? `Highlighted: ${highlight.node}`
    : '';
}

/**
 * A message line in words: "Message heartbeat 12: n1 → n2, delivered", "…, lost
 * (partition)", "…, on the wire", or for a line entering the held stretch, "…,
 * delivered; sent before the events shown (scrub back to see its send)". Pure.
 */
export function segmentName(data: SpaceTimeData, segment: Segment): string {
  const copy = segmentCopy(data, segment);
  if (!copy) return '';
  const fate =
    segment.state === 'delivered'
      ? 'delivered'
      : segment.state === 'dropped'
        ? `lost (${copy.drop?.reason ?? 'dropped'})`
        : 'on the wire';
  const before =
    segment.send < 0 ? '; sent before the events shown (scrub back to see its send)' : '';
  return `Message ${messageName(data, copy)}, ${fate}${before}`;
}

/** "heartbeat 12: n1 → n2" (a live run names copies by trace id), or "ack: b → a". Pure. */
export function messageName(data: SpaceTimeData, copy: MessageCopy): string {
  const what = data.live ? `${copy.type} ${copy.messageId}` : copy.type;
  return `${what}: ${copy.from} → ${copy.to}`;
}
