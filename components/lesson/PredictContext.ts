'use client';
/**
 * How a widget inside a <Predict> takes part in it. The transport calls `useRunGate` with
 * its run: from then on the run is held until the prediction is locked, pauses at the
 * deciding moment, and its Play button is where focus goes after locking. The timeline
 * calls `useDecidingMarker` to draw the moment once reached. Outside a <Predict> both do
 * nothing, so sandboxes and embeds are untouched.
 */
import { createContext, useContext, useEffect, useRef, type RefCallback } from 'react';
import type { Micros } from '@/sim/core';
import type { GatedRun, GateState, PredictGate } from './predictGate';

export interface PredictContextValue {
  readonly gate: PredictGate;
  readonly state: GateState;
  readonly choices: readonly string[];
  readonly answer: number;
  readonly reasons: readonly (string | null | undefined)[];
  /** The label of the deciding moment on the timeline. */
  readonly marker: string;
  /** Called with each Play button of a gated run (null when it goes). */
  readonly playRef: RefCallback<HTMLButtonElement>;
}

export const PredictContext = createContext<PredictContextValue | null>(null);

export interface RunGate {
  /** True while the learner has not locked a prediction: the run must not start. */
  readonly blocked: boolean;
  /** For the run's Play button, so locking a prediction can move focus to it. */
  readonly playRef: RefCallback<HTMLButtonElement> | undefined;
}

const OPEN: RunGate = { blocked: false, playRef: undefined };

/** Gates `run` by the <Predict> around it, if any. Call once per run, from its transport. */
export function useRunGate(run: GatedRun): RunGate {
  const context = useContext(PredictContext);
  const gate = context?.gate;
  useEffect(() => gate?.attach(run), [gate, run]);
  return useRunGateState(context);
}

export interface DecidingMarker {
  readonly at: Micros;
  readonly label: string;
}

/** The deciding moment of `run`, once the run has reached it; else null. */
export function useDecidingMarker(run: GatedRun): DecidingMarker | null {
  const context = useContext(PredictContext);
  if (!context || context.state.phase !== 'decided' || context.state.runs === 0) return null;
  const at = context.gate.decidingMoment(run);
  return at === null ? null : { at, label: context.marker };
}

/** Whether the learner has locked no prediction yet, for controls that are not Play. */
export function useRunBlocked(): boolean {
  return useContext(PredictContext)?.state.phase === 'choosing';
}

export interface TriggerGate extends RunGate {
  /** Call when the widget has shown its result: the prediction is decided. */
  readonly reached: () => void;
}

/**
 * For a widget with no timeline, such as a button that runs an experiment at once: held
 * until the prediction is locked (`blocked`), decided when it calls `reached`.
 */
export function useTriggerGate(): TriggerGate {
  const context = useContext(PredictContext);
  const gate = context?.gate;
  const trigger = useRef<{ reached: () => void } | null>(null);
  useEffect(() => {
    if (!gate) return;
    const attached = gate.attachTrigger();
    trigger.current = attached;
    return () => {
      attached.detach();
      trigger.current = null;
    };
  }, [gate]);
  const run = useRunGateState(context);
  return { ...run, reached: () => trigger.current?.reached() };
}

function useRunGateState(context: PredictContextValue | null): RunGate {
  if (!context) return OPEN;
  return { blocked: context.state.phase === 'choosing', playRef: context.playRef };
}
