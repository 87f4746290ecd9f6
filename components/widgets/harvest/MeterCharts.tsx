'use client';
/**
 * The meters over time: yield and harvest, latency against the deadline, DQ, and each
 * machine's queue and utilisation. Each chart is a TimeChart of the run's samples.
 */
import { TimeChart } from '@/components/viz/charts/TimeChart';
import type { Sample } from '@/sim/scenarios/harvest-yield/series';
import { type Micros, US_PER_MS } from '@/sim/core';
import styles from './harvest.module.css';
import { machineColour, seriesColour } from '@/components/viz/theme';

const percent = (x: number) => `${Math.round(100 * x)}%`;

/** One colour per machine, spread around the hue circle. */
function last(values: readonly number[], format: (x: number) => string): string {
  return values.length === 0 ? 'no samples yet' : `now ${format(values[values.length - 1]!)}`;
}

export type ChartName = 'quality' | 'latency' | 'dq' | 'queues' | 'utilisation';
const ALL_CHARTS: readonly ChartName[] = ['quality', 'latency', 'dq', 'queues', 'utilisation'];

export function MeterCharts({
  samples,
  deadline,
  limit,
  machines,
  title = '',
  only = ALL_CHARTS,
}: {
  samples: readonly Sample[];
  deadline: Micros;
  /** The queue bound, when queues are bounded. */
  limit: number | null;
  machines: readonly string[];
  title?: string;
  /** Which charts to draw. */
  only?: readonly ChartName[];
}) {
  const times = samples.map((s) => s.t);
  const yields = samples.map((s) => s.reading.yield);
  const harvests = samples.map((s) => s.reading.harvest);
  const p50 = samples.map((s) => s.reading.latency.p50);
  const p99 = samples.map((s) => s.reading.latency.p99);
  const dq = samples.map((s) => s.reading.dq);
  const prefix = title ? `${title}: ` : '';
  const perMachine = (pick: (s: Sample) => readonly number[]) =>
    machines.map((id, m) => ({
      key: id,
      label: id,
      values: samples.map((s) => pick(s)[m] ?? 0),
      colour: machineColour(m, machines.length),
    }));
  return (
    <div className={styles.charts}>
      {only.includes('quality') && (
        <TimeChart
          title={`${prefix}Yield and harvest (last 2 s)`}
          times={times}
          yMax={1}
          yFormat={percent}
          lines={[
            { key: 'yield', label: 'Yield', values: yields, colour: seriesColour('yield') },
            {
              key: 'harvest',
              label: 'Harvest',
              values: harvests,
              colour: seriesColour('harvest'),
              dashed: true,
            },
          ]}
          summary={`yield ${last(yields, percent)}, harvest ${last(harvests, percent)}`}
        />
      )}
      {only.includes('latency') && (
        <TimeChart
          title={`${prefix}Latency of answers (ms)`}
          times={times}
          yMin={10}
          threshold={{ value: deadline / US_PER_MS, label: 'deadline' }}
          lines={[
            { key: 'p50', label: 'p50', values: p50, colour: seriesColour('p50') },
            { key: 'p99', label: 'p99', values: p99, colour: seriesColour('p99') },
          ]}
          summary={`p99 ${last(p99, (x) => `${Math.round(x)} ms`)}`}
        />
      )}
      {only.includes('dq') && (
        <TimeChart
          title={`${prefix}DQ: whole answers per second`}
          times={times}
          lines={[{ key: 'dq', label: 'DQ', values: dq, colour: seriesColour('dq') }]}
          summary={last(dq, (x) => x.toFixed(0))}
        />
      )}
      {only.includes('queues') && (
        <TimeChart
          title={`${prefix}Queue per machine`}
          times={times}
          yMin={limit ?? 5}
          {...(limit === null ? {} : { threshold: { value: limit, label: 'bound' } })}
          lines={perMachine((s) => s.queues)}
          legend={machines.length <= 8}
          summary={`longest queue ${last(
            samples.map((s) => Math.max(...s.queues)),
            String,
          )}`}
        />
      )}
      {only.includes('utilisation') && (
        <TimeChart
          title={`${prefix}Utilisation per machine`}
          times={times}
          yMax={1}
          yFormat={percent}
          lines={perMachine((s) => s.utilisation)}
          legend={machines.length <= 8}
          summary={`busiest ${last(
            samples.map((s) => Math.max(...s.utilisation)),
            percent,
          )}`}
        />
      )}
    </div>
  );
}
