'use client';
/**
 * The embeddable widget: no site chrome, `theme=light|dark`, `controls=0|1`, the run in
 * the URL, keyboard and clicker control, and the postMessage API (see embedApi.ts).
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { Scenario } from '@/sim/core/scenario';
import { usePlayer } from '@/components/player/usePlayer';
import { useShortcuts } from '@/components/player/useShortcuts';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { ClusterStage } from './ClusterStage';
import { Notice } from './Notice';
import { useLinkedHighlight, type LinkedHighlight } from './useLinkedHighlight';
import { useInitialRun } from './useUrlRun';
import { readEmbedOptions } from './embedOptions';
import { useEmbedApi } from './useEmbedApi';
import styles from './widgets.module.css';

export function Embed({
  scenario,
  search,
  below,
  beside = false,
}: {
  scenario: Scenario;
  search: string;
  /** Put `below` to the right of the cluster instead, for a wide slide (960×540). */
  beside?: boolean;
  /** Drawn under the cluster from the same run, such as a space-time diagram. */
  below?: (store: PlayerStore, snapshot: PlayerSnapshot, linked: LinkedHighlight) => ReactNode;
}) {
  const initial = useInitialRun(scenario, search);
  const [options] = useState(() => readEmbedOptions(new URLSearchParams(search)));
  const { state } = initial;
  const [store, snapshot] = usePlayer({
    scenario,
    params: state.params,
    seed: state.seed,
    commands: state.commands,
    startAt: options.steps ? Math.max(state.t, options.steps.from) : state.t,
    ...(options.steps ? { stopAt: options.steps.to } : {}),
  });
  useShortcuts(store, 'window');
  useEmbedApi(store, snapshot, scenario, options.origin);
  const linked = useLinkedHighlight(below !== undefined);
  useEffect(() => {
    if (options.theme) document.documentElement.dataset.theme = options.theme;
  }, [options.theme]);
  return (
    <main className={beside ? `${styles.embed} ${styles.embedBeside}` : styles.embed}>
      <Notice
        title="Some settings could not be used"
        messages={[...initial.errors, ...options.errors]}
      />
      <ClusterStage
        store={store}
        snapshot={snapshot}
        label={`${scenario.title} cluster`}
        controls={options.controls}
        faults={options.controls}
        narration={options.controls}
        {...linked}
      />
      {below &&
        (beside ? (
          <div className={styles.embedSecond}>{below(store, snapshot, linked)}</div>
        ) : (
          below(store, snapshot, linked)
        ))}
    </main>
  );
}
