'use client';
/**
 * The linearizability verdict for a history, checked in a worker (see CheckerClient).
 * When the history only grows, the last verdict stays on screen, with the number of
 * operations it covers, until the next one arrives; any other change withdraws it at
 * once. The view can cancel a check and start it again.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { History } from '@/sim/checkers/linearizability';
import { CheckerClient } from './checkerClient';
import type { CheckerReply } from './checkerProtocol';
import {
  IDLE,
  isGrowthOf,
  reduceVerdict,
  type VerdictEvent,
  type VerdictState,
} from './verdictState';

export interface VerdictControl {
  readonly state: VerdictState;
  readonly cancel: () => void;
  readonly retry: () => void;
}

/** The verdict event a worker reply stands for, if any. Pure. */
export function eventOfReply(reply: CheckerReply): VerdictEvent | null {
  switch (reply.type) {
    case 'progress':
      return { type: 'progress', id: reply.id, progress: reply.progress };
    case 'verdict':
      return { type: 'verdict', id: reply.id, verdict: reply.verdict, count: reply.count };
    case 'failed':
      return { type: 'failed', id: reply.id, reason: reply.reason };
    case 'parsed':
    case 'invalid':
      return null;
  }
}

/** A CheckerClient for the component's lifetime, replies going to `onReply`. */
export function useCheckerClient(onReply: (reply: CheckerReply) => void) {
  const client = useRef<CheckerClient | null>(null);
  const handler = useRef(onReply);
  useEffect(() => {
    handler.current = onReply;
  });
  useEffect(() => {
    const created = new CheckerClient((reply) => handler.current(reply));
    client.current = created;
    return () => {
      created.dispose();
      if (client.current === created) client.current = null;
    };
  }, []);
  return client;
}

export function useVerdict(history: History): VerdictControl {
  const [state, dispatch] = useReducer(reduceVerdict, IDLE);
  const client = useCheckerClient((reply) => {
    const event = eventOfReply(reply);
    if (event) dispatch(event);
  });
  const last = useRef<History | null>(null);

  const start = useCallback(
    (grew: boolean) => {
      const current = last.current;
      if (!client.current || !current) return;
      const id = client.current.submit({ type: 'check', history: current }, !grew);
      dispatch({ type: 'start', id, grew });
    },
    [client],
  );

  useEffect(() => {
    const previous = last.current;
    last.current = history;
    if (history.ops.length === 0) {
      client.current?.cancel();
      dispatch({ type: 'clear' });
      return;
    }
    start(previous !== null && isGrowthOf(previous, history));
  }, [history, client, start]);

  const cancel = useCallback(() => {
    client.current?.cancel();
    dispatch({ type: 'cancel' });
  }, [client]);
  const retry = useCallback(() => start(false), [start]);
  return { state, cancel, retry };
}
