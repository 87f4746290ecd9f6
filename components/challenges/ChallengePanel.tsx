'use client';
/**
 * A challenge beside its sandbox: the goal, a hint, and the simulation's verdict. The run
 * is checked as it grows, from the trace, on the player's coarse frames (a few a second
 * while playing); React state changes only when the verdict does. Once solved, the panel
 * says so in a polite live region, records it in this browser's progress, and offers a
 * link that replays the solving run and opens with it solved.
 */
import { useEffect, useId, useState } from 'react';
import { timeout, type Timer } from 'd3-timer';
import type { PlayerStore } from '@/components/player/PlayerStore';
import type { RunState } from '@/components/player/urlState';
import { ShareButton } from '@/components/controls/ShareButton';
import { recordChallenge, useProgress } from '@/components/progress/useProgress';
import { ChallengeReader, type Challenge } from '@/sim/challenges/challenge';
import { commandsUpTo, describeTime, type Scenario } from '@/sim/core';
import { runQuery } from './links';
import styles from './challenges.module.css';

/** Trace entries read per slice: a few milliseconds of work for the costliest checkers. */
const SLICE = 20_000;

interface Solved {
  /** The query string that replays the run up to the moment it was solved. */
  readonly query: string;
  readonly at: number;
}

export function ChallengePanel({
  challenge,
  scenario,
  store,
  base,
}: {
  challenge: Challenge;
  scenario: Scenario;
  store: PlayerStore;
  base: Pick<RunState, 'seed' | 'params'>;
}) {
  const [solved, setSolved] = useState<Solved | null>(null);
  const { progress } = useProgress();
  const before = progress.challenges.includes(challenge.id);
  const headingId = useId();

  useEffect(() => {
    const reader = new ChallengeReader(challenge, base.params);
    let done = false;
    let more: Timer | null = null;
    // A slice at a time, so that a long run opened far along keeps the page responsive;
    // what is left is read on the next tick.
    const check = () => {
      const sim = store.sim;
      if (done) return;
      if (reader.read(sim.trace, sim.traceEnd, SLICE)) {
        done = true;
        const at = sim.trace.at(reader.solvedAt!)!.at;
        const run = { ...base, commands: commandsUpTo(sim.commands, at), t: at };
        setSolved({ query: runQuery(scenario, run, challenge.id), at });
        recordChallenge(challenge.id);
      } else if (!reader.caughtUp(sim.traceEnd))
        more ??= timeout(() => {
          more = null;
          check();
        });
    };
    const stop = store.onCoarseFrame(check);
    return () => {
      stop();
      more?.stop();
    };
  }, [challenge, scenario, store, base]);

  return (
    <section
      aria-labelledby={headingId}
      className={`${styles.panel} ${solved ? styles.solved : ''}`}
    >
      <h2 id={headingId}>Challenge: {challenge.title}</h2>
      <p>{challenge.goal}</p>
      <details>
        <summary>A hint</summary>
        <p>{challenge.hint}</p>
      </details>
      <p role="status" aria-live="polite" className={styles.status}>
        {solved ? `Solved at ${describeTime(solved.at)}: the simulation confirms it.` : ''}
      </p>
      {solved ? (
        <>
          <p>
            <a href={`?${solved.query}`}>Link to this solution</a>: it replays this run to the
            moment it was solved.
          </p>
          <ShareButton
            label="Share solution"
            makeUrl={() => `${window.location.origin}${window.location.pathname}?${solved.query}`}
          />
        </>
      ) : (
        <p className={styles.muted}>
          Not solved yet: the simulation checks the run as it plays.
          {before ? ' You have solved this one before, in this browser.' : ''}
        </p>
      )}
    </section>
  );
}
