'use client';
/**
 * Runs the PBS calculator in a Web Worker and follows it: progress while it runs, then
 * the result. A new run or a cancel terminates the worker that is busy (a run is one
 * synchronous loop that no message can interrupt) and the next run starts a fresh one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PbsInput, PbsResult, TradeoffRow } from '@/sim/pbs/calculate';
import type { RunRequest, WorkerReply } from './pbsMessages';

export type PbsRunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly fraction: number }
  | { readonly status: 'cancelled' }
  | { readonly status: 'error'; readonly message: string }
  | {
      readonly status: 'done';
      readonly input: PbsInput;
      readonly result: PbsResult;
      readonly table: readonly TradeoffRow[];
    };

export interface PbsRun {
  readonly state: PbsRunState;
  /** The last finished run, kept on screen while a newer one runs or after a cancel. */
  readonly last: Extract<PbsRunState, { status: 'done' }> | null;
  /** Starts a run; `table: false` skips the trade-off table (it costs N² more runs). */
  run(input: PbsInput, options?: { readonly table?: boolean }): void;
  cancel(): void;
}

export function usePbsRun(): PbsRun {
  const [state, setState] = useState<PbsRunState>({ status: 'idle' });
  const [last, setLast] = useState<PbsRun['last']>(null);
  const worker = useRef<Worker | null>(null);
  const current = useRef(0);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => stop, [stop]);

  const run = useCallback(
    (input: PbsInput, options?: { readonly table?: boolean }) => {
      stop();
      const id = ++current.current;
      let created: Worker;
      try {
        created = new Worker(new URL('./pbs.worker.ts', import.meta.url));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setState({ status: 'error', message: `This browser could not start a worker: ${reason}` });
        return;
      }
      worker.current = created;
      created.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.id !== current.current) return;
        switch (reply.type) {
          case 'progress':
            setState({ status: 'running', fraction: reply.fraction });
            break;
          case 'result': {
            const done = {
              status: 'done',
              input,
              result: reply.result,
              table: reply.table,
            } as const;
            setState(done);
            setLast(done);
            stop();
            break;
          }
          case 'error':
            setState({ status: 'error', message: reply.message });
            stop();
            break;
        }
      };
      created.onerror = (event) => {
        if (id !== current.current) return;
        setState({ status: 'error', message: event.message || 'The calculation stopped.' });
        stop();
      };
      setState({ status: 'running', fraction: 0 });
      created.postMessage({
        type: 'run',
        id,
        input,
        ...(options?.table === false ? { table: false } : {}),
      } satisfies RunRequest);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    current.current++;
    stop();
    setState({ status: 'cancelled' });
  }, [stop]);

  return { state, last, run, cancel };
}
