'use client';
/**
 * The full sandbox for one scenario: every control, the run in the URL, and keyboard
 * control on the whole page.
 */
import { useCallback, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { type ParamValue, type ParamValues, type Scenario, type Micros } from '@/sim/core';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { usePlayer } from '@/components/player/usePlayer';
import { useShortcuts } from '@/components/player/useShortcuts';
import type { RunState } from '@/components/player/urlState';
import { PartitionPanel } from '@/components/controls/PartitionPanel';
import { ParamsPanel } from '@/components/controls/ParamsPanel';
import { ShareButton } from '@/components/controls/ShareButton';
import type { ClusterTopology, Point } from '@/components/viz/layout';
import { ClusterStage } from './ClusterStage';
import { SpaceTimeView } from '@/components/viz/spacetime';
import { Notice } from './Notice';
import { useLinkedHighlight } from './useLinkedHighlight';
import { currentQuery, useInitialRun, useSyncUrl } from './useUrlRun';
import { useBeats, useUrlBeats } from './useBeats';
import { EmbedCodeButton } from './embedCode/EmbedCodeButton';
import { usePresenter } from './presenter/usePresenter';
import { PresenterButton } from './presenter/PresenterButton';
import { ExportMenu } from './export/ExportMenu';
import presenterStyles from './presenter/presenter.module.css';
import { embedPathFor } from './embedPath';
import styles from './widgets.module.css';
import { ErrorBoundary } from './ErrorBoundary';
import type { Challenge } from '@/sim/challenges/challenge';
import { ChallengePanel } from '@/components/challenges/ChallengePanel';
import { challengeQuery } from '@/components/challenges/links';
import { pickChallenge } from '@/components/challenges/pickChallenge';

/**
 * How a scenario's sandbox differs from the common one: a cluster that is not a ring,
 * what to draw over its nodes, and whether the space-time diagram is shown (a busy
 * service sends thousands of messages a second, which the meters show better).
 */
export interface SandboxView {
  readonly topology?: (params: ParamValues, seed: number) => ClusterTopology;
  readonly overlay?: (
    snapshot: PlayerSnapshot,
    positions: ReadonlyMap<string, Point>,
    radius: number,
    params: ParamValues,
    /** The run, for overlays drawn on every frame. */
    store: PlayerStore,
  ) => ReactNode;
  readonly spaceTime?: boolean;
}

/** Panels a scenario's sandbox adds below the common ones, such as the CAP history. */
export interface ExtrasProps {
  readonly store: PlayerStore;
  readonly snapshot: PlayerSnapshot;
}

function SandboxRun({
  scenario,
  run,
  onRestart,
  Extras,
  view,
  beats,
  challenge,
}: {
  scenario: Scenario;
  run: RunState;
  challenge: Challenge | null;
  beats: { beats: readonly Micros[]; query: string };
  onRestart: (params: ParamValues, seed: number) => void;
  Extras: ComponentType<ExtrasProps> | undefined;
  view: SandboxView | undefined;
}) {
  const [store, snapshot] = usePlayer({
    scenario,
    params: run.params,
    seed: run.seed,
    commands: run.commands,
    startAt: run.t,
  });
  useShortcuts(store, 'window');
  useBeats(store, beats.beats, 0, 'window');
  const presenterRef = useRef<HTMLDivElement>(null);
  const presenter = usePresenter(presenterRef);
  const [base] = useState(() => ({ seed: run.seed, params: run.params }));
  // The address bar keeps the beats and the challenge beside the run.
  const extra = [beats.query, challenge ? challengeQuery(challenge.id) : '']
    .filter(Boolean)
    .join('&');
  useSyncUrl(scenario, store, snapshot, base, extra);
  const linked = useLinkedHighlight();
  const topology = useMemo(() => view?.topology?.(run.params, run.seed), [view, run]);
  const overlay = view?.overlay;
  // Stable, so the memoised parameters panel skips the coarse snapshots.
  const onLiveChange = useCallback(
    (name: string, value: ParamValue) => store.issue({ type: 'param', name, value }),
    [store],
  );
  return (
    <div
      ref={presenterRef}
      tabIndex={-1}
      className={`${styles.sandbox} ${presenter.on ? presenterStyles.presenter : ''}`}
    >
      <div className={styles.main}>
        <ClusterStage
          store={store}
          snapshot={snapshot}
          label={`${scenario.title} cluster`}
          controls
          faults
          narration
          {...linked}
          {...(topology ? { topology } : {})}
          {...(overlay
            ? {
                overlay: (positions, radius) =>
                  overlay(snapshot, positions, radius, run.params, store),
              }
            : {})}
        />
        {view?.spaceTime !== false && (
          <ErrorBoundary name="The space-time diagram">
            <SpaceTimeView
              store={store}
              snapshot={snapshot}
              label={`${scenario.title}: space-time diagram`}
              {...linked}
            />
          </ErrorBoundary>
        )}
        {Extras && (
          <ErrorBoundary name="This panel">
            <Extras store={store} snapshot={snapshot} />
          </ErrorBoundary>
        )}
      </div>
      <div className={styles.side}>
        {challenge && (
          <ChallengePanel challenge={challenge} scenario={scenario} store={store} base={base} />
        )}
        <PartitionPanel store={store} snapshot={snapshot} />
        <ParamsPanel
          schema={scenario.params}
          values={store.sim.paramsNow}
          seed={run.seed}
          onLiveChange={onLiveChange}
          onRestart={onRestart}
        />
        <section className={styles.sharePanel} aria-label="Share">
          <button
            type="button"
            className={styles.download}
            onClick={async () => {
              // The run as it is now; the exporter loads only when someone asks for it.
              const { trace, traceEnd, world } = store.sim;
              const { exportShiViz, shiVizFileName } =
                await import('@/components/tools/exportShiViz');
              const text = exportShiViz(trace, traceEnd, world.nodeIds);
              const link = document.createElement('a');
              link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
              link.download = shiVizFileName(scenario.id, run.seed);
              link.click();
              URL.revokeObjectURL(link.href);
            }}
          >
            Download as a ShiViz log
          </button>
          <ShareButton
            makeUrl={() =>
              `${window.location.origin}${window.location.pathname}?${currentQuery(scenario, store, base)}`
            }
          />
          <PresenterButton {...presenter} />
          <ExportMenu root={presenterRef} />
          {embedPathFor(scenario.id) && (
            <EmbedCodeButton
              embedPath={embedPathFor(scenario.id)!}
              runQuery={() => currentQuery(scenario, store, base)}
              title={scenario.title}
            />
          )}
          <p className={styles.muted}>
            Keys: Space plays or pauses; → or PageDown steps forward; ← or PageUp steps back; Home
            restarts.
          </p>
        </section>
      </div>
    </div>
  );
}

export function Sandbox({
  scenario,
  search,
  extras,
  view,
  challenges = [],
}: {
  scenario: Scenario;
  search: string;
  extras?: ComponentType<ExtrasProps>;
  view?: SandboxView;
  /** The scenario's challenges, any of which `?challenge=<id>` opens beside the run. */
  challenges?: readonly Challenge[];
}) {
  const initial = useInitialRun(scenario, search);
  const [picked] = useState(() => pickChallenge(search, challenges));
  const urlBeats = useUrlBeats(scenario, search);
  const [run, setRun] = useState<{ state: RunState; key: number }>({
    state: initial.state,
    key: 0,
  });
  const [misfits, setMisfits] = useState<string[]>([]);
  return (
    <>
      <Notice
        title="Some settings in the link could not be used"
        messages={[...initial.errors, ...urlBeats.errors, ...picked.errors]}
      />
      <Notice title="These settings do not fit together" messages={misfits} />
      <ErrorBoundary name="The sandbox">
        <SandboxRun
          key={run.key}
          scenario={scenario}
          run={run.state}
          Extras={extras}
          view={view}
          beats={urlBeats}
          challenge={picked.challenge}
          onRestart={(params, seed) => {
            // Settings that do not fit together are named, and the run keeps its own.
            const problems = scenario.check?.(params) ?? [];
            setMisfits(problems);
            if (problems.length > 0) return;
            setRun((previous) => ({
              state: { seed, params, commands: [], t: 0 },
              key: previous.key + 1,
            }));
          }}
        />
      </ErrorBoundary>
    </>
  );
}
