'use client';
/**
 * Two layouts side by side, from one seed, workload and fault: the left run leads and
 * the right one is linked to it (PlayerStore.link), so one transport moves both and a
 * crash issued on either applies to both.
 *
 *   <HarvestSideBySide params={{ load: 60 }} left={{ replicas: 1 }} right={{ replicas: 2 }}
 *     commands={[{ at: '2s', type: 'crash', node: 'n1' }]} until="8s" />
 */
import { useEffect, useMemo, useRef } from 'react';
import { usePlayer } from '@/components/player/usePlayer';
import { useShortcuts } from '@/components/player/useShortcuts';
import { Transport } from '@/components/controls/Transport';
import { Timeline } from '@/components/controls/Timeline';
import type { ParamValues } from '@/sim/core';
import { harvestYield } from '@/sim/scenarios/harvest-yield/scenario';
import { layoutOf } from '@/sim/scenarios/harvest-yield/params';
import { Notice } from '../Notice';
import { HarvestColumn } from './HarvestColumn';
import type { ChartName } from './MeterCharts';
import { readLessonRun, type LessonRunProps } from '../lessonRun';
import { useWidgetKit } from '../kit/useWidgetKit';
import { embedPathFor } from '../embedPath';
import { writeRunState } from '@/components/player/urlState';
import shared from '../widgets.module.css';
import styles from './harvest.module.css';

export interface HarvestSideBySideProps extends LessonRunProps {
  /** What each side changes, such as its replicas or its policy. */
  readonly left?: Readonly<Record<string, string | number>>;
  readonly right?: Readonly<Record<string, string | number>>;
  readonly caption?: string;
  readonly charts?: readonly ChartName[];
}

/** "6 × 1, best effort, bounded queues". Pure. */
export function describeSide(params: ParamValues): string {
  const { partitions, replicas } = layoutOf(params);
  const policy = params.policy === 'complete' ? 'complete or fail' : 'best effort';
  return `${partitions} × ${replicas}, ${policy}, ${params.queue} queues`;
}

export function HarvestSideBySide(props: HarvestSideBySideProps) {
  const left = useMemo(
    () => readLessonRun(harvestYield, { ...props, params: { ...props.params, ...props.left } }),
    [props],
  );
  const right = useMemo(
    () => readLessonRun(harvestYield, { ...props, params: { ...props.params, ...props.right } }),
    [props],
  );
  const common = {
    scenario: harvestYield,
    seed: left.seed,
    commands: left.commands,
    ...(left.until === null ? {} : { stopAt: left.until }),
  };
  const [leader, leaderSnapshot] = usePlayer({ ...common, params: left.params });
  const [follower, followerSnapshot] = usePlayer({ ...common, params: right.params });
  useEffect(() => leader.link(follower), [leader, follower]);
  const containerRef = useRef<HTMLDivElement>(null);
  useShortcuts(leader, containerRef);
  const errors = [...new Set([...left.errors, ...right.errors])];
  // The embed shows one run: the left one, which leads.
  const kit = useWidgetKit(containerRef, {
    embedPath: embedPathFor(harvestYield.id),
    runQuery: () =>
      writeRunState(harvestYield, {
        seed: left.seed,
        params: left.params,
        commands: leader.sim.commands,
        t: leader.sim.now,
      }),
    title: props.caption ?? `Left: ${describeSide(left.params)}`,
  });
  const sides = [
    { store: leader, snapshot: leaderSnapshot, params: left.params },
    { store: follower, snapshot: followerSnapshot, params: right.params },
  ];
  return (
    <div ref={containerRef} {...kit.frame} className={`${shared.lesson} ${kit.frame.className}`}>
      <Notice title="This widget's settings have problems" messages={errors} />
      <Transport store={leader} snapshot={leaderSnapshot} />
      <Timeline store={leader} snapshot={leaderSnapshot} />
      <div className={styles.sideBySide}>
        {sides.map(({ store, snapshot, params }, index) => {
          const title = `${index === 0 ? 'Left' : 'Right'}: ${describeSide(params)}`;
          return (
            <section key={title} className={styles.side} aria-label={title}>
              <h3>{title}</h3>
              <HarvestColumn
                store={store}
                snapshot={snapshot}
                title={title}
                seed={left.seed}
                charts={props.charts ?? ['quality']}
              />
            </section>
          );
        })}
      </div>
      {props.caption && <p className={shared.caption}>{props.caption}</p>}
      {kit.toolbar}
    </div>
  );
}
