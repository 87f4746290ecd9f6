'use client';
/**
 * One live sharded service in a lesson:
 *
 *   <HarvestRun params={{ replicas: 1, load: 60 }} commands={[{ at: '2s', type: 'crash', node: 'n3' }]}
 *     until="8s" caption="…" />
 *
 * Keys work while focus is inside it, and "Open in sandbox" carries the run over.
 */
import { sitePath } from '@/components/sitePath';
import { useMemo, useRef } from 'react';
import { usePlayer } from '@/components/player/usePlayer';
import { useShortcuts } from '@/components/player/useShortcuts';
import { writeRunState } from '@/components/player/urlState';
import { Transport } from '@/components/controls/Transport';
import { Timeline } from '@/components/controls/Timeline';
import { harvestYield } from '@/sim/scenarios/harvest-yield/scenario';
import { Notice } from '../Notice';
import { HarvestColumn } from './HarvestColumn';
import type { ChartName } from './MeterCharts';
import { readLessonRun, type LessonRunProps } from '../lessonRun';
import { useWidgetKit } from '../kit/useWidgetKit';
import { embedPathFor } from '../embedPath';
import styles from '../widgets.module.css';

export interface HarvestRunProps extends LessonRunProps {
  readonly caption?: string;
  readonly charts?: readonly ChartName[];
}

export function HarvestRun(props: HarvestRunProps) {
  const run = useMemo(() => readLessonRun(harvestYield, props), [props]);
  const [store, snapshot] = usePlayer({
    scenario: harvestYield,
    params: run.params,
    seed: run.seed,
    commands: run.commands,
    ...(run.until === null ? {} : { stopAt: run.until }),
  });
  const containerRef = useRef<HTMLDivElement>(null);
  useShortcuts(store, containerRef);
  const title = props.caption ?? harvestYield.title;
  const kit = useWidgetKit(containerRef, {
    embedPath: embedPathFor(harvestYield.id),
    runQuery: () =>
      writeRunState(harvestYield, {
        seed: run.seed,
        params: run.params,
        commands: store.sim.commands,
        t: store.sim.now,
      }),
    title,
  });
  const sandbox = `/play/harvest-yield/?${writeRunState(harvestYield, {
    seed: run.seed,
    params: run.params,
    commands: snapshot.commands,
    t: snapshot.now,
  })}`;
  return (
    <div ref={containerRef} {...kit.frame} className={`${styles.lesson} ${kit.frame.className}`}>
      <Notice title="This widget's settings have problems" messages={run.errors} />
      <Transport store={store} snapshot={snapshot} />
      <Timeline store={store} snapshot={snapshot} />
      <HarvestColumn
        store={store}
        snapshot={snapshot}
        title={title}
        seed={run.seed}
        charts={props.charts ?? ['quality', 'latency']}
      />
      <div className={styles.lessonFooter}>
        {props.caption && <p className={styles.caption}>{props.caption}</p>}
        <a href={sitePath(sandbox)}>Open this run in the sandbox</a>
        {kit.toolbar}
      </div>
    </div>
  );
}
