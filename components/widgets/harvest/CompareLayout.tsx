'use client';
/**
 * The sandbox's side-by-side mode: a second run of the same machines with another number
 * of replicas, from the same seed, queries and faults. It is linked to the sandbox's run
 * (PlayerStore.link), so the one transport moves both and every command, a crash or a
 * partition, applies to both.
 */
import { useEffect, useState } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { usePlayer } from '@/components/player/usePlayer';
import { harvestYield } from '@/sim/scenarios/harvest-yield/scenario';
import { layoutOf } from '@/sim/scenarios/harvest-yield/params';
import { HarvestColumn } from './HarvestColumn';
import { describeSide } from './HarvestSideBySide';
import styles from './harvest.module.css';

function Follower({ leader, replicas }: { leader: PlayerStore; replicas: number }) {
  const [store, snapshot] = usePlayer({
    scenario: harvestYield,
    params: { ...leader.sim.params, replicas },
    seed: leader.sim.seed,
    commands: leader.sim.commands,
  });
  useEffect(() => leader.link(store), [leader, store]);
  const title = `Compared: ${describeSide(store.sim.paramsNow)}`;
  return (
    <section className={styles.side} aria-label={title}>
      <h3>{title}</h3>
      <HarvestColumn
        store={store}
        snapshot={snapshot}
        title={title}
        seed={leader.sim.seed}
        charts={['quality', 'latency']}
      />
    </section>
  );
}

export function CompareLayout({ store }: { store: PlayerStore; snapshot: PlayerSnapshot }) {
  const { machines, replicas } = layoutOf(store.sim.paramsNow);
  const [other, setOther] = useState(0);
  const choices = Array.from({ length: machines }, (_, i) => i + 1).filter(
    (r) => machines % r === 0 && r !== replicas,
  );
  return (
    <section className={styles.meters} aria-label="Side by side">
      <div className={styles.prompt}>
        <label htmlFor="compare-layout">Side by side with</label>
        <select
          id="compare-layout"
          value={other}
          onChange={(event) => setOther(Number(event.currentTarget.value))}
        >
          <option value={0}>nothing</option>
          {choices.map((r) => (
            <option key={r} value={r}>
              {machines / r} partitions × {r} replicas
            </option>
          ))}
        </select>
      </div>
      {other > 0 && <Follower key={other} leader={store} replicas={other} />}
    </section>
  );
}
