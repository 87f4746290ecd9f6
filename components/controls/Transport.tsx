'use client';
/**
 * Transport: play/pause, step back and forward, restart, and speed on a log scale from
 * 0.1× to 10×. The clock readout is written through a ref, ten times a second while playing.
 * When the engine cannot keep up with the chosen speed, a polite status line says so once.
 */
import { useEffect, useRef, useState } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { SPEED_MAX, SPEED_MIN } from '@/components/player/PlayerStore';
import { describeTime } from '@/sim/core';
import { useRunGate } from '@/components/lesson/PredictContext';
import { setText } from './setText';
import styles from './controls.module.css';

function formatSpeed(speed: number): string {
  return `${speed < 1 ? speed.toFixed(2) : speed.toFixed(1)}×`;
}

export function Transport({ store, snapshot }: { store: PlayerStore; snapshot: PlayerSnapshot }) {
  const clockRef = useRef<HTMLOutputElement>(null);
  // React renders the clock's first text only; from then on the frame listener alone
  // writes it, into the same text node, so a change lays out that text and nothing more.
  const [firstTime] = useState(() => describeTime(snapshot.now));
  useEffect(
    () =>
      store.onCoarseFrame((sim) => {
        const clock = clockRef.current;
        if (clock) setText(clock, describeTime(sim.now));
      }),
    [store],
  );
  const exponent = Math.log10(snapshot.speed);
  // Inside a lesson's <Predict>: held until the prediction is locked.
  const gate = useRunGate(store);
  return (
    <div className={styles.transport} role="group" aria-label="Playback">
      <button
        ref={gate.playRef}
        type="button"
        className={styles.primary}
        disabled={gate.blocked}
        onClick={() => store.toggle()}
        aria-keyshortcuts="Space"
      >
        {snapshot.playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        onClick={() => store.stepBack()}
        disabled={snapshot.processed === 0}
        aria-keyshortcuts="ArrowLeft PageUp"
      >
        Step back
      </button>
      <button
        type="button"
        onClick={() => store.stepForward()}
        disabled={gate.blocked}
        aria-keyshortcuts="ArrowRight PageDown ."
      >
        Step forward
      </button>
      <button type="button" onClick={() => store.reset()}>
        Restart
      </button>
      <label className={styles.speed}>
        Speed
        <input
          type="range"
          min={Math.log10(SPEED_MIN)}
          max={Math.log10(SPEED_MAX)}
          step={0.05}
          value={exponent}
          aria-valuetext={formatSpeed(snapshot.speed)}
          onChange={(event) => store.setSpeed(Math.pow(10, Number(event.currentTarget.value)))}
        />
        <span className={styles.speedValue}>{formatSpeed(snapshot.speed)}</span>
      </label>
      <span className={styles.clock}>
        t ={' '}
        <output ref={clockRef} aria-label="Virtual time">
          {firstTime}
        </output>
      </span>
      <p role="status" className={styles.slowdown}>
        {snapshot.slowdown !== null &&
          `Running slower than ${formatSpeed(snapshot.speed)}: this device keeps up with about ${formatSpeed(snapshot.slowdown)} at this size.`}
      </p>
    </div>
  );
}
