'use client';
/** Zoom, clock labels, and the "what can a node know" mode: real buttons and a select. */
import { useId, type RefObject } from 'react';
import type { ClockLabels } from './drawing/scene';
import type { SpaceTimeRenderer } from './drawing/renderer';
import styles from './spacetime.module.css';

interface Props {
  readonly renderer: RefObject<SpaceTimeRenderer | null>;
  readonly hosts: readonly string[];
  readonly clockLabels: ClockLabels;
  readonly onClockLabels: (labels: ClockLabels) => void;
  readonly knowing: boolean;
  readonly onKnowing: (knowing: boolean) => void;
  readonly knower: string;
  readonly onKnower: (host: string) => void;
}

export function SpaceTimeToolbar(props: Props) {
  const { renderer, clockLabels, onClockLabels, knowing } = props;
  const nodeId = useId();
  const toggle = (labels: Exclude<ClockLabels, null>) =>
    onClockLabels(clockLabels === labels ? null : labels);
  return (
    <div className={styles.toolbar} role="group" aria-label="Diagram controls">
      <div className={styles.group}>
        <button type="button" className={styles.button} onClick={() => renderer.current?.zoomIn()}>
          Zoom in
        </button>
        <button type="button" className={styles.button} onClick={() => renderer.current?.zoomOut()}>
          Zoom out
        </button>
        <button type="button" className={styles.button} onClick={() => renderer.current?.fit()}>
          Fit
        </button>
      </div>
      <div className={styles.group}>
        <button
          type="button"
          className={styles.button}
          aria-pressed={clockLabels === 'vector'}
          onClick={() => toggle('vector')}
        >
          Show vector clocks
        </button>
        <button
          type="button"
          className={styles.button}
          aria-pressed={clockLabels === 'lamport'}
          onClick={() => toggle('lamport')}
        >
          Show Lamport clocks
        </button>
      </div>
      <div className={styles.group}>
        <button
          type="button"
          className={styles.button}
          aria-pressed={knowing}
          onClick={() => props.onKnowing(!knowing)}
        >
          Show what a node can know
        </button>
        <label htmlFor={nodeId} className={styles.fieldLabel}>
          Node
        </label>
        <select id={nodeId} value={props.knower} onChange={(e) => props.onKnower(e.target.value)}>
          {props.hosts.map((host) => (
            <option key={host} value={host}>
              {host}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
