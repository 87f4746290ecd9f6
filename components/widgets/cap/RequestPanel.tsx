'use client';
/**
 * Manual client requests: pick the replica a client talks to, then read or write a key.
 * A written value is the virtual millisecond it was issued at, like the generated
 * traffic's, so every value is unique and says when it was written.
 */
import { useState } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { US_PER_MS } from '@/sim/core';
import styles from '../widgets.module.css';

const KEYS = ['x', 'y'];

export function RequestPanel({
  store,
  snapshot,
  keys = KEYS,
  timeout = Number(store.sim.paramsNow.timeout),
}: {
  store: PlayerStore;
  snapshot: PlayerSnapshot;
  /** The keys offered (default x and y). */
  keys?: readonly string[];
  /** How long the client waits, in µs (default: the scenario's `timeout` parameter). */
  timeout?: number;
}) {
  const [node, setNode] = useState(snapshot.nodes[0]?.id ?? 'n1');
  const send = (f: 'read' | 'write', key: string) => {
    const value = Math.floor((store.sim.now + 1) / US_PER_MS);
    store.issue({
      type: 'request',
      node,
      op: f === 'read' ? { f, key } : { f, key, value },
      timeout,
    });
  };
  return (
    <section className={styles.requests} aria-labelledby="requests-heading">
      <h3 id="requests-heading">Client requests</h3>
      <label>
        Send to
        <select
          value={node}
          onChange={(event) => setNode(event.currentTarget.value)}
          aria-label="Replica the client talks to"
        >
          {snapshot.nodes.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.id}
              {candidate.up ? '' : ' (crashed)'}
            </option>
          ))}
        </select>
      </label>
      <div className={styles.requestButtons}>
        {keys.map((key) => (
          <span key={key}>
            <button type="button" onClick={() => send('read', key)}>
              Read {key}
            </button>
            <button type="button" onClick={() => send('write', key)}>
              Write {key}
            </button>
          </span>
        ))}
      </div>
    </section>
  );
}
