import { describe, expect, it } from 'vitest';
import { capRegister } from '@/sim/scenarios/cap/scenario';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { MESSAGE_CHARS_MAX, MESSAGES_MAX } from '@/sim/core';
import { readRunState, writeRunState } from './urlState';

const read = (query: string, scenario = failureDetector) =>
  readRunState(scenario, new URLSearchParams(query));

describe('URL state from hostile or unlucky links', () => {
  it('reports names every object inherits as unknown parameters, and keeps going', () => {
    for (const name of ['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf']) {
      const { state, errors } = read(`${name}=1&nodes=7`);
      expect(errors).toEqual([expect.stringMatching(new RegExp(`Unknown parameter "${name}"`))]);
      expect(state.params.nodes).toBe(7);
    }
  });

  it('says "unknown parameter" for a logged change to an inherited name', () => {
    const { errors } = read('log=1s_param_toString_1');
    expect(errors[0]).toMatch(/unknown parameter "toString"/);
    expect(errors[0]).not.toMatch(/cannot change/);
  });

  it('writes back a request whose key has a space (it used to crash the page)', () => {
    const { state, errors } = read('log=1s_request_n1_write_x%20y_5', capRegister);
    expect(errors).toEqual([]);
    const query = writeRunState(capRegister, state);
    expect(read(query, capRegister).state).toEqual(state);
  });

  it('takes the last of a repeated parameter, and says so', () => {
    const { state, errors } = read('seed=3&nodes=6&seed=9&nodes=7&nodes=8');
    expect(state.seed).toBe(9);
    expect(state.params.nodes).toBe(8);
    expect(errors).toEqual([
      'seed is given 2 times; the last one, "9", is used',
      'nodes is given 3 times; the last one, "8", is used',
    ]);
  });

  it('refuses a time past the scenario maximum, with a notice', () => {
    for (const t of ['600m', '5999940m', '3601s']) {
      const { state, errors } = read(`t=${t}`);
      expect(state.t).toBe(0);
      expect(errors[0]).toMatch(/past the longest run of failure-detection, 60m; starting at 0/);
    }
    expect(read('t=60m').errors).toEqual([]);
  });

  it('keeps the notice short, however long the link', () => {
    const garbage = Array.from({ length: 2000 }, (_, i) => `${i}s_crash_n${i}x`).join('~');
    const many = Array.from({ length: 50 }, (_, i) => `p${i}=${'z'.repeat(2000)}`).join('&');
    const { errors } = read(`log=${garbage}&${many}&seed=${'9'.repeat(100_000)}`);
    expect(errors.length).toBeLessThanOrEqual(MESSAGES_MAX + 1);
    for (const error of errors) expect(error.length).toBeLessThanOrEqual(MESSAGE_CHARS_MAX);
    expect(errors.at(-1)).toMatch(/more problems/);
  });
});
