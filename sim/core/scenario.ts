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
import type { TraceReader } from './trace';
import type { Workload } from './workload';

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
   * Problems with a combination of parameters that each pass their own range check (say,
   * a quorum larger than the replicas), each message naming the parameter. Pure.
   */
  checkParams?(params: ParamValues): readonly string[];
  /**
   * Figures the scenario measures on a run, from its trace, reported by the CLI as
   * `metrics`. `tMs` are the times (in ms) a time-binned figure is asked for. Pure.
   */
  metrics?(
    trace: TraceReader,
    options: { readonly tMs: readonly number[] },
  ): Record<string, unknown>;
  /** Suggested commands for a first run, such as a scripted crash. */
  readonly examples?: readonly { readonly label: string; readonly commands: readonly Command[] }[];
}

/**
 * The parameters with each combination the scenario refuses (`checkParams`) reset to
 * its default, and a message per reset naming the parameter, for pages that must keep
 * running whatever the link or the controls say. Messages start with the parameter's
 * name and a colon, as `checkParams` writes them. Pure.
 */
export function settleParams(
  scenario: Scenario,
  params: ParamValues,
): { values: ParamValues; errors: string[] } {
  let values = params;
  const errors: string[] = [];
  for (let round = 0; round < 4; round++) {
    const problems = scenario.checkParams?.(values) ?? [];
    if (problems.length === 0) break;
    const fixed: Record<string, ParamValues[string]> = { ...values };
    for (const problem of problems) {
      const name = problem.slice(0, problem.indexOf(':'));
      const def = scenario.params[name];
      if (!def) continue;
      fixed[name] = def.default;
      errors.push(`${problem}; using ${String(def.default)}`);
    }
    values = fixed;
  }
  return { values, errors };
}
