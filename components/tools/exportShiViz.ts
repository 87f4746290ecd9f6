/**
 * A run's trace as a ShiViz log, for the sandbox's download button: open it at
 * https://bestchai.bitbucket.io/shiviz/ or back in /tools/space-time. Pure.
 *
 * The log carries the causal order only (see toShiViz): virtual times, message ids and
 * lost messages do not survive the trip.
 */
import { eventGraphFromTrace } from '@/sim/checkers/causality/fromTrace';
import type { NodeId, TraceReader } from '@/sim/core';
import { toShiViz } from '@/sim/formats/shiviz';

export function exportShiViz(trace: TraceReader, end: number, nodes: readonly NodeId[]): string {
  return toShiViz(eventGraphFromTrace(trace, end, nodes).graph);
}

/** A file name for the download: "lightcone-failure-detection-seed-7.log". Pure. */
export function shiVizFileName(scenarioId: string, seed: number): string {
  return `lightcone-${scenarioId}-seed-${seed}.log`;
}
