'use client';
/**
 * The consistent-hash ring: every node's tokens around a circle (each virtual node a
 * tick), the keys where they hash, and for the chosen key its preference list: the N
 * replicas in green, then the stand-ins a sloppy quorum would borrow. The ring changes
 * only with M, N and the virtual nodes, so React renders it whole and it never animates.
 */
import { useMemo, useState } from 'react';
import { scaleLinear } from 'd3-scale';
import { arc } from 'd3-shape';
import type { ParamValues } from '@/sim/core';
import { ringOf } from '@/sim/scenarios/quorums/kvContext';
import { keyPoint, placement, tokensMet } from '@/sim/scenarios/quorums/ring';
import { workloadKeys } from '@/sim/scenarios/quorums/workload';
import styles from './quorum.module.css';

const SIZE = 240;
const RADIUS = 64;
const angle = scaleLinear()
  .domain([0, 2 ** 32])
  .range([-Math.PI / 2, (3 * Math.PI) / 2]);

/** The walk from the key to its last replica, as a band along the ring (d3-shape's angles run clockwise from 12 o'clock). */
function walkBand(from: number, to: number): string {
  const turn = (point: number) => (point / 2 ** 32) * 2 * Math.PI;
  const start = turn(from);
  const end = turn(to) < start ? turn(to) + 2 * Math.PI : turn(to);
  return (
    arc()({ innerRadius: RADIUS - 3, outerRadius: RADIUS + 3, startAngle: start, endAngle: end }) ??
    ''
  );
}

function at(point: number, radius: number): [number, number] {
  const a = angle(point);
  return [SIZE / 2 + radius * Math.cos(a), SIZE / 2 + radius * Math.sin(a)];
}

export function RingView({ params }: { params: ParamValues }) {
  const ring = ringOf(params);
  const n = Math.min(Number(params.n), ring.nodes.length);
  const keys = useMemo(() => workloadKeys(Number(params.keys)), [params.keys]);
  const [chosen, setChosen] = useState(keys[0]!);
  const key = keys.includes(chosen) ? chosen : keys[0]!;
  const { replicas, standIns } = placement(ring, key, n);
  // The tokens where the walk from the key first meets each replica and the first stand-in.
  const metTokens = tokensMet(ring, keyPoint(key), n + 1);
  const met = new Map(metTokens.map((token, i) => [token, i]));
  const lastReplica = metTokens[Math.min(n, metTokens.length) - 1];
  const roleOf = (node: string) =>
    replicas.includes(node) ? 'replica' : standIns[0] === node ? 'standIn' : 'other';
  return (
    <section className={styles.panel} aria-labelledby="ring-heading">
      <h3 id="ring-heading">Ring placement</h3>
      <div className={styles.keyButtons} role="group" aria-label="Key to place">
        {keys.map((candidate) => (
          <button
            key={candidate}
            type="button"
            aria-pressed={candidate === key}
            onClick={() => setChosen(candidate)}
          >
            {candidate}
          </button>
        ))}
      </div>
      <div className={styles.ring}>
        <svg viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
          <circle className={styles.circle} cx={SIZE / 2} cy={SIZE / 2} r={RADIUS} />
          {lastReplica && (
            <path
              className={styles.walk}
              transform={`translate(${SIZE / 2},${SIZE / 2})`}
              d={walkBand(keyPoint(key), lastReplica.point)}
            />
          )}
          {ring.tokens.map((token) => {
            const [x1, y1] = at(token.point, RADIUS - 7);
            const [x2, y2] = at(token.point, RADIUS + 7);
            // Labels stagger outwards in walk order, so tokens side by side stay readable.
            const [lx, ly] = at(token.point, RADIUS + 14 + 10 * (met.get(token) ?? 0));
            const role = roleOf(token.node);
            return (
              <g key={`${token.node}-${token.point}`}>
                <line className={styles.token} data-role={role} x1={x1} y1={y1} x2={x2} y2={y2} />
                {met.has(token) && (
                  <text
                    className={styles.keyLabel}
                    x={lx}
                    y={ly}
                    textAnchor="middle"
                    dominantBaseline="middle"
                  >
                    {token.node}
                  </text>
                )}
              </g>
            );
          })}
          {keys.map((candidate) => {
            const [x, y] = at(keyPoint(candidate), RADIUS - 22);
            const [mx, my] = at(keyPoint(candidate), RADIUS);
            return (
              <g key={candidate} opacity={candidate === key ? 1 : 0.45}>
                <circle className={styles.keyMark} cx={mx} cy={my} r={4} />
                <text
                  className={styles.keyLabel}
                  x={x}
                  y={y}
                  textAnchor="middle"
                  dominantBaseline="middle"
                >
                  {candidate}
                </text>
              </g>
            );
          })}
        </svg>
        <ul aria-live="polite">
          <li>
            <strong>{key}</strong> lives on {replicas.join(', ')} (N={n}), the first {n} distinct
            nodes clockwise.
          </li>
          <li>
            Stand-ins for a sloppy quorum, in order:{' '}
            {standIns.length === 0 ? 'none (N = M)' : standIns.join(', ')}.
          </li>
          <li>
            {ring.nodes.length} nodes × {Number(params.vnodes)} virtual nodes = {ring.tokens.length}{' '}
            tokens.
          </li>
        </ul>
      </div>
    </section>
  );
}
