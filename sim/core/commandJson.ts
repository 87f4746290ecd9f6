/**
 * Reading command logs written by people: JSON with times as strings ("2s", "150ms",
 * "300us") or integer microseconds, and nodes named n1…nN. Every problem is reported with
 * the command's position and field, and nothing throws.
 */
import { COMMAND_TYPES, sortCommands, type ClientOp, type Command } from './commands';
import type { NodeId } from './ids';
import { clipText, quoteValue } from './bounded';
import { ownValue } from './own';
import { formatParam, parseParam, type ParamSchema } from './params';
import { formatDuration, parseDuration } from './time';

export interface CommandContext {
  readonly nodes: readonly NodeId[];
  readonly params: ParamSchema;
}

export type CommandsResult = { ok: true; commands: Command[] } | { ok: false; errors: string[] };

type Raw = Record<string, unknown>;

/** Text without lone UTF-16 surrogates, which no link or file encoding can carry. */
function isText(value: unknown): value is string {
  return typeof value === 'string' && !/[\uD800-\uDFFF]/u.test(value);
}

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Problems {
  readonly list: string[] = [];
  constructor(private readonly where: string) {}
  add(message: string): undefined {
    this.list.push(`${this.where}: ${message}`);
    return undefined;
  }
}

function readNode(
  raw: Raw,
  field: string,
  context: CommandContext,
  problems: Problems,
): NodeId | undefined {
  const value = raw[field];
  if (typeof value !== 'string') return problems.add(`"${field}" must be a node name such as "n1"`);
  if (!context.nodes.includes(value)) {
    return problems.add(
      `node "${clipText(value, 40)}" does not exist; nodes are ${context.nodes[0]}…${context.nodes.at(-1)}`,
    );
  }
  return value;
}

function readGroups(raw: Raw, context: CommandContext, problems: Problems): NodeId[][] | undefined {
  const groups = raw.groups;
  if (!Array.isArray(groups) || groups.length === 0 || !groups.every(Array.isArray)) {
    return problems.add('"groups" must be a list of node lists, such as [["n1","n2"],["n3"]]');
  }
  const seen = new Set<string>();
  for (const name of groups.flat() as unknown[]) {
    if (typeof name !== 'string' || !context.nodes.includes(name))
      return problems.add(`group member ${quoteValue(name)} is not a node`);
    if (seen.has(name)) return problems.add(`node "${name}" is in two groups`);
    seen.add(name);
  }
  return groups as NodeId[][];
}

function readBody(
  raw: Raw,
  at: number,
  context: CommandContext,
  problems: Problems,
): Command | undefined {
  switch (raw.type) {
    case 'partition': {
      const groups = readGroups(raw, context, problems);
      return groups && { at, type: 'partition', groups };
    }
    case 'block': {
      const from = readNode(raw, 'from', context, problems);
      const to = readNode(raw, 'to', context, problems);
      return from !== undefined && to !== undefined ? { at, type: 'block', from, to } : undefined;
    }
    case 'heal':
      return { at, type: 'heal' };
    case 'crash':
    case 'restart': {
      const node = readNode(raw, 'node', context, problems);
      return node === undefined ? undefined : { at, type: raw.type, node };
    }
    case 'drop':
      return Number.isSafeInteger(raw.message) && (raw.message as number) > 0
        ? { at, type: 'drop', message: raw.message as number }
        : problems.add('"message" must be a message id (a positive whole number)');
    case 'slow': {
      const node = readNode(raw, 'node', context, problems);
      const factor = raw.factor;
      if (typeof factor !== 'number' || !(factor >= 1 && factor <= 1000))
        return problems.add('"factor" must be a number from 1 to 1000');
      return node === undefined ? undefined : { at, type: 'slow', node, factor };
    }
    case 'param': {
      const name = typeof raw.name === 'string' ? raw.name : '';
      const def = ownValue(context.params, name);
      if (!def)
        return problems.add(
          `unknown parameter ${quoteValue(raw.name)}; known: ${Object.keys(context.params).join(', ')}`,
        );
      if (!def.live) return problems.add(`parameter "${name}" cannot change during a run`);
      const parsed = parseParam(name, def, raw.value as string | number);
      return parsed.ok
        ? { at, type: 'param', name, value: parsed.value }
        : problems.add(parsed.message);
    }
    case 'request': {
      const node = readNode(raw, 'node', context, problems);
      const op = raw.op;
      if (!isRecord(op) || !isText(op.f) || op.f === '')
        return problems.add('"op" must be an object such as {"f": "read", "key": "x"}');
      if (op.key !== undefined && (!isText(op.key) || op.key === ''))
        return problems.add('"op.key" must be a name such as "x"');
      if (
        op.value !== undefined &&
        !isText(op.value) &&
        !(typeof op.value === 'number' && Number.isFinite(op.value))
      )
        return problems.add('"op.value" must be a number or a string');
      let timeout: number | undefined;
      if (raw.timeout !== undefined) {
        const parsed = parseDuration(raw.timeout as string | number);
        if (parsed === null) return problems.add('"timeout" must be a duration such as "2s"');
        timeout = parsed;
      }
      const request = { at, type: 'request' as const, node, op: op as unknown as ClientOp };
      if (node === undefined) return undefined;
      return timeout === undefined ? { ...request, node } : { ...request, node, timeout };
    }
    default:
      return problems.add(
        `unknown type ${quoteValue(raw.type)}; expected one of ${COMMAND_TYPES.join(', ')}`,
      );
  }
}

/** Validates a parsed JSON value as a command log and sorts it by time. Pure. */
export function readCommands(value: unknown, context: CommandContext): CommandsResult {
  const list = isRecord(value) && Array.isArray(value.commands) ? value.commands : value;
  if (!Array.isArray(list))
    return { ok: false, errors: ['A command log must be a JSON list of commands'] };
  const errors: string[] = [];
  const commands: Command[] = [];
  list.forEach((raw: unknown, index) => {
    const problems = new Problems(
      `command ${index + 1}${isRecord(raw) && typeof raw.type === 'string' ? ` (${clipText(raw.type, 20)})` : ''}`,
    );
    if (!isRecord(raw)) {
      problems.add('must be an object such as {"at": "2s", "type": "heal"}');
    } else {
      const at = parseDuration(raw.at as string | number);
      if (at === null)
        problems.add(
          `"at" must be a time such as "2s", "150ms" or "300us", not ${quoteValue(raw.at)}`,
        );
      else {
        const command = readBody(raw, at, context, problems);
        if (command) commands.push(command);
      }
    }
    errors.push(...problems.list);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, commands: sortCommands(commands) };
}

/** Parses JSON text as a command log. Pure. */
export function parseCommandsJson(text: string, context: CommandContext): CommandsResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [`The command log is not valid JSON: ${clipText((error as Error).message, 200)}`],
    };
  }
  return readCommands(value, context);
}

/** The log in the same JSON shape people write, with readable times. Pure. */
export function commandsToJson(commands: readonly Command[], params: ParamSchema): Raw[] {
  return commands.map((command) => {
    const out: Raw = { ...command, at: formatDuration(command.at) };
    if (command.type === 'param') {
      const def = ownValue(params, command.name);
      out.value = def ? formatParam(def, command.value) : command.value;
    }
    if (command.type === 'request' && command.timeout !== undefined)
      out.timeout = formatDuration(command.timeout);
    return out;
  });
}
