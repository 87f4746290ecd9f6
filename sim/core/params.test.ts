/**
 * Parameters from URLs and --param flags: good values are read, bad ones get a message
 * naming the parameter, the value and the allowed range, and the default is kept.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { failureDetectorParams } from '@/sim/scenarios/failure-detection/scenario';
import {
  defaultParams,
  formatParam,
  parseParam,
  parseParams,
  typedParams,
  type ParamSchema,
} from './params';
import { US_PER_MS, US_PER_S } from './time';

const schema: ParamSchema = failureDetectorParams;
const defaults = defaultParams(schema);

describe('parseParams', () => {
  it('starts from every default', () => {
    expect(parseParams(schema, {})).toEqual({ values: defaults, errors: [] });
    expect(defaults).toEqual({
      nodes: 5,
      heartbeat: 500 * US_PER_MS,
      timeout: 1500 * US_PER_MS,
      latency: 'exponential',
      mean: 120 * US_PER_MS,
      loss: 0,
    });
  });

  it('reads good values of each kind', () => {
    const { values, errors } = parseParams(schema, {
      nodes: '7',
      heartbeat: '250ms',
      timeout: '2000', // a bare number for a duration means milliseconds
      latency: 'pareto-mix',
      mean: '1.5s',
      loss: '0.25',
    });
    expect(errors).toEqual([]);
    expect(values).toEqual({
      nodes: 7,
      heartbeat: 250 * US_PER_MS,
      timeout: 2 * US_PER_S,
      latency: 'pareto-mix',
      mean: 1.5 * US_PER_S,
      loss: 0.25,
    });
  });

  it('rejects nodes=banana with a specific message and keeps the default', () => {
    expect(parseParams(schema, { nodes: 'banana' })).toEqual({
      values: defaults,
      errors: ['nodes: "banana" is not a whole number (expected 3 to 100); using 5'],
    });
  });

  it('rejects values out of range, naming the range, and keeps the defaults', () => {
    const { values, errors } = parseParams(schema, {
      nodes: '120',
      heartbeat: '10ms',
      loss: '0.95',
      mean: '3s',
    });
    expect(values).toEqual(defaults);
    expect(errors).toEqual([
      'nodes: "120" is out of range (expected 3 to 100); using 5',
      'heartbeat: "10ms" is out of range (expected 50ms to 5s); using 500ms',
      'loss: "0.95" is out of range (expected 0 to 0.9); using 0',
      'mean: "3s" is out of range (expected 1ms to 2s); using 120ms',
    ]);
  });

  it('rejects malformed values of each kind', () => {
    const { values, errors } = parseParams(schema, {
      nodes: '4.5',
      timeout: 'a while',
      loss: '',
      latency: 'gaussian',
    });
    expect(values).toEqual(defaults);
    expect(errors).toEqual([
      'nodes: "4.5" is not a whole number (expected 3 to 100); using 5',
      'timeout: "a while" is not a duration such as "250ms" or "2s" (units: us, µs, ms, s or m) (expected 100ms to 10s); using 1500ms',
      'loss: "" is not a number (expected 0 to 0.9); using 0',
      'latency: "gaussian" is not one of the choices (expected constant, uniform, exponential, normal, pareto-mix); using exponential',
    ]);
  });

  it('names an unknown parameter, lists the known ones, and keeps good ones beside it', () => {
    const { values, errors } = parseParams(schema, { colour: 'red', nodes: '3' });
    expect(values).toEqual({ ...defaults, nodes: 3 });
    expect(errors).toEqual([
      'Unknown parameter "colour"; known: nodes, heartbeat, timeout, latency, mean, loss',
    ]);
  });

  it('accepts both ends of a range', () => {
    expect(parseParams(schema, { nodes: '3', loss: '0.9', heartbeat: '5s' }).errors).toEqual([]);
  });
});

describe('formatParam', () => {
  it('writes every value so that parseParam reads it back', () => {
    const samples: Record<string, (number | string)[]> = {
      nodes: [3, 9],
      heartbeat: [50 * US_PER_MS, 1234 * US_PER_MS, 5 * US_PER_S],
      timeout: [100 * US_PER_MS, 10 * US_PER_S],
      latency: ['constant', 'pareto-mix'],
      mean: [US_PER_MS, 120 * US_PER_MS + 7],
      loss: [0, 0.37],
    };
    for (const [name, values] of Object.entries(samples)) {
      const def = schema[name]!;
      for (const value of values)
        expect(parseParam(name, def, formatParam(def, value)), `${name}=${value}`).toEqual({
          ok: true,
          value,
        });
    }
  });
});

describe('typedParams', () => {
  it('types each value by its definition: numbers, and a choice’s options', () => {
    const values = typedParams(failureDetectorParams, defaults);
    expectTypeOf(values.nodes).toEqualTypeOf<number>();
    expectTypeOf(values.latency).toEqualTypeOf<
      'constant' | 'uniform' | 'exponential' | 'normal' | 'pareto-mix'
    >();
    expect(values).toBe(defaults);
    expect(values.nodes).toBe(5);
    expect(values.latency).toBe('exponential');
  });
});
