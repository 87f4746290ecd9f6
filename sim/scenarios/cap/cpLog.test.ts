/**
 * Raft's rules as pure handlers: votes, log repair, and the commit rule. Each test builds
 * a node's context directly and feeds it one message.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams } from '@/sim/core/params';
import type { Effect } from '@/sim/core/node';
import { onRequestVote } from './cpElection';
import type { AppendEntriesBody } from './cpMessages';
import { onAppendEntries } from './cpReplication';
import { majorityIndex, type LogEntry } from './cpState';
import { capRegisterParams } from './params';
import { initialContext } from './registerContext';
import { withCp, type RegisterContext } from './registerTypes';

const entry = (term: number, value: number): LogEntry => ({ term, key: 'x', value });

function node(id: string, log: readonly LogEntry[], term: number): RegisterContext {
  const peers = ['n1', 'n2', 'n3', 'n4', 'n5'].filter((peer) => peer !== id);
  const context = initialContext({ id, peers, params: defaultParams(capRegisterParams) });
  return withCp(context, { log, term });
}

const sent = (effects: readonly Effect[]) =>
  effects.flatMap((effect) => (effect.type === 'send' ? [effect.body] : []));

describe('Raft votes', () => {
  it('grants one vote per term, only to a candidate at least as up to date', () => {
    const voter = node('n2', [entry(1, 1), entry(2, 2)], 2);
    const ask = (lastIndex: number, lastTerm: number) =>
      ({ type: 'requestVote', preVote: false, term: 3, lastIndex, lastTerm }) as const;
    const behind = onRequestVote(voter, 'n1', ask(5, 1), 0);
    expect(sent(behind.effects)).toEqual([expect.objectContaining({ granted: false, term: 3 })]);
    const current = onRequestVote(behind.context, 'n3', ask(2, 2), 0);
    expect(sent(current.effects)).toEqual([expect.objectContaining({ granted: true })]);
    expect(current.context.cp.votedFor).toBe('n3');
    const again = onRequestVote(current.context, 'n4', ask(9, 2), 0);
    expect(sent(again.effects)).toEqual([expect.objectContaining({ granted: false })]);
  });

  it('answers a poll without changing its term or vote, and says no while it hears a leader', () => {
    const voter = withCp(node('n2', [], 1), { leader: 'n1', leaderHeardAt: 1_000_000 });
    const poll = {
      type: 'requestVote',
      preVote: true,
      term: 2,
      lastIndex: 0,
      lastTerm: 0,
    } as const;
    const early = onRequestVote(voter, 'n3', poll, 1_500_000);
    expect(sent(early.effects)).toEqual([
      expect.objectContaining({ granted: false, preVote: true }),
    ]);
    const late = onRequestVote(voter, 'n3', poll, 2_500_000);
    expect(sent(late.effects)).toEqual([expect.objectContaining({ granted: true, preVote: true })]);
    expect(late.context.cp).toMatchObject({ term: 1, votedFor: null, leader: null });
  });
});

describe('Raft log replication', () => {
  const append = (body: Partial<AppendEntriesBody>): AppendEntriesBody => ({
    type: 'appendEntries',
    term: 3,
    prevIndex: 0,
    prevTerm: 0,
    entries: [],
    commit: 0,
    round: 1,
    ...body,
  });

  it('refuses entries that do not follow its log, hinting where to back up to', () => {
    const follower = node('n2', [entry(1, 1), entry(2, 2), entry(2, 3)], 2);
    const step = onAppendEntries(follower, 'n1', append({ prevIndex: 3, prevTerm: 3 }), 0);
    // Index 3 holds term 2, whose first entry is at 2: the leader should resend from 2.
    expect(sent(step.effects)).toEqual([expect.objectContaining({ success: false, match: 1 })]);
  });

  it('overwrites a conflicting suffix and advances its commit index', () => {
    const follower = node('n2', [entry(1, 1), entry(2, 2), entry(2, 3)], 2);
    const body = append({ prevIndex: 1, prevTerm: 1, entries: [entry(3, 7)], commit: 2 });
    const step = onAppendEntries(follower, 'n1', body, 0);
    expect(step.context.cp.log).toEqual([entry(1, 1), entry(3, 7)]);
    expect(step.context.cp).toMatchObject({ commitIndex: 2, leader: 'n1', term: 3 });
    expect(sent(step.effects)).toEqual([expect.objectContaining({ success: true, match: 2 })]);
  });

  it('ignores a late, shorter copy of entries it already has', () => {
    const follower = node('n2', [entry(3, 1), entry(3, 2)], 3);
    const step = onAppendEntries(follower, 'n1', append({ entries: [entry(3, 1)] }), 0);
    expect(step.context.cp.log).toEqual([entry(3, 1), entry(3, 2)]);
  });

  it('commits by counting only entries of the current term (Figure 8)', () => {
    const leader = withCp(node('n1', [entry(1, 1), entry(2, 2)], 3), {
      role: 'leader',
      matchIndex: { n2: 2, n3: 2 },
    });
    expect(majorityIndex(leader.cp, leader.peers, 3)).toBe(0);
    const withOwn = withCp(leader, {
      log: [...leader.cp.log, entry(3, 3)],
      matchIndex: { n2: 3, n3: 3 },
    });
    expect(majorityIndex(withOwn.cp, withOwn.peers, 3)).toBe(3);
  });
});
