/**
 * The one way a node machine runs a pure handler: the handler returns the next context
 * and the effects to emit, and this XState action assigns the one and emits the others,
 * in order. Handlers stay plain functions, testable without a machine.
 */
import { enqueueActions, type EventObject, type MachineContext } from 'xstate';
import type { Effect } from './node';

export interface HandlerStep<TContext> {
  readonly context: TContext;
  readonly effects: readonly Effect[];
}

/** An XState action that runs `handler` on the machine's context and event. */
export function stepAction<TContext extends MachineContext, TEvent extends EventObject>(
  handler: (context: TContext, event: TEvent) => HandlerStep<TContext>,
) {
  return enqueueActions<TContext, TEvent, undefined, TEvent, never, never, never, never, Effect>(
    ({ context, event, enqueue }) => {
      const step = handler(context, event);
      if (step.context !== context) enqueue.assign(() => step.context);
      for (const effect of step.effects) enqueue.emit(effect);
    },
  );
}
