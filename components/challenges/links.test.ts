/**
 * Links into sandboxes: a challenge's link opens it fresh, and a solution's link is a run
 * the sandbox reads back exactly, with the challenge named beside it.
 */
import { describe, expect, it } from 'vitest';
import { challenges } from '@/sim/challenges';
import { findScenario } from '@/sim/scenarios';
import { readRunState } from '@/components/player/urlState';
import { challengeHref, runOf, sandboxHref, solutionHref } from './links';
import { pickChallenge } from './pickChallenge';

describe('sandbox links', () => {
  it('put the concept in the path and the run in the query', () => {
    expect(sandboxHref('cap')).toBe('/play/cap/');
    expect(sandboxHref('cap', 'seed=2')).toBe('/play/cap/?seed=2');
    expect(challengeHref({ id: 'cap-both-ways', scenario: 'cap' })).toBe(
      '/play/cap/?challenge=cap-both-ways',
    );
  });

  it('replay each solution exactly, and name its challenge', () => {
    for (const challenge of challenges) {
      const scenario = findScenario(challenge.scenario)!;
      const href = solutionHref(scenario, challenge);
      expect(href.startsWith(`/play/${challenge.scenario}/?`), challenge.id).toBe(true);
      const query = new URLSearchParams(href.split('?')[1]);
      const { state, errors } = readRunState(scenario, query);
      expect(errors, challenge.id).toEqual([]);
      expect(state, challenge.id).toEqual(runOf(scenario, challenge.solution));
      const scenarioChallenges = challenges.filter((c) => c.scenario === challenge.scenario);
      expect(pickChallenge(query.toString(), scenarioChallenges).challenge).toBe(challenge);
    }
  });
});

describe('pickChallenge', () => {
  const own = challenges.filter((c) => c.scenario === 'failure-detection');
  it('opens without a challenge when none is asked for', () => {
    expect(pickChallenge('seed=3', own)).toEqual({ challenge: null, errors: [] });
  });

  it('names an unknown or foreign id, briefly, and opens without one', () => {
    for (const id of ['cap-both-ways', 'nope', 'x'.repeat(5000), '<script>']) {
      const { challenge, errors } = pickChallenge(`challenge=${encodeURIComponent(id)}`, own);
      expect(challenge).toBeNull();
      expect(errors).toHaveLength(1);
      expect(errors[0]!.length).toBeLessThan(300);
      expect(errors[0]).toContain('is not a challenge of this sandbox');
    }
  });

  it('takes the last of two', () => {
    expect(pickChallenge('challenge=nope&challenge=fd-false-alarm', own).challenge?.id).toBe(
      'fd-false-alarm',
    );
  });
});
