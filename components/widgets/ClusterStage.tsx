'use client';
/**
 * The shared body of every cluster widget: the cluster, its transport and timeline, the
 * inspector for the selected node, and the narration. Lesson, sandbox and embed differ
 * only in which of these they show and what sits around them.
 */
import { useState } from 'react';
import type { NodeId } from '@/sim/core';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { useReducedMotion } from '@/components/player/usePlayer';
import { ClusterView, type ClusterViewProps } from '@/components/viz/ClusterView';
import { Transport } from '@/components/controls/Transport';
import { Timeline } from '@/components/controls/Timeline';
import { Inspector } from '@/components/controls/Inspector';
import { NarrationLog } from '@/components/controls/NarrationLog';
import { SeekProgress } from '@/components/controls/SeekProgress';
import type { SpaceTimeHighlight } from '@/components/viz/spacetime';
import styles from './widgets.module.css';

interface Props {
  readonly store: PlayerStore;
  readonly snapshot: PlayerSnapshot;
  readonly label: string;
  /** Transport and timeline. */
  readonly controls: boolean;
  /** Drag to partition, click to inspect and crash. */
  readonly faults: boolean;
  readonly narration: boolean;
  /** How many of the latest narration lines to show (NarrationLog's default otherwise). */
  readonly narrationLines?: number;
  readonly compact?: boolean;
  readonly highlight?: SpaceTimeHighlight;
  readonly onHover?: (highlight: SpaceTimeHighlight) => void;
  /** A cluster that is not a ring, and what to draw over its nodes. */
  readonly topology?: ClusterViewProps['topology'];
  readonly overlay?: ClusterViewProps['overlay'];
}

export function ClusterStage({
  store,
  snapshot,
  label,
  controls,
  faults,
  narration,
  narrationLines,
  compact = false,
  highlight = null,
  onHover,
  topology,
  overlay,
}: Props) {
  const [selected, setSelected] = useState<NodeId | null>(null);
  const reducedMotion = useReducedMotion();
  return (
    <div className={styles.stage}>
      <ClusterView
        store={store}
        snapshot={snapshot}
        selected={selected}
        onSelect={faults ? setSelected : () => undefined}
        allowPartition={faults}
        reducedMotion={reducedMotion}
        label={label}
        compact={compact}
        highlight={highlight}
        {...(onHover ? { onHover } : {})}
        {...(topology ? { topology } : {})}
        {...(overlay ? { overlay } : {})}
      />
      {controls && <Transport store={store} snapshot={snapshot} />}
      {controls && <Timeline store={store} snapshot={snapshot} />}
      <SeekProgress store={store} snapshot={snapshot} />
      {faults && selected !== null && (
        <Inspector
          store={store}
          snapshot={snapshot}
          node={selected}
          onClose={() => setSelected(null)}
        />
      )}
      {narration && (
        <NarrationLog
          store={store}
          snapshot={snapshot}
          {...(narrationLines ? { lines: narrationLines } : {})}
        />
      )}
    </div>
  );
}
