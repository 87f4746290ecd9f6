/**
 * Every link into a sandbox that the lessons, challenges and teacher pages make is built
 * here, so that a sandbox's address is decided in one place.
 */
import { defaultParams, type Micros, type Scenario } from '@/sim/core';
import { writeRunState, type RunState } from '@/components/player/urlState';
import type { Challenge } from '@/sim/challenges/challenge';

/** The query name that opens a sandbox with a challenge's panel. */
export const CHALLENGE_PARAM = 'challenge';

/** `challenge=<id>`, for a sandbox's query string. */
export function challengeQuery(id: string): string {
  return `${CHALLENGE_PARAM}=${encodeURIComponent(id)}`;
}

/** The path of a concept's sandbox, with a query string if given (no leading "?"). */
export function sandboxHref(concept: string, query = ''): string {
  return `/play/${concept}/${query ? `?${query}` : ''}`;
}

/** A run's query string with the challenge it plays, if any. Pure. */
export function runQuery(scenario: Scenario, run: RunState, challenge?: string): string {
  const query = writeRunState(scenario, run);
  return challenge ? `${query}&${challengeQuery(challenge)}` : query;
}

/** The sandbox, fresh, with a challenge's goal beside it. */
export function challengeHref(challenge: Pick<Challenge, 'id' | 'scenario'>): string {
  return sandboxHref(challenge.scenario, challengeQuery(challenge.id));
}

/** A seed and setup for a whole class, or a challenge's solution, as a run. Pure. */
export function runOf(
  scenario: Scenario,
  setup: {
    readonly seed: number;
    readonly params?: RunState['params'];
    readonly commands?: RunState['commands'];
    readonly until?: Micros;
  },
): RunState {
  return {
    seed: setup.seed,
    params: { ...defaultParams(scenario.params), ...setup.params },
    commands: setup.commands ?? [],
    t: setup.until ?? 0,
  };
}

/** The sandbox replaying a challenge's own solution up to where it is solved. */
export function solutionHref(scenario: Scenario, challenge: Challenge): string {
  return sandboxHref(
    challenge.scenario,
    runQuery(scenario, runOf(scenario, challenge.solution), challenge.id),
  );
}
