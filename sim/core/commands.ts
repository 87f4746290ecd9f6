/**
 * Commands: every user action, stamped with the virtual time it applies at. The seed,
 * the parameters and the command log together are the run; replaying them reproduces
 * it exactly.
 */
import type { NodeId } from './ids';
import type { ParamValue } from './params';
import type { Micros } from './time';

/** A client operation, such as {f: "write", key: "x", value: 2}. Scenarios define which they accept. */
export interface ClientOp {
  readonly f: string;
  readonly key?: string;
  readonly value?: unknown;
}

export type Command =
  | {
      readonly at: Micros;
      readonly type: 'partition';
      readonly groups: readonly (readonly NodeId[])[];
    }
  | { readonly at: Micros; readonly type: 'block'; readonly from: NodeId; readonly to: NodeId }
  | { readonly at: Micros; readonly type: 'heal' }
  | { readonly at: Micros; readonly type: 'crash'; readonly node: NodeId }
  | { readonly at: Micros; readonly type: 'restart'; readonly node: NodeId }
  | { readonly at: Micros; readonly type: 'drop'; readonly message: number }
  | { readonly at: Micros; readonly type: 'slow'; readonly node: NodeId; readonly factor: number }
  | {
      readonly at: Micros;
      readonly type: 'param';
      readonly name: string;
      readonly value: ParamValue;
    }
  | {
      readonly at: Micros;
      readonly type: 'request';
      readonly node: NodeId;
      readonly op: ClientOp;
      /** Which client issues it (clients are numbered from 1, one beside each node); defaults to the node's. */
      readonly client?: number;
      /** After this long without a reply, the client gives up: the outcome is unknown. */
      readonly timeout?: Micros;
    };

export type CommandType = Command['type'];

export const COMMAND_TYPES: readonly CommandType[] = [
  'partition',
  'block',
  'heal',
  'crash',
  'restart',
  'drop',
  'slow',
  'param',
  'request',
];

/** Sorts by time, keeping the given order among commands at the same time. Pure. */
export function sortCommands(commands: readonly Command[]): Command[] {
  return commands
    .map((command, index) => ({ command, index }))
    .sort((x, y) => x.command.at - y.command.at || x.index - y.index)
    .map(({ command }) => command);
}

/** The log up to and including time `t`: what a fork from `t` keeps. Pure. */
export function commandsUpTo(commands: readonly Command[], t: Micros): Command[] {
  return commands.filter((command) => command.at <= t);
}
