/**
 * A scenario is everything needed to run one concept: a parameter schema, the cluster's
 * shape and network, the node logic, and how a node should look. Adding a concept means
 * adding a scenario; the engine does not change.
 */
import type { Command } from './commands';
import type { NodeId } from './ids';
import type { NetworkConfig } from './network';
import type { NodeLogic } from './node';
import type { ParamSchema, ParamValues } from './params';
import type { Micros } from './time';
import type { TraceReader } from './trace';
import type { Workload } from './workloadTypes';

/** A legend entry. `tone` is semantic; the view layer picks the colour. */
export interface StatusDef {
  readonly status: string;
  readonly label: string;
  readonly description: string;
  readonly tone: 'ok' | 'warn' | 'bad' | 'down' | 'info';
}

/** A kind of relation between nodes that views draw as an arrow, such as "suspects". */
export interface RelationDef {
  readonly kind: string;
  /** Legend text, e.g. "Suspects (arrow points at the suspect)". */
  readonly label: string;
  readonly tone: StatusDef['tone'];
}

/** What a view needs to draw a node: its legend status, a one-line summary, and relations. */
export interface NodeLook {
  readonly status: string;
  readonly summary: string;
  /**
   * Short lines drawn under the node in the cluster view, such as the value a replica
   * holds ("x=4050 y=–") and its view of the leader ("term 2, leads"). Each a few words.
   */
  readonly badge?: readonly string[];
  /** Relations worth drawing, such as "n2 suspects n4". */
  readonly edges?: readonly { readonly to: NodeId; readonly kind: string }[];
}

/** A node as views see it: read-only, replaced (not mutated) when it changes. */
export interface NodeView {
  readonly id: NodeId;
  readonly up: boolean;
  /** The machine's state value, as a string such as "trusting". Empty when crashed. */
  readonly state: string;
  /** The machine's context (volatile state); undefined when crashed. */
  readonly context: unknown;
  /** What the node kept across its last crash. */
  readonly durable: unknown;
}

export interface Scenario {
  /** Stable, kebab-case: it appears in URLs. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly params: ParamSchema;
  /** Problems with values that are each in range but do not fit together, each naming them. Pure. */
  check?(params: ParamValues): string[];
  nodes(params: ParamValues): NodeId[];
  network(params: ParamValues): NetworkConfig;
  readonly logic: NodeLogic;
  readonly legend: readonly StatusDef[];
  /** The relations `describe` may return as edges, for the legend and arrow styles. */
  readonly relations?: readonly RelationDef[];
  /** How a node looks; must handle crashed nodes. Pure. */
  describe(node: NodeView): NodeLook;
  /** Lines for the inspector: label and value pairs about a node's state. Pure. */
  inspect(node: NodeView): readonly (readonly [label: string, value: string])[];
  /** Clients that issue operations on their own, at a rate the parameters set. */
  readonly workload?: Workload;
  /**
   * Figures about a whole run, reported by the CLI as `metrics`. `options.tMs` are the
   * times in ms (the CLI's `--t`) at which a figure binned by time is asked for. Pure.
   */
  metrics?(
    trace: TraceReader,
    params: ParamValues,
    end: Micros,
    options?: { readonly tMs?: readonly number[] },
  ): Readonly<Record<string, unknown>>;
  /**
   * The furthest virtual time a run may reach (limits.ts); ten minutes when not given.
   * Links, embed messages and the CLI refuse anything past it.
   */
  readonly maxTime?: Micros;
  /** Suggested commands for a first run, such as a scripted crash. */
  readonly examples?: readonly { readonly label: string; readonly commands: readonly Command[] }[];
}
