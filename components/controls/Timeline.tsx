'use client';
/**
 * Timeline: a scrubber over virtual time (it seeks, back or forward), ticks for the
 * commands in the log, and Fork, which forgets everything after the current moment.
 */
import { useEffect, useRef } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { describeTime, US_PER_S } from '@/sim/core';
import { DecidingLabel, DecidingTick } from '@/components/lesson/DecidingMarker';
import { useRunBlocked } from '@/components/lesson/PredictContext';
import { RunPlan } from './RunPlan';
import styles from './controls.module.css';

/** The scrubber always spans at least this much, so a new run has room to move. */
const MIN_SPAN = 10 * US_PER_S;

export function Timeline({ store, snapshot }: { store: PlayerStore; snapshot: PlayerSnapshot }) {
  const inputRef = useRef<HTMLInputElement>(null);
  // A run with an end (a lesson's `until`) spans exactly to it.
  const span = Math.max(store.stopAt ?? MIN_SPAN, snapshot.horizon);
  const blocked = useRunBlocked();
  useEffect(
    () =>
      store.onCoarseFrame((sim) => {
        const input = inputRef.current;
        if (input && document.activeElement !== input) {
          input.value = String(sim.now);
          input.setAttribute('aria-valuetext', describeTime(sim.now));
        }
      }),
    [store],
  );
  const future =
    snapshot.now < snapshot.horizon ||
    snapshot.commands.some((command) => command.at > snapshot.now);
  return (
    <>
      <div className={styles.timeline} role="group" aria-label="Timeline">
        <div className={styles.track}>
          <input
            ref={inputRef}
            type="range"
            aria-label="Time"
            min={0}
            max={span}
            step={1000}
            defaultValue={snapshot.now}
            disabled={blocked}
            aria-valuetext={describeTime(snapshot.now)}
            onChange={(event) => store.seek(Number(event.currentTarget.value))}
          />
          <div className={styles.ticks} aria-hidden="true">
            {snapshot.commands.map((command, index) => (
              <span
                key={`${command.at}-${index}`}
                className={styles.tick}
                style={{ left: `${(command.at / span) * 100}%` }}
                title={`${command.type} at ${describeTime(command.at)}`}
              />
            ))}
            <DecidingTick run={store} span={span} />
          </div>
        </div>
        <span className={styles.horizon}>of {describeTime(span)}</span>
        <button
          type="button"
          onClick={() => store.fork()}
          disabled={!future || blocked}
          title="Forget every command and event after this moment, and carry on from here"
        >
          Fork here
        </button>
      </div>
      <DecidingLabel run={store} />
      <RunPlan store={store} snapshot={snapshot} />
    </>
  );
}
