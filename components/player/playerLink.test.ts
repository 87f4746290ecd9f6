import { describe, expect, it } from 'vitest';
import { defaultParams, Simulation, US_PER_S } from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { PlayerLink } from './playerLink';

const S = US_PER_S;

/** A player reduced to what a link sees of it: a run, and counts of what it was asked. */
function player(name: string) {
  const sim = new Simulation(failureDetector, defaultParams(failureDetector.params), 1, []);
  const seen = { draws: 0, publishes: [] as boolean[], cancels: 0, forks: 0 };
  const link: PlayerLink<string> = new PlayerLink({
    player: name,
    sim: () => sim,
    cancelSeek: () => seen.cancels++,
    advance: (target, budget) => sim.advance(target, budget.events),
    forked: () => seen.forks++,
    draw: () => seen.draws++,
    publish: (jumped) => seen.publishes.push(jumped),
  });
  return { sim, seen, link };
}

describe('PlayerLink', () => {
  it('brings a follower to the leader’s instant and names its leader until unlinked', () => {
    const leader = player('cp');
    const follower = player('ap');
    leader.sim.seek(2 * S);
    const unlink = leader.link.add(follower.link);
    expect(follower.sim.now).toBe(2 * S);
    expect(follower.link.leader).toBe('cp');
    expect(leader.link.leader).toBeNull();
    expect(follower.seen).toMatchObject({ cancels: 1, draws: 1, publishes: [true] });
    unlink();
    expect(follower.link.leader).toBeNull();
    leader.link.publish(false);
    expect(follower.seen.publishes).toEqual([true]);
  });

  it('gives followers the leader’s commands and forks at its instant', () => {
    const leader = player('cp');
    const follower = player('ap');
    leader.link.add(follower.link);
    leader.sim.seek(1 * S);
    leader.link.atLeaderTime((sim) => sim.issue({ type: 'crash', node: 'n2' }));
    expect(follower.sim.commands).toEqual([{ at: 1 * S + 1, type: 'crash', node: 'n2' }]);
    follower.sim.seek(3 * S);
    leader.link.fork();
    expect(follower.sim.now).toBe(1 * S);
    expect(follower.seen.forks).toBe(1);
  });

  it('keeps followers at the leader’s time when drawn, except during a seek in slices', () => {
    const leader = player('cp');
    const follower = player('ap');
    leader.link.add(follower.link);
    leader.sim.seek(2 * S);
    leader.link.draw(true);
    expect(follower.sim.now).toBe(0);
    leader.link.draw(false);
    expect(follower.sim.now).toBe(2 * S);
    expect(follower.seen.draws).toBe(3);
  });

  it('advances leader then followers to the leader’s time, sharing the budget', () => {
    const leader = player('cp');
    const follower = player('ap');
    leader.link.add(follower.link);
    expect(leader.link.advance(1 * S, { ms: Infinity, events: Infinity })).toBe(true);
    expect(follower.sim.now).toBe(1 * S);
    expect(leader.link.advance(60 * S, { ms: Infinity, events: 10 })).toBe(false);
    expect(follower.sim.now).toBe(leader.sim.now);
  });
});
