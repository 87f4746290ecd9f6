/**
 * The command log as compact, readable text for URLs, e.g.
 * `2s_partition_n1-n2!n3-n4-n5~3s_crash_n3~6s_heal`.
 *
 * Entries are joined by `~` and fields by `_`; partition groups by `!` and their members
 * by `-`. All of these survive encodeURIComponent unescaped, so links stay legible.
 * Validation reuses the JSON reader, so both formats accept exactly the same commands.
 */
import {
  assertNever,
  clipText,
  type Command,
  type CommandContext,
  type CommandsResult,
  formatDuration,
  formatParam,
  ownValue,
  readCommands,
} from '@/sim/core';

/**
 * Request fields are free text (a key, a string value), so every character other than a
 * letter, a digit or a dot is written as %XX (UTF-8), like a URL escape: the separators
 * stay unambiguous and anything the reader accepts can be written back.
 */
function escapeField(text: string): string {
  return text.replace(/[^A-Za-z0-9.]/gu, (char) =>
    encodeURIComponent(char).replace(
      /[!'()*\-_~]/g,
      (mark) => `%${mark.charCodeAt(0).toString(16).toUpperCase()}`,
    ),
  );
}

/** Reads an escaped field; text that is not a valid escape is taken as it stands. */
function unescapeField(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function opFields(command: Extract<Command, { type: 'request' }>): string[] {
  const { f, key, value } = command.op;
  const fields = [escapeField(f)];
  if (key !== undefined || value !== undefined) fields.push(escapeField(key ?? ''));
  if (value !== undefined)
    fields.push(typeof value === 'number' ? String(value) : `'${escapeField(String(value))}`);
  return fields;
}

function fieldsOf(command: Command, context: CommandContext): string[] {
  switch (command.type) {
    case 'partition':
      return [command.groups.map((group) => group.join('-')).join('!')];
    case 'block':
      return [`${command.from}-${command.to}`];
    case 'heal':
      return [];
    case 'crash':
    case 'restart':
      return [command.node];
    case 'drop':
      return [String(command.message)];
    case 'slow':
      return [command.node, String(command.factor)];
    case 'param': {
      const def = ownValue(context.params, command.name);
      return [command.name, def ? formatParam(def, command.value) : String(command.value)];
    }
    case 'request': {
      const fields = [command.node, ...opFields(command)];
      return command.timeout === undefined
        ? fields
        : [...fields, `t${formatDuration(command.timeout)}`];
    }
    default:
      return assertNever(command);
  }
}

/** Writes a command log as link text. Pure. */
export function formatCommandText(commands: readonly Command[], context: CommandContext): string {
  return commands
    .map((command) =>
      [formatDuration(command.at), command.type, ...fieldsOf(command, context)].join('_'),
    )
    .join('~');
}

function parseRequest(fields: string[]): Record<string, unknown> {
  const [node, f, key, ...rest] = fields;
  let timeout: string | undefined;
  if (rest.length > 0 && rest.at(-1)!.startsWith('t')) timeout = rest.pop()!.slice(1);
  const op: Record<string, unknown> = { f: f === undefined ? undefined : unescapeField(f) };
  if (key) op.key = unescapeField(key);
  const raw = rest[0];
  if (raw !== undefined)
    op.value = raw.startsWith("'") ? unescapeField(raw.slice(1)) : raw === '' ? NaN : Number(raw);
  return { node, op, ...(timeout === undefined ? {} : { timeout }) };
}

function toRaw(entry: string): Record<string, unknown> {
  const [at, type, ...fields] = entry.split('_');
  const raw: Record<string, unknown> = { at, type };
  const [first = '', second] = fields;
  switch (type) {
    case 'partition':
      return { ...raw, groups: first.split('!').map((group) => group.split('-')) };
    case 'block': {
      const [from, to] = first.split('-');
      return { ...raw, from, to };
    }
    case 'crash':
    case 'restart':
      return { ...raw, node: first };
    case 'drop':
      return { ...raw, message: Number(first) };
    case 'slow':
      return { ...raw, node: first, factor: Number(second) };
    case 'param':
      return { ...raw, name: first, value: second ?? '' };
    case 'request':
      return { ...raw, ...parseRequest(fields) };
    default:
      return raw;
  }
}

/** Reads link text back into a validated, sorted command log. Pure. */
export function parseCommandText(text: string, context: CommandContext): CommandsResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, commands: [] };
  const entries = trimmed.split('~');
  const result = readCommands(entries.map(toRaw), context);
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.errors.map((error) => {
      const match = /^command (\d+)/.exec(error);
      const entry = match ? entries[Number(match[1]) - 1] : undefined;
      return entry === undefined ? error : `${error} (in "${clipText(entry, 60)}")`;
    }),
  };
}
