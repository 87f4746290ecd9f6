'use client';
/**
 * Checks a history given as text (pasted, opened, or an example): the worker parses it
 * and then checks it, so even a 100,000-operation file leaves the page responsive. Each
 * new text replaces the last at once: the old verdict is withdrawn and its check stopped.
 */
import { useCallback, useReducer, useRef, useState } from 'react';
import type { History } from '@/sim/checkers/linearizability';
import { nextJobId } from './checkerClient';
import { describeFailure } from './checkerProtocol';
import { IDLE, reduceVerdict } from './verdictState';
import { eventOfReply, useCheckerClient, type VerdictControl } from './useVerdict';

export interface HistoryCheck extends VerdictControl {
  /** The parsed history, or null before one is read. */
  readonly history: History | null;
  /** What is wrong with the text, if it could not be read. */
  readonly errors: readonly string[];
  /** Checks text, or text still being read (a file): the old verdict goes at once. */
  readonly submit: (text: string | Promise<string>) => void;
}

export function useHistoryCheck(): HistoryCheck {
  const [state, dispatch] = useReducer(reduceVerdict, IDLE);
  const [parsed, setParsed] = useState<{ history: History | null; errors: readonly string[] }>({
    history: null,
    errors: [],
  });
  const current = useRef(0);
  const text = useRef('');
  const client = useCheckerClient((reply) => {
    if (reply.id !== current.current) return;
    if (reply.type === 'parsed') setParsed({ history: reply.history, errors: [] });
    if (reply.type === 'invalid') {
      setParsed({ history: null, errors: reply.errors });
      dispatch({ type: 'clear' });
    }
    const event = eventOfReply(reply);
    if (event) dispatch(event);
  });

  const submit = useCallback(
    (source: string | Promise<string>) => {
      const id = nextJobId();
      current.current = id;
      client.current?.cancel();
      setParsed({ history: null, errors: [] });
      dispatch({ type: 'start', id, grew: false });
      Promise.resolve(source).then(
        (loaded) => {
          if (current.current !== id || !client.current) return;
          text.current = loaded;
          client.current.submit({ type: 'parse-and-check', text: loaded }, true, id);
        },
        (error: unknown) => {
          if (current.current === id)
            dispatch({
              type: 'failed',
              id,
              reason: `the file could not be read: ${describeFailure(error)}`,
            });
        },
      );
    },
    [client],
  );
  const cancel = useCallback(() => {
    current.current = 0;
    client.current?.cancel();
    dispatch({ type: 'cancel' });
  }, [client]);
  const retry = useCallback(() => submit(text.current), [submit]);
  return { state, cancel, retry, submit, ...parsed };
}
