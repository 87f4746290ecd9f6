'use client';
/**
 * Two timeouts side by side: the same seed, network and faults drive two failure
 * detectors that differ only in their timeout. The first run leads and the second follows
 * it (useLinkedPlayers), so one transport moves both and a fault drawn on either cluster
 * strikes both; each side shows its timers and its counters.
 *
 *   <TimeoutSideBySide timeouts={['1s', '3s']} params={{ latency: 'pareto-mix' }}
 *     commands={[{ at: '8s', type: 'crash', node: 'n3' }]} until="14s" />
 */
import { useMemo, useRef } from 'react';
import type { Micros } from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { useLinkedPlayers } from '@/components/player/useLinkedPlayers';
import { useShortcuts } from '@/components/player/useShortcuts';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { Transport } from '@/components/controls/Transport';
import { Timeline } from '@/components/controls/Timeline';
import { SeekProgress } from '@/components/controls/SeekProgress';
import { ClusterStage } from '../ClusterStage';
import { Notice } from '../Notice';
import { ErrorBoundary } from '../ErrorBoundary';
import { readLessonRun, type LessonRunProps } from '../lessonRun';
import { detectorAside } from './detectorDecor';
import { TimerBars } from './TimerBars';
import { DEFAULT_TIMEOUTS, readTimeouts } from './readTimeouts';
import widgetStyles from '../widgets.module.css';
import styles from './failure.module.css';

export interface TimeoutSideBySideProps extends LessonRunProps {
  /** The two timeouts, e.g. ['1s', '3s']. */
  readonly timeouts?: readonly [string, string];
  readonly caption?: string;
}

function Side({
  store,
  snapshot,
  title,
}: {
  store: PlayerStore;
  snapshot: PlayerSnapshot;
  title: string;
}) {
  return (
    <section className={styles.side} aria-label={title}>
      <h3>{title}</h3>
      <ClusterStage
        store={store}
        snapshot={snapshot}
        label={`${title} cluster`}
        controls={false}
        faults
        narration
        compact
        overlay={(positions, radius) => (
          <TimerBars store={store} positions={positions} radius={radius} />
        )}
      />
      {detectorAside(store, snapshot, title)}
    </section>
  );
}

export function TimeoutSideBySide(props: TimeoutSideBySideProps) {
  const read = useMemo(() => {
    const run = readLessonRun(failureDetector, props);
    const timeouts = readTimeouts(props.timeouts ?? DEFAULT_TIMEOUTS);
    return { run, timeouts: timeouts.timeouts, errors: [...run.errors, ...timeouts.errors] };
  }, [props]);
  const spec = (timeout: Micros) => ({
    scenario: failureDetector,
    params: { ...read.run.params, timeout },
    seed: read.run.seed,
    commands: read.run.commands,
    ...(read.run.until === null ? {} : { stopAt: read.run.until }),
  });
  const [[lead, leadSnapshot], [follow, followSnapshot]] = useLinkedPlayers(
    spec(read.timeouts[0]),
    spec(read.timeouts[1]),
  );
  const containerRef = useRef<HTMLDivElement>(null);
  useShortcuts(lead, containerRef);
  const title = (timeout: Micros) => `Timeout ${timeout / 1e6} s`;
  return (
    <div className={widgetStyles.lesson}>
      <Notice title="This widget's settings have problems" messages={read.errors} />
      <ErrorBoundary name="The widget">
        <div
          ref={containerRef}
          tabIndex={-1}
          role="group"
          aria-label={`Timeouts side by side: ${title(read.timeouts[0])} and ${title(read.timeouts[1])}`}
          className={styles.pair}
        >
          <div>
            <Transport store={lead} snapshot={leadSnapshot} />
            <Timeline store={lead} snapshot={leadSnapshot} />
            <SeekProgress store={lead} snapshot={leadSnapshot} />
          </div>
          <div className={styles.columns}>
            <Side store={lead} snapshot={leadSnapshot} title={title(read.timeouts[0])} />
            <Side store={follow} snapshot={followSnapshot} title={title(read.timeouts[1])} />
          </div>
          {props.caption && <p className={widgetStyles.caption}>{props.caption}</p>}
        </div>
      </ErrorBoundary>
    </div>
  );
}
