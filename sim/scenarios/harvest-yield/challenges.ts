/**
 * The harvest and yield lesson's challenges (Fox and Brewer, HotOS 1999): when part of
 * the data is out of reach, a service either answers with less (harvest pays) or fails
 * some queries (yield pays). The checkers read the front end's settled queries, as the
 * meters do (meters.ts).
 */
import { makeChecker, type Challenge } from '@/sim/challenges/challenge';
import { US_PER_S, type Micros } from '@/sim/core/time';
import { QueryLog } from './meters';
import { harvestYield } from './scenario';

const S = US_PER_S;
const LESSON = 'harvest-yield';
const SCENARIO = harvestYield.id;
/** How long the trade must hold, from the first query that paid for it. */
export const HOLD: Micros = S;

/**
 * A checker that follows the settled queries and is solved once `cost` (a partial
 * answer, or a failed query) has been paid for `HOLD` while `spared` (the other kind)
 * has never happened.
 */
function tradeChecker(pays: 'harvest' | 'yield') {
  const log = new QueryLog();
  let firstPaid: Micros | null = null;
  let spoiled = false;
  let done = false;
  return makeChecker(
    ['invoke', 'complete'],
    (entry) => {
      const before = log.harvest.length;
      log.take(entry);
      if (log.harvest.length === before) return;
      const harvest = log.harvest[before]!;
      const at = log.doneAt[before]!;
      const failed = harvest < 0;
      const partial = harvest >= 0 && harvest < 1;
      if (pays === 'harvest' ? failed : partial) spoiled = true;
      if ((pays === 'harvest' ? partial : failed) && firstPaid === null) firstPaid = at;
      if (!spoiled && firstPaid !== null && at - firstPaid >= HOLD) done = true;
    },
    () => done,
  );
}

const harvestPays: Challenge = {
  id: 'hy-harvest-pays',
  scenario: SCENARIO,
  lesson: LESSON,
  title: 'Less data, every answer',
  goal: 'Lose harvest but keep yield at 100 %: for at least a second, answers hold less than all the data, and no query has failed in the run.',
  hint: 'Take a machine away, and let the front end answer with whatever arrives in time. Keep the load within what the rest can serve.',
  solution: {
    seed: 1,
    params: { replicas: 1, load: 50 },
    commands: [{ at: 2 * S, type: 'crash', node: 'n1' }],
    until: 5 * S,
    explain:
      'With one replica per partition and a light load (50 queries a second), crash n1 at 2 s: its partition is gone, so every answer holds five sixths of the data, and every query is still answered.',
  },
  checker: () => tradeChecker('harvest'),
};

const yieldPays: Challenge = {
  id: 'hy-yield-pays',
  scenario: SCENARIO,
  lesson: LESSON,
  title: 'All the data, or nothing',
  goal: 'Lose yield but keep harvest at 100 %: for at least a second, some queries fail, and every answer in the run holds all the data.',
  hint: 'The answer policy decides what a query that is missing a partition gets.',
  solution: {
    seed: 1,
    params: { replicas: 1, load: 50, policy: 'complete' },
    commands: [{ at: 2 * S, type: 'crash', node: 'n1' }],
    until: 5 * S,
    explain:
      'With one replica per partition, the complete-or-fail policy and a light load, crash n1 at 2 s: every query needs its partition, so every query fails, and nothing partial is ever returned.',
  },
  checker: () => tradeChecker('yield'),
};

export const harvestYieldChallenges: readonly Challenge[] = [harvestPays, yieldPays];
