import { describe, expect, it } from 'vitest';
import { capRegister } from '@/sim/scenarios/cap/scenario';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { MESSAGE_CHARS_MAX } from '@/sim/core';
import { readEmbedRequest } from './embedApi';

const nodes = ['n1', 'n2', 'n3', 'n4', 'n5'];
const read = (data: unknown, scenario = failureDetector) => readEmbedRequest(data, scenario, nodes);

describe('embed messages', () => {
  it('reads a beat forward or back, and refuses a back that is not a boolean', () => {
    expect(read({ lightcone: 1, type: 'beat' })).toEqual({
      ok: true,
      request: { type: 'beat', back: false },
    });
    expect(read({ lightcone: 1, type: 'beat', back: true })).toEqual({
      ok: true,
      request: { type: 'beat', back: true },
    });
    expect(read({ lightcone: 1, type: 'beat', back: 'yes' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^beat: "back" must be true or false/),
    });
  });

  it('ignores messages without their own lightcone field', () => {
    expect(read(Object.create({ lightcone: 1, type: 'play' }))).toBeNull();
    expect(read({ lightcone: 2, type: 'play' })).toBeNull();
    expect(read({ lightcone: 1, type: 'play' })).toEqual({ ok: true, request: { type: 'play' } });
  });

  it('rejects inherited names as commands and parameters', () => {
    for (const type of ['toString', 'constructor', 'hasOwnProperty']) {
      const message = read({ lightcone: 1, type });
      expect(message).toMatchObject({ ok: false, message: expect.stringMatching(/Unknown/) });
      const command = read({ lightcone: 1, type: 'command', command: { type } });
      expect(command).toMatchObject({ ok: false, message: expect.stringMatching(/unknown type/) });
    }
    const param = read({
      lightcone: 1,
      type: 'command',
      command: { type: 'param', name: 'toString', value: 1 },
    });
    expect(param).toMatchObject({ ok: false, message: expect.stringMatching(/unknown parameter/) });
  });

  it('refuses a seek past the scenario maximum', () => {
    expect(read({ lightcone: 1, type: 'seek', t: '5999940m' })).toEqual({
      ok: false,
      message: 'seek: 5999940m is past the longest run of failure-detection, 60m',
    });
    expect(read({ lightcone: 1, type: 'seek', t: '59m' })).toMatchObject({ ok: true });
  });

  it('answers a 10 MB message with a short error', () => {
    const huge = 'x'.repeat(10_000_000);
    const cyclic: Record<string, unknown> = { type: huge };
    cyclic.self = cyclic;
    for (const data of [
      { lightcone: 1, type: huge },
      { lightcone: 1, type: 'seek', t: huge },
      { lightcone: 1, type: 'speed', speed: cyclic },
      { lightcone: 1, type: 'command', command: cyclic },
      { lightcone: 1, type: 'command', command: { type: 'request', node: huge, op: { f: huge } } },
    ]) {
      const reply = read(data, capRegister);
      expect(reply).toMatchObject({ ok: false });
      expect(reply !== null && !reply.ok && reply.message.length).toBeLessThanOrEqual(
        MESSAGE_CHARS_MAX,
      );
    }
  });
});
