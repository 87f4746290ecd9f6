/**
 * Command logs written by people. Good logs parse into sorted commands; each mistake
 * gets a message naming the command's position, its type and the field at fault.
 */
import { describe, expect, it } from 'vitest';
import { failureDetectorParams } from '@/sim/scenarios/failure-detection/scenario';
import {
  commandsToJson,
  parseCommandsJson,
  readCommands,
  type CommandContext,
} from './commandJson';
import type { Command } from './commands';
import { nodeIds } from './ids';
import { US_PER_MS, US_PER_S } from './time';

const context: CommandContext = { nodes: nodeIds(5), params: failureDetectorParams };

function errorsOf(text: string): string[] {
  const result = parseCommandsJson(text, context);
  if (result.ok) throw new Error(`expected errors for ${text}`);
  return result.errors;
}

/** Parses a one-command log and returns its single error message. */
function errorFor(command: Record<string, unknown>): string {
  const errors = errorsOf(JSON.stringify([command]));
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('parseCommandsJson', () => {
  it('parses the lesson’s example log: partition, heal, crash, restart', () => {
    const text = `[
      {"at": "2s", "type": "partition", "groups": [["n1", "n2"], ["n3", "n4", "n5"]]},
      {"at": "4.5s", "type": "heal"},
      {"at": "6s", "type": "crash", "node": "n3"},
      {"at": 9000000, "type": "restart", "node": "n3"}
    ]`;
    expect(parseCommandsJson(text, context)).toEqual({
      ok: true,
      commands: [
        {
          at: 2 * US_PER_S,
          type: 'partition',
          groups: [
            ['n1', 'n2'],
            ['n3', 'n4', 'n5'],
          ],
        },
        { at: 4.5 * US_PER_S, type: 'heal' },
        { at: 6 * US_PER_S, type: 'crash', node: 'n3' },
        { at: 9 * US_PER_S, type: 'restart', node: 'n3' },
      ],
    });
  });

  it('parses the other types, accepts a {"commands": […]} wrapper, and sorts stably by time', () => {
    const text = JSON.stringify({
      commands: [
        { at: '3s', type: 'param', name: 'timeout', value: '800ms' },
        { at: '1s', type: 'slow', node: 'n2', factor: 20 },
        { at: '1s', type: 'block', from: 'n1', to: 'n4' },
        { at: '250ms', type: 'drop', message: 7 },
        { at: '300us', type: 'request', node: 'n1', op: { f: 'read', key: 'x' }, timeout: '2s' },
      ],
    });
    expect(parseCommandsJson(text, context)).toEqual({
      ok: true,
      commands: [
        {
          at: 300,
          type: 'request',
          node: 'n1',
          op: { f: 'read', key: 'x' },
          timeout: 2 * US_PER_S,
        },
        { at: 250 * US_PER_MS, type: 'drop', message: 7 },
        { at: US_PER_S, type: 'slow', node: 'n2', factor: 20 },
        { at: US_PER_S, type: 'block', from: 'n1', to: 'n4' },
        { at: 3 * US_PER_S, type: 'param', name: 'timeout', value: 800 * US_PER_MS },
      ],
    });
  });

  it('round-trips through commandsToJson', () => {
    const commands: Command[] = [
      { at: 1, type: 'heal' },
      { at: 1500 * US_PER_MS, type: 'partition', groups: [['n1'], ['n2', 'n3']] },
      { at: 2 * US_PER_S, type: 'param', name: 'heartbeat', value: 250 * US_PER_MS },
      { at: 2 * US_PER_S, type: 'param', name: 'latency', value: 'pareto-mix' },
      {
        at: 3 * US_PER_S,
        type: 'request',
        node: 'n2',
        op: { f: 'write', key: 'x', value: 2 },
        timeout: 1234,
      },
      { at: 4 * US_PER_S, type: 'slow', node: 'n5', factor: 1.5 },
    ];
    const text = JSON.stringify(commandsToJson(commands, failureDetectorParams));
    expect(parseCommandsJson(text, context)).toEqual({ ok: true, commands });
  });

  it('names the command and the field for a bad time', () => {
    expect(errorFor({ at: 'soon', type: 'heal' })).toBe(
      'command 1 (heal): "at" must be a time such as "2s", "150ms" or "300us", not "soon"',
    );
    expect(errorFor({ at: -5, type: 'heal' })).toMatch(/^command 1 \(heal\): "at" must be a time/);
    expect(errorFor({ type: 'heal' })).toMatch(/^command 1 \(heal\): "at" .* not undefined$/);
  });

  it('names the command for an unknown type and lists the known ones', () => {
    expect(errorFor({ at: '1s', type: 'explode' })).toBe(
      'command 1 (explode): unknown type "explode"; expected one of partition, block, heal, crash, restart, drop, slow, param, request',
    );
  });

  it('names the field for an unknown or missing node', () => {
    expect(errorFor({ at: '1s', type: 'crash', node: 'n7' })).toBe(
      'command 1 (crash): node "n7" does not exist; nodes are n1…n5',
    );
    expect(errorFor({ at: '1s', type: 'block', from: 'n1', to: 'n0' })).toBe(
      'command 1 (block): node "n0" does not exist; nodes are n1…n5',
    );
    expect(errorFor({ at: '1s', type: 'restart' })).toBe(
      'command 1 (restart): "node" must be a node name such as "n1"',
    );
  });

  it('rejects a node in two groups, a non-node member and a malformed group list', () => {
    expect(errorFor({ at: '1s', type: 'partition', groups: [['n1', 'n2'], ['n2']] })).toBe(
      'command 1 (partition): node "n2" is in two groups',
    );
    expect(errorFor({ at: '1s', type: 'partition', groups: [['n1', 'n9']] })).toBe(
      'command 1 (partition): group member "n9" is not a node',
    );
    expect(errorFor({ at: '1s', type: 'partition', groups: ['n1', 'n2'] })).toMatch(
      /^command 1 \(partition\): "groups" must be a list of node lists/,
    );
  });

  it('rejects a parameter that cannot change mid-run, an unknown one and a bad value', () => {
    expect(errorFor({ at: '1s', type: 'param', name: 'nodes', value: 7 })).toBe(
      'command 1 (param): parameter "nodes" cannot change during a run',
    );
    expect(errorFor({ at: '1s', type: 'param', name: 'colour', value: 1 })).toBe(
      'command 1 (param): unknown parameter "colour"; known: nodes, heartbeat, timeout, latency, mean, loss',
    );
    expect(errorFor({ at: '1s', type: 'param', name: 'loss', value: 2 })).toBe(
      'command 1 (param): loss: "2" is out of range (expected 0 to 0.9)',
    );
  });

  it('rejects a bad slow factor and a bad message id', () => {
    expect(errorFor({ at: '1s', type: 'slow', node: 'n1', factor: 0.5 })).toBe(
      'command 1 (slow): "factor" must be a number from 1 to 1000',
    );
    expect(errorFor({ at: '1s', type: 'drop', message: 1.5 })).toBe(
      'command 1 (drop): "message" must be a message id (a positive whole number)',
    );
  });

  it('reports every bad command by its position, not just the first', () => {
    const errors = errorsOf(
      JSON.stringify([
        { at: '1s', type: 'heal' },
        { at: '2s', type: 'crash', node: 'n8' },
        { at: '3s', type: 'heal' },
        'heal',
        { at: 'later', type: 'heal' },
      ]),
    );
    expect(errors).toEqual([
      'command 2 (crash): node "n8" does not exist; nodes are n1…n5',
      'command 4: must be an object such as {"at": "2s", "type": "heal"}',
      'command 5 (heal): "at" must be a time such as "2s", "150ms" or "300us", not "later"',
    ]);
  });

  it('says so when the text is not JSON, or not a list', () => {
    const [message] = errorsOf('[{"at": "1s", "type": "heal"');
    expect(message).toMatch(/^The command log is not valid JSON: /);
    expect(errorsOf('{"at": "1s"}')).toEqual(['A command log must be a JSON list of commands']);
    expect(readCommands(42, context)).toEqual({
      ok: false,
      errors: ['A command log must be a JSON list of commands'],
    });
  });

  it('accepts an empty log', () => {
    expect(parseCommandsJson('[]', context)).toEqual({ ok: true, commands: [] });
  });
});
