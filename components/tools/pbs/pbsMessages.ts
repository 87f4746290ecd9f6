/**
 * The messages between the PBS calculator page and its Web Worker. The page starts a run
 * with `run`; the worker answers with `progress` as trials complete, then `result` (or
 * `error`). Cancelling terminates the worker: a run is one synchronous loop, so no message
 * could reach it before it ends.
 */
import type { PbsInput, PbsResult, TradeoffRow } from '@/sim/pbs/calculate';

export interface RunRequest {
  readonly type: 'run';
  readonly id: number;
  readonly input: PbsInput;
  /** Whether to compute the (R, W) trade-off table too (default true); a chart alone skips it. */
  readonly table?: boolean;
}

export type WorkerReply =
  | { readonly type: 'progress'; readonly id: number; readonly fraction: number }
  | {
      readonly type: 'result';
      readonly id: number;
      readonly result: PbsResult;
      readonly table: readonly TradeoffRow[];
    }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
