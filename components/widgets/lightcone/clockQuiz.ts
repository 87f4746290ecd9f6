/**
 * The vector-clock exercise's logic: from a lesson's run to questions whose answers come
 * from the run's own clocks, and the feedback for each choice. Pure, so it is tested
 * without a browser.
 */
import type { ClockOrder } from '@/sim/checkers/causality';
import { Simulation, type Scenario } from '@/sim/core';
import {
  describeShotEvent,
  findShotEvent,
  orderReason,
  shotClocks,
  shotOrder,
  type ShotEvent,
  type ShotEventRef,
} from '@/sim/scenarios/light-cones/shotClocks';
import { readLessonRun, type LessonRunProps } from '../lessonRun';

export interface ClockQuestionSpec {
  readonly a: ShotEventRef;
  readonly b: ShotEventRef;
}

export interface ClockQuestion {
  readonly a: ShotEvent;
  readonly b: ShotEvent;
  readonly aText: string;
  readonly bText: string;
  readonly answer: Choice;
  readonly reason: string;
}

export type Choice = 'before' | 'after' | 'concurrent';
export const CHOICES: readonly Choice[] = ['before', 'after', 'concurrent'];

export function choiceText(choice: Choice): string {
  if (choice === 'before') return 'A happened before B';
  if (choice === 'after') return 'B happened before A';
  return 'Concurrent: neither happened before the other';
}

export interface ClockQuiz {
  readonly hosts: readonly string[];
  readonly questions: readonly ClockQuestion[];
  readonly errors: readonly string[];
}

function refText(ref: ShotEventRef): string {
  return ref.what === 'fires' ? `${ref.node} fires` : `${ref.node} hears ${ref.from}`;
}

/** Runs the lesson's run to its end and reads each question's two events. Pure. */
export function buildClockQuiz(
  scenario: Scenario,
  props: LessonRunProps,
  specs: readonly ClockQuestionSpec[],
): ClockQuiz {
  const run = readLessonRun(scenario, props);
  const sim = new Simulation(scenario, run.params, run.seed, [...run.commands]);
  sim.seek(run.until ?? scenario.maxTime ?? 0);
  const clocks = shotClocks(sim.trace.slice(0, sim.traceEnd), sim.nodeIds);
  const errors = [...run.errors];
  const questions: ClockQuestion[] = [];
  for (const spec of specs) {
    const a = findShotEvent(clocks, spec.a);
    const b = findShotEvent(clocks, spec.b);
    const missing = [a ? null : spec.a, b ? null : spec.b].filter((ref) => ref !== null);
    if (!a || !b) {
      errors.push(`This run has no event "${missing.map(refText).join('" or "')}".`);
      continue;
    }
    const order: ClockOrder = shotOrder(a, b);
    if (order === 'equal') {
      errors.push(`"${refText(spec.a)}" and "${refText(spec.b)}" are one event.`);
      continue;
    }
    questions.push({
      a,
      b,
      aText: describeShotEvent(a),
      bText: describeShotEvent(b),
      answer: order,
      reason: orderReason(clocks.hosts, a, b),
    });
  }
  return { hosts: clocks.hosts, questions, errors };
}

/** What a wrong choice misses, before the reason the clocks give. Pure. */
export function wrongChoiceText(chosen: Choice, answer: Choice): string {
  if (answer === 'concurrent')
    return 'Not quite: earlier in time is not the same as before. Nothing carried news from one to the other.';
  if (chosen === 'concurrent')
    return 'Not quite: a chain of messages does link them, even if no single message does.';
  return 'Not quite: it is the other way round.';
}
