'use client';
/**
 * The messages on the wire to or from one node, each with a Drop button: losing one
 * specific message is a fault too. Easiest while paused, when the list holds still.
 */
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { describeTime, type NodeId } from '@/sim/core';
import styles from './controls.module.css';

/** More than this and the list would push the controls off screen. */
const SHOWN_MAX = 6;

export function InFlightList({
  store,
  snapshot,
  node,
}: {
  store: PlayerStore;
  snapshot: PlayerSnapshot;
  node: NodeId;
}) {
  const messages = snapshot.inflight.filter(
    (message) => message.from === node || message.to === node,
  );
  return (
    <div className={styles.inflight}>
      <h4>Messages in flight{snapshot.playing ? ' (pause to pick one)' : ''}</h4>
      {messages.length === 0 ? (
        <p className={styles.muted}>None right now.</p>
      ) : (
        <ul>
          {messages.slice(0, SHOWN_MAX).map((message) => (
            <li key={message.id}>
              <span>
                #{message.id} {message.body.type} {message.from}→{message.to}, arrives{' '}
                {describeTime(message.deliverAt)}
              </span>
              <button
                type="button"
                aria-label={`Drop message ${message.id} from ${message.from} to ${message.to}`}
                onClick={() => store.issue({ type: 'drop', message: message.id })}
              >
                Drop
              </button>
            </li>
          ))}
          {messages.length > SHOWN_MAX && (
            <li className={styles.muted}>and {messages.length - SHOWN_MAX} more</li>
          )}
        </ul>
      )}
    </div>
  );
}
