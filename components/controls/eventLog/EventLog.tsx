'use client';
/**
 * The event log: every narrated event of the run so far, each with its virtual time, in
 * trace order, scrollable back to the start of the run. It is not a live region (the
 * narration beside it is): it is read at the reader's pace. At most WINDOW lines are built
 * at once; the buttons page through the rest.
 */
import { useEffect, useRef, useState } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { EventIndex, logTime, logWindow, WINDOW } from './eventIndex';
import styles from './eventLog.module.css';

const STEP = WINDOW / 2;

export function EventLog({ store, snapshot }: { store: PlayerStore; snapshot: PlayerSnapshot }) {
  // One per log; a new run (another trace) makes it start over by itself.
  const [index] = useState(() => new EventIndex());
  /** The first line shown, or null to follow the run. */
  const [start, setStart] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // Reading the trace here is safe: it only grows between snapshots, and a fork moves its epoch.
  index.sync(store.sim.trace);
  const count = index.countBefore(snapshot.traceEnd);
  const { from, to } = logWindow(count, start);
  const lines = index.lines(from, to);
  const following = start === null || to === count;
  const last = lines.length > 0 ? lines[lines.length - 1]!.index : -1;

  // While following, keep the newest line in view (inside the box, not the page).
  useEffect(() => {
    const list = listRef.current;
    if (list && following) list.scrollTop = list.scrollHeight;
  }, [following, last]);

  return (
    <section className={styles.eventLog} aria-label="Event log">
      <div className={styles.head}>
        <h3 className={styles.title}>Event log</h3>
        <span className={styles.count}>
          {count === 0
            ? 'no events yet'
            : `${count.toLocaleString('en')} event${count === 1 ? '' : 's'}` +
              (from > 0 || to < count ? `, showing ${from + 1}–${to}` : '')}
        </span>
      </div>
      {(from > 0 || to < count) && (
        <div className={styles.pager} role="group" aria-label="Event log pages">
          <button type="button" disabled={from === 0} onClick={() => setStart(0)}>
            Start of the run
          </button>
          <button
            type="button"
            disabled={from === 0}
            onClick={() => setStart(Math.max(0, from - STEP))}
          >
            Earlier events
          </button>
          <button
            type="button"
            disabled={following}
            onClick={() => setStart(from + STEP + WINDOW >= count ? null : from + STEP)}
          >
            Later events
          </button>
          <button type="button" disabled={following} onClick={() => setStart(null)}>
            Latest
          </button>
        </div>
      )}
      <ol
        ref={listRef}
        className={styles.lines}
        tabIndex={0}
        aria-label={`Events ${from + 1} to ${to} of ${count}`}
      >
        {lines.length === 0 ? (
          <li className={styles.empty}>
            Events such as suspicions, crashes and partitions appear here.
          </li>
        ) : (
          lines.map((line) => (
            <li key={line.index}>
              <time className={styles.time}>{logTime(line.at)}</time> {line.text}
            </li>
          ))
        )}
      </ol>
    </section>
  );
}
