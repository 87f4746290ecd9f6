/**
 * Time travel works on this machine too: seeking back (restoring XState persisted
 * snapshots from checkpoints) and forward ends in exactly the World a straight run
 * reaches, and the same inputs give the same trace, in every mode.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '@/sim/core/commands';
import { defaultParams, type ParamValues } from '@/sim/core/params';
import { Simulation } from '@/sim/core/simulation';
import { worldFingerprint } from '@/sim/core/testing';
import { hashTrace } from '@/sim/core/trace';
import { MODES } from './registerTypes';
import { capRegister } from './scenario';
import { S } from './testing/runs';

const faults: Command[] = [
  {
    at: 2 * S,
    type: 'partition',
    groups: [
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ],
  },
  { at: 4 * S, type: 'crash', node: 'n4' },
  { at: 6 * S, type: 'heal' },
  { at: 7 * S, type: 'restart', node: 'n4' },
];

describe('cap replay', () => {
  for (const mode of MODES) {
    it(`seeks back and forth to the same World (${mode})`, () => {
      const params = { ...defaultParams(capRegister.params), mode, rate: 10 } as ParamValues;
      const straight = new Simulation(capRegister, params, 9, faults);
      straight.seek(10 * S);
      const wandering = new Simulation(capRegister, params, 9, faults);
      for (const t of [9 * S, 3 * S, 8 * S, 1 * S, 10 * S]) wandering.seek(t);
      expect(worldFingerprint(wandering)).toEqual(worldFingerprint(straight));
      const again = new Simulation(capRegister, params, 9, faults);
      again.seek(10 * S);
      expect(hashTrace(again.trace)).toBe(hashTrace(straight.trace));
    });
  }
});
