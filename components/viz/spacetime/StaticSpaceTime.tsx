'use client';
/**
 * StaticSpaceTime: the space-time diagram of a fixed event graph, such as an imported
 * ShiViz log, with no player. A slider stands in for the player's clock: it moves the
 * cursor that the knowledge frontier is drawn at.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import type { EventGraph } from '@/sim/checkers/causality';
import type { SpaceTimeRenderer } from './drawing/renderer';
import { SpaceTimeFrame } from './SpaceTimeFrame';
import type { SpaceTimeHighlight } from './data/spaceTimeData';
import { cursorName } from './queries/spaceTimeText';
import { staticSpaceTimeData } from './data/staticData';
import styles from './spacetime.module.css';

export interface StaticSpaceTimeProps {
  readonly graph: EventGraph;
  readonly label?: string;
  readonly highlight?: SpaceTimeHighlight;
  readonly onHover?: (highlight: SpaceTimeHighlight) => void;
}

export function StaticSpaceTime({
  graph,
  label = 'Space-time diagram',
  highlight = null,
  onHover,
}: StaticSpaceTimeProps) {
  const data = useMemo(() => staticSpaceTimeData(graph), [graph]);
  const last = data.sortedX.length > 0 ? data.sortedX[data.sortedX.length - 1]! : 0;
  // The cursor starts at the end: with everything known, then moved back by the reader.
  const [chosen, setChosen] = useState<{ graph: EventGraph; at: number } | null>(null);
  const cursor = chosen !== null && chosen.graph === graph ? chosen.at : last;
  const count = data.events.length;
  const sliderId = useId();

  const connect = useCallback(
    (renderer: SpaceTimeRenderer) => {
      renderer.frame({ count, traceEnd: Infinity, cursor }, last);
      return () => undefined;
    },
    [count, cursor, last],
  );

  return (
    <SpaceTimeFrame
      data={data}
      generation={0}
      visibleCount={count}
      cursor={cursor}
      label={label}
      highlight={highlight}
      onHover={onHover}
      connect={connect}
    >
      <div className={styles.cursorField}>
        <label htmlFor={sliderId}>Cursor</label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={Math.max(1, Math.ceil(last))}
          step={1}
          value={cursor}
          aria-valuetext={cursorName(data, cursor)}
          onChange={(event) => setChosen({ graph, at: Number(event.target.value) })}
        />
        <output htmlFor={sliderId}>{cursorName(data, cursor)}</output>
      </div>
    </SpaceTimeFrame>
  );
}
