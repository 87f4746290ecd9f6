'use client';
/**
 * `/embed/cap`: CP and AP side by side, for slides. Same URL-state contract as every
 * widget (seed, parameters, log, t) plus the embed options, and the same postMessage API,
 * driven through the CP run that leads.
 */
import { useEffect, useState } from 'react';
import type { Scenario } from '@/sim/core';
import { Notice } from '../Notice';
import { embedRange, readEmbedOptions } from '../embedOptions';
import { useInitialRun } from '../useUrlRun';
import { useUrlBeats } from '../useBeats';
import { CapPair } from './CapSideBySide';
import styles from '../widgets.module.css';
import slideStyles from '../slide.module.css';
import { ErrorBoundary } from '../ErrorBoundary';

export function CapEmbed({ scenario, search }: { scenario: Scenario; search: string }) {
  const initial = useInitialRun(scenario, search);
  const [options] = useState(() => readEmbedOptions(new URLSearchParams(search)));
  useEffect(() => {
    if (options.theme) document.documentElement.dataset.theme = options.theme;
  }, [options.theme]);
  const { state } = initial;
  const [range] = useState(() => embedRange(scenario, state.t, options));
  const urlBeats = useUrlBeats(scenario, search);
  const ap = state.params.mode === 'ap-siblings' ? 'ap-siblings' : 'ap-lww';
  return (
    <main className={`${styles.embed} ${slideStyles.slide}`}>
      <Notice
        title="Some settings could not be used"
        messages={[...initial.errors, ...options.errors, ...range.errors, ...urlBeats.errors]}
      />
      <ErrorBoundary name="The widget">
        <CapPair
          scenario={scenario}
          run={{
            params: state.params,
            commands: state.commands,
            seed: state.seed,
            startAt: range.startAt,
            stopAt: range.stopAt,
          }}
          ap={ap}
          keys="window"
          embedOrigin={options.origin}
          controls={options.controls}
          beats={urlBeats.beats}
          slide
        />
      </ErrorBoundary>
    </main>
  );
}
