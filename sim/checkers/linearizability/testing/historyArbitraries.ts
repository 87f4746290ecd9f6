/**
 * fast-check generators of register histories, for property tests. Test support only:
 * nothing outside tests imports this.
 *
 * The main generator runs operations against a real register per key, step i taking
 * effect at instant i * SPACING inside its [call, return] interval, so every history it
 * makes is linearizable by construction; `mutateOperation` then breaks one operation.
 */
import fc from 'fast-check';
import type { History, Model, Operation, Value } from '../history';

export const VALUES = [0, 1, 2, 3] as const;
const FUNCTIONS_BY_MODEL: Record<Model, readonly Operation['f'][]> = {
  register: ['read', 'write'],
  'cas-register': ['read', 'write', 'cas'],
};
/** Linearization instants are this far apart. */
const SPACING = 100;

export type Outcome = 'ok' | 'fail' | 'info-applied' | 'info-lost';

/** One operation to run: what it does, whether it takes effect, how wide its interval is. */
export interface Step {
  readonly key: string;
  readonly f: Operation['f'];
  readonly value: number;
  readonly to: number;
  readonly outcome: Outcome;
  readonly neverReturns: boolean;
  readonly slackBefore: number;
  readonly slackAfter: number;
}

export const stepArbitrary = (
  model: Model,
  outcomes: readonly Outcome[],
  slackMax: number,
): fc.Arbitrary<Step> =>
  fc.record({
    key: fc.constantFrom('a', 'b'),
    f: fc.constantFrom(...FUNCTIONS_BY_MODEL[model]),
    value: fc.constantFrom(...VALUES),
    to: fc.constantFrom(...VALUES),
    outcome: fc.constantFrom(...outcomes),
    neverReturns: fc.boolean(),
    slackBefore: fc.integer({ min: 0, max: slackMax }),
    slackAfter: fc.integer({ min: 0, max: slackMax }),
  });

/**
 * Runs the steps against one register per key, step i taking effect at instant
 * i * SPACING, inside its [call, return] interval. Pure.
 */
export function runSteps(steps: readonly Step[], model: Model, init: Value): History {
  const state = new Map<string, Value>();
  const ops = steps.map((step, index): Operation => {
    const instant = index * SPACING;
    const current = state.has(step.key) ? (state.get(step.key) ?? null) : init;
    const applied = step.outcome === 'ok' || step.outcome === 'info-applied';
    const status = step.outcome === 'ok' ? 'ok' : step.outcome === 'fail' ? 'fail' : 'info';
    const ret = status === 'info' && step.neverReturns ? null : instant + step.slackAfter;
    const base = {
      process: index,
      key: step.key,
      call: instant - step.slackBefore,
      return: ret,
      status,
    } as const;
    switch (step.f) {
      case 'read':
        return { ...base, f: 'read', value: status === 'ok' ? current : step.value };
      case 'write':
        if (applied) state.set(step.key, step.value);
        return { ...base, f: 'write', value: step.value };
      case 'cas': {
        const swaps = applied && current === step.value;
        if (swaps) state.set(step.key, step.to);
        const result = status === 'ok' ? swaps : null;
        return { ...base, f: 'cas', value: [step.value, step.to], result };
      }
    }
  });
  return { model, init, ops: ops.sort((a, b) => a.call - b.call) };
}

/** Changes one operation's observed value or outcome, which may break linearizability. */
export function mutateOperation(history: History, which: number, value: number): History {
  if (history.ops.length === 0) return history;
  const index = which % history.ops.length;
  const ops = history.ops.map((op, i): Operation => {
    if (i !== index) return op;
    const returned = { status: 'ok', return: op.return ?? op.call + 1 } as const;
    if (op.f === 'read') return { ...op, ...returned, value: op.value === value ? null : value };
    if (op.f === 'cas') {
      return { ...op, ...returned, result: op.status === 'ok' ? !op.result : value % 2 === 0 };
    }
    return { ...op, ...returned, value };
  });
  return { ...history, ops };
}

export const initialValues = fc.constantFrom<Value>(null, ...VALUES);
const ALL_OUTCOMES: readonly Outcome[] = ['ok', 'ok', 'ok', 'fail', 'info-applied', 'info-lost'];

/** Concurrent linearizable histories of up to `length` steps, with any outcomes. */
export const concurrentHistories = (length: number): fc.Arbitrary<History> =>
  fc
    .tuple(
      fc.array(stepArbitrary('cas-register', ALL_OUTCOMES, 250), { maxLength: length }),
      initialValues,
    )
    .map(([steps, init]) => runSteps(steps, 'cas-register', init));

/** Concurrent histories of up to `length` steps with one operation changed. */
export const mutatedHistories = (length: number): fc.Arbitrary<History> =>
  fc
    .tuple(concurrentHistories(length), fc.nat(), fc.constantFrom(...VALUES))
    .map(([history, which, value]) => mutateOperation(history, which, value));

/**
 * Arbitrary small histories, not produced by a register, over a short time range so
 * that calls and returns often share a timestamp.
 */
export const arbitraryHistories = (length: number): fc.Arbitrary<History> => {
  const value = fc.constantFrom<Value>(null, 0, 1, 2);
  const operation: fc.Arbitrary<Operation> = fc
    .record({
      f: fc.constantFrom<Operation['f']>('read', 'write', 'cas'),
      key: fc.constantFrom('a', 'b'),
      value,
      to: value,
      result: fc.boolean(),
      status: fc.constantFrom<Operation['status']>('ok', 'ok', 'ok', 'fail', 'info'),
      call: fc.integer({ min: 0, max: 12 }),
      duration: fc.integer({ min: 0, max: 6 }),
      neverReturns: fc.boolean(),
    })
    .map(({ f, key, value, to, result, status, call, duration, neverReturns }) => {
      const base = { process: 0, key, call, status };
      const ret = status === 'info' && neverReturns ? null : call + duration;
      if (f === 'cas') {
        return {
          ...base,
          f,
          value: [value, to] as const,
          result: status === 'ok' ? result : null,
          return: ret,
        };
      }
      return { ...base, f, value, return: ret };
    });
  return fc
    .tuple(fc.array(operation, { maxLength: length }), value)
    .map(([ops, init]): History => ({ model: 'cas-register', init, ops }));
};
