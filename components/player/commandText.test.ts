import { describe, expect, it } from 'vitest';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { type Command, defaultParams } from '@/sim/core';
import { formatCommandText, parseCommandText } from './commandText';

const context = { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'], params: failureDetector.params };

describe('command log as link text', () => {
  it('reads client requests with keys, values and timeouts', () => {
    const commands: Command[] = [
      { at: 1_000_000, type: 'request', node: 'n1', op: { f: 'read', key: 'x' } },
      {
        at: 2_000_000,
        type: 'request',
        node: 'n2',
        op: { f: 'write', key: 'x', value: 3 },
        timeout: 500_000,
      },
      { at: 3_000_000, type: 'request', node: 'n2', op: { f: 'write', key: 'y', value: 'abc' } },
    ];
    const text = formatCommandText(commands, context);
    expect(text).toBe(
      "1s_request_n1_read_x~2s_request_n2_write_x_3_t500ms~3s_request_n2_write_y_'abc",
    );
    expect(parseCommandText(text, context)).toEqual({ ok: true, commands });
  });

  it('survives encodeURIComponent unchanged, so links stay legible', () => {
    const text = formatCommandText(
      [{ at: 2_000_000, type: 'partition', groups: [['n1'], ['n2', 'n3']] }],
      context,
    );
    expect(encodeURIComponent(text)).toBe(text);
  });

  it('writes any request field a link can carry, escaping what is not a letter or digit', () => {
    // Found by hand: a key with a space was accepted from a link and then crashed the writer.
    const read = parseCommandText('1s_request_n1_write_x y_5', context);
    expect(read.ok).toBe(true);
    const text = formatCommandText(read.ok ? read.commands : [], context);
    expect(text).toBe('1s_request_n1_write_x%20y_5');
    expect(parseCommandText(text, context)).toEqual(read);
    const odd: Command = {
      at: 0,
      type: 'request',
      node: 'n1',
      op: { f: 'w_r~i-t!e', key: "a_b'%zz é", value: "_~'-!" },
    };
    expect(parseCommandText(formatCommandText([odd], context), context)).toEqual({
      ok: true,
      commands: [odd],
    });
  });

  it('says "unknown parameter" for names every object inherits', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const result = parseCommandText(`1s_param_${name}_1`, context);
      expect(!result.ok && result.errors[0]).toMatch(/unknown parameter/);
    }
  });

  it('treats empty text as an empty log', () => {
    expect(parseCommandText('  ', context)).toEqual({ ok: true, commands: [] });
  });

  it('names the entry behind each error', () => {
    const result = parseCommandText('2s_crash_n9', context);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(
      /node "n9" does not exist.*\(in "2s_crash_n9"\)/,
    );
  });

  it('rejects a parameter that cannot change mid-run', () => {
    const result = parseCommandText('2s_param_nodes_7', {
      ...context,
      params: failureDetector.params,
    });
    expect(!result.ok && result.errors[0]).toMatch(/cannot change during a run/);
    expect(defaultParams(failureDetector.params).nodes).toBe(5);
  });
});
