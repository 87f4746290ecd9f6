/**
 * Golden traces: the failure detector's trace hashes for scripted runs (crash, partition,
 * a live timeout change, restart, heal, a slow node, a faster heartbeat; 20 % loss with
 * seed 2), recorded before the engine and the machine were optimised. A change that alters
 * what any run shows, even by one entry or one microsecond, changes these hashes.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '@/sim/core/commands';
import { defaultParams, type ParamValues } from '@/sim/core/params';
import { Simulation } from '@/sim/core/simulation';
import { US_PER_S } from '@/sim/core/time';
import { hashTrace } from '@/sim/core/trace';
import { failureDetector } from './scenario';

const S = US_PER_S;

function scripted(nodes: number, seed: number): { entries: number; hash: string } {
  const params = {
    ...defaultParams(failureDetector.params),
    nodes,
    loss: seed === 2 ? 0.2 : 0,
  } as ParamValues;
  const ids = failureDetector.nodes(params);
  const commands: Command[] = [
    { at: 1 * S, type: 'crash', node: ids[1]! },
    { at: 2 * S, type: 'partition', groups: [ids.slice(0, 2), ids.slice(2)] },
    { at: 3 * S + 5, type: 'param', name: 'timeout', value: 700_000 },
    { at: 4 * S, type: 'restart', node: ids[1]! },
    { at: 5 * S, type: 'heal' },
    { at: 6 * S, type: 'slow', node: ids[0]!, factor: 4 },
    { at: 7 * S, type: 'param', name: 'heartbeat', value: 200_000 },
  ];
  const sim = new Simulation(failureDetector, params, seed, commands);
  sim.seek(12 * S);
  // Back into a checkpoint and forward again must change nothing.
  sim.seek(5 * S);
  sim.seek(12 * S);
  return { entries: sim.traceEnd, hash: hashTrace(sim.trace, sim.traceEnd) };
}

describe('failure detector: golden traces', () => {
  it.each([
    [5, 1, 1781, 'c2e4a8ba6ba61d56'],
    [5, 2, 1878, 'a38ddc00f711f339'],
    [25, 1, 48316, '34dd3b3aff906195'],
    [25, 2, 50532, '7ec2a2b930015a87'],
  ])('%i nodes, seed %i: %i entries, hash %s', (nodes, seed, entries, hash) => {
    expect(scripted(nodes, seed)).toEqual({ entries, hash });
  });
});
