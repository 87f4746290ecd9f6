/**
 * Test support: run `light-cones` with some parameters and commands, read back what
 * each node knows, and turn the trace into a causality event graph.
 */
import { buildEventGraph, type EventGraph, type EventSpec } from '@/sim/checkers/causality';
import type { Command } from '@/sim/core/commands';
import { readCommands } from '@/sim/core/commandJson';
import { parseParams, type ParamValues } from '@/sim/core/params';
import { Simulation } from '@/sim/core/simulation';
import { US_PER_S, type Micros } from '@/sim/core/time';
import type { TraceEntry } from '@/sim/core/trace';
import { SHOOTER_NODE, type Shooter } from '../geometry';
import type { VisibilityContext } from '../machine';
import { mutualVisibility } from '../scenario';

export const S = US_PER_S;

/** Parameters and commands as a lesson writes them: URL strings and JSON commands. */
export function lessonRun(
  raw: Readonly<Record<string, string>>,
  commands: readonly unknown[] = [],
): { params: ParamValues; commands: Command[] } {
  const { values, errors } = parseParams(mutualVisibility.params, raw);
  if (errors.length > 0) throw new Error(errors.join('; '));
  const read = readCommands(commands, {
    nodes: mutualVisibility.nodes(values),
    params: mutualVisibility.params,
  });
  if (!read.ok) throw new Error(read.errors.join('; '));
  return { params: values, commands: read.commands };
}

/** A run to `until` (default 5 s, long after every message has landed). */
export function runVisibility(
  raw: Readonly<Record<string, string>> = {},
  commands: readonly unknown[] = [],
  until: Micros = 5 * S,
  seed = 1,
): Simulation {
  const run = lessonRun(raw, commands);
  const sim = new Simulation(mutualVisibility, run.params, seed, run.commands);
  sim.seek(until);
  return sim;
}

export function traced(sim: Simulation): TraceEntry[] {
  return sim.trace.slice(0, sim.traceEnd);
}

export function contextOf(sim: Simulation, node: string): VisibilityContext {
  return sim.world.nodes.get(node)!.view.context as VisibilityContext;
}

/** Note texts of one kind, in order. */
export function notes(sim: Simulation, kind: string): string[] {
  return traced(sim).flatMap((e) => (e.type === 'note' && e.kind === kind ? [e.text] : []));
}

/** The trace as a Lamport space-time graph, plus the event id of each shot. */
export interface ShotGraph {
  readonly graph: EventGraph;
  readonly shot: Readonly<Record<Shooter, number>>;
}

/**
 * A small adapter from the trace to the causality library: sends, deliveries and the two
 * `fire` timers, which are all that causality needs here (notes and state changes are
 * local events that order nothing new). Dropped messages are sends with no receive.
 */
export function shotGraph(sim: Simulation): ShotGraph {
  const specs: EventSpec[] = [];
  const shot: Partial<Record<Shooter, number>> = {};
  for (const entry of traced(sim)) {
    if (entry.type === 'timer' && entry.name === 'fire') {
      const shooter: Shooter = entry.node === SHOOTER_NODE.soldier ? 'soldier' : 'sniper';
      shot[shooter] = specs.length;
      specs.push({ host: entry.node, kind: 'local', time: entry.at, label: `${shooter} fires` });
    } else if (entry.type === 'send') {
      specs.push({
        host: entry.from,
        kind: 'send',
        time: entry.at,
        label: 'send',
        messageId: entry.id,
      });
    } else if (entry.type === 'deliver') {
      specs.push({
        host: entry.to,
        kind: 'receive',
        time: entry.at,
        label: 'receive',
        messageId: entry.id,
      });
    }
  }
  if (shot.soldier === undefined || shot.sniper === undefined)
    throw new Error('a shooter never fired');
  return {
    graph: buildEventGraph(sim.world.nodeIds, specs),
    shot: { soldier: shot.soldier, sniper: shot.sniper },
  };
}
