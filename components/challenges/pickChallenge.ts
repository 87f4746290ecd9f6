/**
 * Which challenge a sandbox's link asks for (`?challenge=<id>`), among the sandbox's own.
 * An id that is not one of them is named in a short message, and the sandbox opens
 * without a challenge. Pure.
 */
import type { Challenge } from '@/sim/challenges/challenge';
import { clipText } from '@/sim/core';
import { CHALLENGE_PARAM } from './links';

export function pickChallenge(
  search: string,
  challenges: readonly Challenge[],
): { challenge: Challenge | null; errors: string[] } {
  const ids = new URLSearchParams(search).getAll(CHALLENGE_PARAM);
  const id = ids.at(-1);
  if (id === undefined) return { challenge: null, errors: [] };
  const challenge = challenges.find((candidate) => candidate.id === id) ?? null;
  if (challenge) return { challenge, errors: [] };
  const known = challenges.map((candidate) => candidate.id).join(', ');
  return {
    challenge: null,
    errors: [
      `${CHALLENGE_PARAM}: "${clipText(id, 40)}" is not a challenge of this sandbox${known ? ` (its challenges: ${known})` : ''}; opening without one`,
    ],
  };
}
