/**
 * The embed's postMessage API, for slide decks that drive a widget.
 *
 * In (parent → widget), each a JSON object with `lightcone: 1`:
 *   {type: 'play'} {type: 'pause'} {type: 'toggle'} {type: 'step'} {type: 'back'}
 *   {type: 'reset'} {type: 'seek', t: '4s'} {type: 'speed', speed: 2}
 *   {type: 'command', command: {type: 'crash', node: 'n3'}}   (any command of the log format)
 *   {type: 'beat'} plays to the next beat and pauses; {type: 'beat', back: true} goes back one
 *     (a widget whose URL has beats=2s,4.5s,7s; otherwise an error)
 *   {type: 'getState'}
 * Out (widget → parent), also with `lightcone: 1`:
 *   {type: 'ready', scenario}   once, when the widget can take commands
 *   {type: 'state', now, nowText, playing, speed, processed, commands, beat}   on every change
 *     (beat: how many of the URL's beats are at or before now; 0 without beats)
 *   {type: 'event', text}   each narrated event ("n2 suspects n4")
 *   {type: 'error', message}   for a message that could not be obeyed (at most 400 characters)
 */
import {
  boundMessages,
  checkMaxTime,
  clipText,
  type CommandInput,
  type Micros,
  parseDuration,
  quoteValue,
  readCommands,
  type Scenario,
} from '@/sim/core';

export type EmbedRequest =
  | { readonly type: 'play' | 'pause' | 'toggle' | 'step' | 'back' | 'reset' | 'getState' }
  | { readonly type: 'seek'; readonly t: Micros }
  | { readonly type: 'speed'; readonly speed: number }
  | { readonly type: 'command'; readonly command: CommandInput }
  | { readonly type: 'beat'; readonly back: boolean };

const SIMPLE = ['play', 'pause', 'toggle', 'step', 'back', 'reset', 'getState'] as const;

/** Problems listed from one command in an error reply; the rest are counted. */
const COMMAND_PROBLEMS_SHOWN = 3;

/**
 * Validates an incoming message. Messages not meant for Lightcone yield null. Only the
 * message's own fields count, and an error quotes at most a short piece of what was
 * sent, so a 10 MB message gets a reply of a few hundred characters. Pure.
 */
export function readEmbedRequest(
  data: unknown,
  scenario: Scenario,
  nodes: readonly string[],
): { ok: true; request: EmbedRequest } | { ok: false; message: string } | null {
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'lightcone')) return null;
  const message = data as Record<string, unknown>;
  if (message.lightcone !== 1) return null;
  const read = readRequest(message, scenario, nodes);
  return read.ok ? read : { ok: false, message: clipText(read.message) };
}

function readRequest(
  message: Record<string, unknown>,
  scenario: Scenario,
  nodes: readonly string[],
): { ok: true; request: EmbedRequest } | { ok: false; message: string } {
  const type = message.type;
  if ((SIMPLE as readonly unknown[]).includes(type))
    return { ok: true, request: { type: type as (typeof SIMPLE)[number] } };
  switch (type) {
    case 'seek': {
      const t = parseDuration(message.t as string | number);
      if (t === null)
        return {
          ok: false,
          message: `seek: "t" must be a time such as "4s", not ${quoteValue(message.t)}`,
        };
      const tooLong = checkMaxTime(scenario, t);
      return tooLong === null
        ? { ok: true, request: { type: 'seek', t } }
        : { ok: false, message: `seek: ${tooLong}` };
    }
    case 'speed': {
      const speed = message.speed;
      return typeof speed === 'number' && speed >= 0.1 && speed <= 10
        ? { ok: true, request: { type: 'speed', speed } }
        : {
            ok: false,
            message: `speed: must be a number from 0.1 to 10, not ${quoteValue(speed)}`,
          };
    }
    case 'beat':
      return message.back === undefined || typeof message.back === 'boolean'
        ? { ok: true, request: { type: 'beat', back: message.back === true } }
        : {
            ok: false,
            message: `beat: "back" must be true or false, not ${quoteValue(message.back)}`,
          };
    case 'command': {
      const raw = message.command;
      const read = readCommands(
        [{ ...(typeof raw === 'object' && raw !== null ? raw : {}), at: 0 }],
        {
          nodes,
          params: scenario.params,
        },
      );
      if (!read.ok)
        return {
          ok: false,
          message: boundMessages(read.errors, COMMAND_PROBLEMS_SHOWN)
            .join('; ')
            .replace(/^command 1/, 'command'),
        };
      const { at: _at, ...command } = read.commands[0]!;
      return { ok: true, request: { type: 'command', command: command as CommandInput } };
    }
    default:
      return {
        ok: false,
        message: `Unknown message type ${quoteValue(type)}; expected one of ${[...SIMPLE, 'seek', 'speed', 'command', 'beat'].join(', ')}`,
      };
  }
}
