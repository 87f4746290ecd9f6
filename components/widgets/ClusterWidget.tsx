/**
 * A live cluster inside a lesson. Its props are plain literals so MDX can write them:
 *
 *   <ClusterWidget scenario="failure-detection" params={{ timeout: '1s' }}
 *     commands={[{ at: '3s', type: 'crash', node: 'n3' }]} caption="…" />
 *
 * Keys work while focus is inside it, and "Open in sandbox" carries the exact run over.
 * Each lesson's route gets its widgets from `lessonWidgets(scenario)` in a small client
 * module of its own (components/widgets/lesson/), so it loads only its own scenario.
 */
import { sitePath } from '@/components/sitePath';
import { useMemo, useRef, type ReactNode } from 'react';
import { type Command, type ParamValues, type Scenario } from '@/sim/core';
import { usePlayer } from '@/components/player/usePlayer';
import { useShortcuts } from '@/components/player/useShortcuts';
import { writeRunState } from '@/components/player/urlState';
import { ShareButton } from '@/components/controls/ShareButton';
import { useWidgetKit } from './kit/useWidgetKit';
import { embedPathFor } from './embedPath';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { ClusterStage } from './ClusterStage';
import { Notice } from './Notice';
import { useLinkedHighlight, type LinkedHighlight } from './useLinkedHighlight';
import styles from './widgets.module.css';
import { ErrorBoundary } from './ErrorBoundary';
import { readLessonRun } from './lessonRun';
import type { SandboxView } from './Sandbox';

export interface ClusterWidgetProps {
  readonly scenario: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly commands?: readonly unknown[];
  readonly seed?: number;
  /** Play stops here, e.g. "12s". */
  readonly until?: string;
  readonly caption?: string;
  /** Also draw the run as a space-time diagram, with light cones. */
  readonly spaceTime?: boolean;
}

function useLessonRun(scenario: Scenario, props: ClusterWidgetProps) {
  const { params, commands, until } = props;
  return useMemo(
    () => readLessonRun(scenario, { params, commands, until }),
    [scenario, params, commands, until],
  );
}

/** Draws the run a second way under the cluster, e.g. as a space-time diagram. */
export type DrawBelow = (
  store: PlayerStore,
  snapshot: PlayerSnapshot,
  label: string,
  linked: LinkedHighlight,
) => ReactNode;

function LessonCluster({
  scenario,
  props,
  below,
  extras,
  view,
}: {
  scenario: Scenario;
  props: ClusterWidgetProps;
  below: DrawBelow | undefined;
  extras: DrawBelow | undefined;
  view: SandboxView | undefined;
}) {
  const run = useLessonRun(scenario, props);
  const seed = props.seed ?? 1;
  const [store, snapshot] = usePlayer({
    scenario,
    params: run.params,
    seed,
    commands: run.commands,
    ...(run.until === null ? {} : { stopAt: run.until }),
  });
  const containerRef = useRef<HTMLDivElement>(null);
  useShortcuts(store, containerRef);
  const kit = useWidgetKit(containerRef, {
    embedPath: embedPathFor(scenario.id),
    runQuery: () =>
      writeRunState(scenario, {
        seed,
        params: run.params,
        commands: store.sim.commands,
        t: store.sim.now,
      }),
    title: props.caption ?? scenario.title,
  });
  const linked = useLinkedHighlight(below !== undefined);
  const topology = useMemo(() => view?.topology?.(run.params, seed), [view, run.params, seed]);
  const overlay = view?.overlay;
  const sandboxUrl = (state: { params: ParamValues; commands: readonly Command[]; t: number }) =>
    sitePath(`/play/${scenario.id}/?${writeRunState(scenario, { seed, ...state })}`);
  return (
    <div
      ref={containerRef}
      tabIndex={kit.frame.tabIndex}
      className={`${styles.lesson} ${kit.frame.className}`}
    >
      <Notice title="This widget's settings have problems" messages={run.errors} />
      <ClusterStage
        store={store}
        snapshot={snapshot}
        label={props.caption ?? scenario.title}
        controls
        faults
        narration
        compact
        {...linked}
        {...(topology ? { topology } : {})}
        {...(overlay
          ? {
              overlay: (positions, radius) =>
                overlay(snapshot, positions, radius, run.params, store),
            }
          : {})}
      />
      {below?.(store, snapshot, `${props.caption ?? scenario.title}: space-time diagram`, linked)}
      {extras?.(store, snapshot, props.caption ?? scenario.title, linked)}
      <div className={styles.lessonFooter}>
        {props.caption && <p className={styles.caption}>{props.caption}</p>}
        <a href={sandboxUrl({ params: run.params, commands: snapshot.commands, t: snapshot.now })}>
          Open this run in the sandbox
        </a>
        <ShareButton
          makeUrl={() =>
            new URL(
              sandboxUrl({ params: run.params, commands: store.sim.commands, t: store.sim.now }),
              window.location.href,
            ).href
          }
        />
        {kit.toolbar}
      </div>
    </div>
  );
}

/** What a lesson's cluster draws besides its nodes: see `lessonWidgets`. */
export interface LessonWidgetOptions {
  /** Drawn under every cluster, such as a register's counters and client history. */
  readonly extras?: DrawBelow;
  /** How the sandbox draws this cluster, when that is not a plain ring. */
  readonly view?: SandboxView;
}

/**
 * The widgets a lesson about `scenario` may use: `ClusterWidget`, and `SpaceTimeWidget`
 * when `spaceTime` says how to draw the diagram; `options` add what the scenario's
 * sandbox draws too.
 */
export function lessonWidgets(
  scenario: Scenario,
  spaceTime?: DrawBelow,
  { extras, view }: LessonWidgetOptions = {},
) {
  function ClusterWidget(props: ClusterWidgetProps) {
    const problem =
      props.scenario !== scenario.id
        ? `This lesson's widgets run "${scenario.id}", not "${props.scenario}".`
        : props.spaceTime && !spaceTime
          ? 'This lesson has no space-time diagram.'
          : null;
    if (problem) return <Notice title="Missing widget" messages={[problem]} />;
    return (
      <ErrorBoundary name="This widget">
        <LessonCluster
          scenario={scenario}
          props={props}
          below={props.spaceTime ? spaceTime : undefined}
          extras={extras}
          view={view}
        />
      </ErrorBoundary>
    );
  }
  /** A live cluster with its space-time diagram, for lessons about causality. */
  function SpaceTimeWidget(props: Omit<ClusterWidgetProps, 'spaceTime'>) {
    return <ClusterWidget {...props} spaceTime />;
  }
  return { ClusterWidget, SpaceTimeWidget };
}
