/**
 * Runs the PBS calculator off the main thread: the WARS trials in chunks, reporting
 * progress after each, then the (R, W) trade-off table cell by cell.
 */
import {
  summarize,
  tradeoffRow,
  tradeoffTrials,
  warsConfigOf,
  type TradeoffRow,
} from '@/sim/pbs/calculate';
import { startWars } from '@/sim/pbs/wars';
import type { RunRequest, WorkerReply } from './pbsMessages';

/** Trials between progress reports: about 50 ms of work. */
const CHUNK = 50_000;

function post(reply: WorkerReply): void {
  self.postMessage(reply);
}

self.onmessage = (event: MessageEvent<RunRequest>) => {
  const { id, input } = event.data;
  const cells = event.data.table === false ? 0 : input.n;
  try {
    const config = warsConfigOf(input);
    const cellTrials = tradeoffTrials(input.n, input.trials);
    const total = input.trials + cellTrials * cells * cells;
    const run = startWars(config);
    while (!run.advance(CHUNK)) post({ type: 'progress', id, fraction: run.done / total });
    const result = summarize(run.finish(), input);
    const table: TradeoffRow[] = [];
    const base = { ...config, trials: cellTrials };
    for (let r = 1; r <= cells; r++) {
      for (let w = 1; w <= cells; w++) {
        table.push(tradeoffRow(base, r, w));
        post({
          type: 'progress',
          id,
          fraction: (input.trials + table.length * cellTrials) / total,
        });
      }
    }
    post({ type: 'result', id, result, table });
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};
