/**
 * A lesson widget's run from its MDX props: parameters over the defaults, a command log
 * with times such as "2s", and where play stops. Anything unusable is named and
 * replaced by a safe value, so a typo in a lesson shows a notice, not a broken page.
 */
import {
  type Command,
  defaultParams,
  type Micros,
  type ParamValues,
  parseDuration,
  parseParams,
  readCommands,
  type Scenario,
} from '@/sim/core';

export interface LessonRunProps {
  readonly params?: Readonly<Record<string, string | number>>;
  readonly commands?: readonly unknown[];
  readonly seed?: number;
  /** Play stops here, e.g. "12s". */
  readonly until?: string;
}

export interface LessonRun {
  readonly params: ParamValues;
  readonly commands: readonly Command[];
  readonly seed: number;
  readonly until: Micros | null;
  readonly errors: readonly string[];
}

/** Reads the props. Pure. */
export function readLessonRun(scenario: Scenario, props: LessonRunProps): LessonRun {
  const parsed = parseParams(scenario.params, props.params ?? {});
  const misfits = scenario.check?.(parsed.values) ?? [];
  const params = misfits.length > 0 ? defaultParams(scenario.params) : parsed.values;
  const read = readCommands(props.commands ?? [], {
    nodes: scenario.nodes(params),
    params: scenario.params,
  });
  const until = props.until === undefined ? null : parseDuration(props.until);
  return {
    params,
    commands: read.ok ? read.commands : [],
    seed: props.seed ?? 1,
    until,
    errors: [
      ...parsed.errors,
      ...misfits.map((misfit) => `${misfit}; using the defaults`),
      ...(read.ok ? [] : read.errors),
      ...(props.until !== undefined && until === null
        ? [`until: "${props.until}" is not a time such as "8s"; no limit`]
        : []),
    ],
  };
}
