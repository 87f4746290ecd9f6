/**
 * Every challenge, in lesson order. Lesson pages, teacher pages and tests read this; a
 * sandbox imports only its own scenario's challenges, so that it does not carry the
 * others' checkers.
 */
import { capRegisterChallenges } from '@/sim/scenarios/cap/challenges';
import { failureDetectorChallenges } from '@/sim/scenarios/failure-detection/challenges';
import { harvestYieldChallenges } from '@/sim/scenarios/harvest-yield/challenges';
import { mutualVisibilityChallenges } from '@/sim/scenarios/light-cones/challenges';
import { quorumKvChallenges } from '@/sim/scenarios/quorums/challenges';
import type { Challenge } from './challenge';

export type { Challenge, ChallengeSolution } from './challenge';

export const challenges: readonly Challenge[] = [
  ...failureDetectorChallenges,
  ...mutualVisibilityChallenges,
  ...capRegisterChallenges,
  ...quorumKvChallenges,
  ...harvestYieldChallenges,
];

export function findChallenge(id: string): Challenge | undefined {
  return challenges.find((challenge) => challenge.id === id);
}

/** A lesson's challenges, in the order they are set. */
export function lessonChallenges(lesson: string): readonly Challenge[] {
  return challenges.filter((challenge) => challenge.lesson === lesson);
}
