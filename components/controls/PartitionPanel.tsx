'use client';
/**
 * Partitions from the keyboard: put each node in a group, then apply. The same command a
 * dragged cut line issues. Heal restores every link.
 */
import { useState } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { isPartitioned } from '@/sim/core';
import styles from './controls.module.css';

const GROUP_NAMES = ['A', 'B', 'C'];

function groupsOf(snapshot: PlayerSnapshot): Record<string, number> {
  const assignment: Record<string, number> = {};
  snapshot.nodes.forEach((node) => (assignment[node.id] = 0));
  snapshot.network.groups?.forEach((group, index) =>
    group.forEach((id) => (assignment[id] = Math.min(index, 2))),
  );
  return assignment;
}

export function describeNetwork(snapshot: PlayerSnapshot): string {
  if (!isPartitioned(snapshot.network)) return 'Network healthy: every node can reach every other.';
  const groups = snapshot.network.groups;
  if (groups) return `Partitioned: ${groups.map((group) => `{${group.join(', ')}}`).join(' | ')}`;
  return 'Some links are cut in one direction.';
}

export function PartitionPanel({
  store,
  snapshot,
}: {
  store: PlayerStore;
  snapshot: PlayerSnapshot;
}) {
  const [draft, setDraft] = useState<Record<string, number> | null>(null);
  const assignment = draft ?? groupsOf(snapshot);
  const groups = GROUP_NAMES.map((_, index) =>
    snapshot.nodes.map((node) => node.id).filter((id) => assignment[id] === index),
  ).filter((group) => group.length > 0);
  const partitioned = isPartitioned(snapshot.network);
  return (
    <section className={styles.panel} aria-labelledby="partition-heading">
      <h3 id="partition-heading">Network</h3>
      <p className={styles.status}>{describeNetwork(snapshot)}</p>
      <fieldset className={styles.groups}>
        <legend>Put nodes in groups, then apply</legend>
        {snapshot.nodes.map((node) => (
          <label key={node.id}>
            {node.id}
            <select
              aria-label={`Group for ${node.id}`}
              value={assignment[node.id] ?? 0}
              onChange={(event) =>
                setDraft({ ...assignment, [node.id]: Number(event.currentTarget.value) })
              }
            >
              {GROUP_NAMES.map((name, index) => (
                <option key={name} value={index}>
                  Group {name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <div className={styles.actions}>
        <button
          type="button"
          disabled={groups.length < 2}
          onClick={() => {
            store.issue({ type: 'partition', groups });
            setDraft(null);
          }}
        >
          Apply partition
        </button>
        <button
          type="button"
          className={styles.primary}
          disabled={!partitioned}
          onClick={() => {
            store.issue({ type: 'heal' });
            setDraft(null);
          }}
        >
          Heal network
        </button>
      </div>
    </section>
  );
}
