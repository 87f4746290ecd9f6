import { describe, expect, it } from 'vitest';
import { read, write, historyOf, type Verdict } from '@/sim/checkers/linearizability';
import {
  IDLE,
  isGrowthOf,
  reduceVerdict,
  type VerdictEvent,
  type VerdictState,
} from './verdictState';
import { verdictStatus, verdictText } from '@/components/viz/history/verdictText';

const YES: Verdict = { linearizable: true };
const NO: Verdict = {
  linearizable: false,
  key: null,
  ops: [1],
  explanation: 'Process 2 read 0 after 1 was written.',
  longestPrefix: [0],
  unplaced: [1],
};

function run(events: VerdictEvent[], from: VerdictState = IDLE): VerdictState {
  return events.reduce(reduceVerdict, from);
}

describe('reduceVerdict', () => {
  it('withdraws the verdict at once when the history is replaced', () => {
    const state = run([
      { type: 'start', id: 1, grew: false },
      { type: 'verdict', id: 1, verdict: NO, count: 2 },
      { type: 'start', id: 2, grew: false },
    ]);
    expect(state).toMatchObject({ status: 'checking', id: 2, previous: null });
    expect(verdictText(state, 100_000)).toBe('Checking 100000 operations…');
    expect(verdictStatus(state)).toBe('pending');
  });

  it('never shows an answer about an earlier history', () => {
    const state = run([
      { type: 'start', id: 1, grew: false },
      { type: 'start', id: 2, grew: false },
      { type: 'verdict', id: 1, verdict: YES, count: 100_000 },
      { type: 'progress', id: 1, progress: { done: 5, total: 10 } },
      { type: 'failed', id: 1, reason: 'old' },
    ]);
    expect(state).toMatchObject({ status: 'checking', id: 2, progress: null, previous: null });
  });

  it('keeps a verdict about a shorter version of a growing history, with its own count', () => {
    const state = run([
      { type: 'start', id: 1, grew: false },
      { type: 'start', id: 2, grew: true },
      { type: 'start', id: 3, grew: true },
      { type: 'verdict', id: 1, verdict: YES, count: 57 },
    ]);
    expect(state).toMatchObject({ status: 'checking', id: 3, previous: { count: 57 } });
    expect(verdictText(state, 60)).toBe(
      'Linearizable: the first 57 of 60 operations fit one order.',
    );
    const done = reduceVerdict(state, { type: 'verdict', id: 3, verdict: NO, count: 60 });
    expect(verdictText(done, 60)).toMatch(/^Not linearizable\. /);
  });

  it('says "could not decide" on a failure and keeps no verdict', () => {
    const state = run([
      { type: 'start', id: 1, grew: false },
      { type: 'verdict', id: 1, verdict: YES, count: 3 },
      { type: 'start', id: 2, grew: true },
      { type: 'failed', id: 2, reason: 'Array buffer allocation failed' },
    ]);
    expect(state).toEqual({ status: 'failed', id: 2, reason: 'Array buffer allocation failed' });
    expect(verdictText(state, 4)).toBe('Could not decide: Array buffer allocation failed');
  });

  it('cancels only a running check', () => {
    const checking = run([{ type: 'start', id: 4, grew: false }, { type: 'cancel' }]);
    expect(checking).toEqual({ status: 'cancelled', id: 4 });
    expect(verdictText(checking, 9)).toBe('Not checked: the check was cancelled.');
    const done = run([
      { type: 'start', id: 4, grew: false },
      { type: 'verdict', id: 4, verdict: YES, count: 2 },
      { type: 'cancel' },
    ]);
    expect(done.status).toBe('done');
  });
});

describe('isGrowthOf', () => {
  const base = historyOf([write(0, 1, 0, 5), read(1, 1, 6, null, { status: 'info' })]);

  it('is growth when operations are added or finish', () => {
    const finished = historyOf([write(0, 1, 0, 5), read(1, 1, 6, 9)]);
    expect(isGrowthOf(base, finished)).toBe(true);
    expect(isGrowthOf(base, historyOf([...base.ops, write(2, 2, 10, 12)]))).toBe(true);
    expect(isGrowthOf(base, base)).toBe(true);
  });

  it('is not growth when operations go away or change', () => {
    expect(isGrowthOf(base, historyOf([base.ops[0]!]))).toBe(false);
    expect(isGrowthOf(base, historyOf([write(0, 2, 0, 5), base.ops[1]!]))).toBe(false);
    expect(isGrowthOf(base, { ...base, init: 3 })).toBe(false);
    expect(isGrowthOf(base, { ...base, model: 'register' })).toBe(false);
  });
});
