'use client';
/**
 * The embeddable widget: no site chrome, `theme=light|dark`, `controls=0|1`, the run in
 * the URL, keyboard and clicker control, and the postMessage API (see embedApi.ts).
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Scenario } from '@/sim/core';
import { usePlayer } from '@/components/player/usePlayer';
import { useShortcuts } from '@/components/player/useShortcuts';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { Transport } from '@/components/controls/Transport';
import { Timeline } from '@/components/controls/Timeline';
import { ClusterStage } from './ClusterStage';
import { Notice } from './Notice';
import { useLinkedHighlight, type LinkedHighlight } from './useLinkedHighlight';
import { useInitialRun } from './useUrlRun';
import { embedRange, readEmbedOptions } from './embedOptions';
import { useEmbedApi } from './useEmbedApi';
import { useBeats, useUrlBeats } from './useBeats';
import type { SandboxView } from './Sandbox';
import styles from './widgets.module.css';
import slide from './slide.module.css';
import { ErrorBoundary } from './ErrorBoundary';

export function Embed({
  scenario,
  search,
  below,
  view,
}: {
  scenario: Scenario;
  search: string;
  /** Drawn under the cluster from the same run, such as a space-time diagram. */
  below?: (store: PlayerStore, snapshot: PlayerSnapshot, linked: LinkedHighlight) => ReactNode;
  /** A cluster that is not a ring, what to draw over it; `below` beside it, for a wide slide. */
  view?: SandboxView & {
    readonly columns?: boolean;
    /**
     * A landscape 16:9 slide: laid out at least 1200 px wide (EmbedFit scales that to
     * the frame), the second view taking the larger column.
     */
    readonly slide?: boolean;
  };
}) {
  const initial = useInitialRun(scenario, search);
  const [options] = useState(() => readEmbedOptions(new URLSearchParams(search)));
  const { state } = initial;
  const [range] = useState(() => embedRange(scenario, state.t, options));
  const { startAt, stopAt } = range;
  const [store, snapshot] = usePlayer({
    scenario,
    params: state.params,
    seed: state.seed,
    commands: state.commands,
    startAt,
    ...(stopAt === null ? {} : { stopAt }),
  });
  useShortcuts(store, 'window');
  const urlBeats = useUrlBeats(scenario, search);
  const beats = useBeats(store, urlBeats.beats, startAt, 'window');
  useEmbedApi(store, snapshot, scenario, options.origin, beats);
  const linked = useLinkedHighlight(below !== undefined);
  const topology = useMemo(
    () => view?.topology?.(state.params, state.seed),
    [view, state.params, state.seed],
  );
  const overlay = view?.overlay;
  const columns = view?.columns === true;
  useEffect(() => {
    if (options.theme) document.documentElement.dataset.theme = options.theme;
  }, [options.theme]);
  return (
    <main className={view?.slide ? `${styles.embed} ${slide.slide}` : styles.embed}>
      <Notice
        title="Some settings could not be used"
        messages={[...initial.errors, ...options.errors, ...range.errors, ...urlBeats.errors]}
      />
      <div
        className={columns ? (view?.slide ? slide.slideColumns : styles.embedColumns) : undefined}
      >
        <ClusterStage
          store={store}
          snapshot={snapshot}
          label={`${scenario.title} cluster`}
          controls={options.controls && !columns}
          faults={options.controls}
          narration={options.controls}
          {...(view?.slide ? { narrationLines: 2 } : {})}
          {...linked}
          {...(topology ? { topology } : {})}
          {...(overlay
            ? {
                overlay: (positions, radius) =>
                  overlay(snapshot, positions, radius, state.params, store),
              }
            : {})}
        />
        <div>
          {/* Beside a wide cluster, the transport heads the second column so both fit a slide. */}
          {columns && options.controls && (
            <>
              <Transport store={store} snapshot={snapshot} />
              <Timeline store={store} snapshot={snapshot} />
            </>
          )}
          {below && (
            <ErrorBoundary name="This view">{below(store, snapshot, linked)}</ErrorBoundary>
          )}
        </div>
      </div>
    </main>
  );
}
