'use client';
/**
 * The operations as bars, one row per client. Up to `SVG_BARS_MAX` operations they are
 * SVG elements; beyond that, one canvas: 100,000 SVG bars take seconds to lay out and
 * gigabytes of memory, while a canvas draws them in milliseconds. Either way the drawing
 * is an image with a summary as its name; the table gives every detail.
 */
import { useEffect, useRef } from 'react';
import type { HistoryLayout } from './historyLayout';
import { clientName } from '@/sim/checkers/linearizability';
import styles from './history.module.css';
import { HISTORY_COLOUR, readColours } from '@/components/viz/theme';

export const SVG_BARS_MAX = 2000;
export const WIDTH = 720;
export const ROW = 30;
export const LABEL = 44;
const LABEL_MIN_WIDTH = 34;

interface Props {
  readonly layout: HistoryLayout;
  readonly highlighted: ReadonlySet<number>;
  readonly label: string;
}

export function HistoryBars(props: Props) {
  return props.layout.bars.length > SVG_BARS_MAX ? (
    <CanvasBars {...props} />
  ) : (
    <SvgBars {...props} />
  );
}

function heightOf(layout: HistoryLayout): number {
  return Math.max(1, layout.processes.length) * ROW + 8;
}

function SvgBars({ layout, highlighted, label }: Props) {
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${heightOf(layout)}`}
      className={styles.svg}
      role="img"
      aria-label={label}
    >
      {layout.processes.map((process, row) => (
        <text key={process} x={0} y={row * ROW + ROW / 2 + 4} className={styles.rowLabel}>
          c{process}
        </text>
      ))}
      <g transform={`translate(${LABEL},4)`}>
        {layout.bars.map((bar) => (
          <g
            key={bar.index}
            className={styles.op}
            data-status={bar.op.status}
            data-highlight={highlighted.has(bar.index) || undefined}
          >
            <rect
              x={bar.x1}
              y={bar.row * ROW + 3}
              width={bar.x2 - bar.x1}
              height={ROW - 10}
              rx={4}
            />
            {bar.x2 - bar.x1 > LABEL_MIN_WIDTH && (
              <text x={bar.x1 + 4} y={bar.row * ROW + ROW / 2 + 2}>
                {bar.label}
              </text>
            )}
          </g>
        ))}
      </g>
    </svg>
  );
}

function CanvasBars({ layout, highlighted, label }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const height = heightOf(layout);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = WIDTH * ratio;
    element.height = height * ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    // Resolved through the element, so light, dark and an embed's theme all apply.
    const colours = readColours(element, HISTORY_COLOUR);
    const fills = { ok: colours.ok, fail: colours.fail, info: colours.info };
    context.clearRect(0, 0, WIDTH, height);
    context.fillStyle = colours.label;
    context.font = '13px sans-serif';
    layout.processes.forEach((process, row) =>
      context.fillText(clientName(process), 0, row * ROW + ROW / 2 + 4),
    );
    for (const bar of layout.bars) {
      context.fillStyle = fills[bar.op.status];
      context.fillRect(LABEL + bar.x1, 4 + bar.row * ROW + 3, bar.x2 - bar.x1, ROW - 10);
    }
    // Highlights last, on top, so a handful of offending bars stay visible among thousands.
    context.strokeStyle = colours.bad;
    context.lineWidth = 3;
    for (const bar of layout.bars) {
      if (!highlighted.has(bar.index)) continue;
      context.strokeRect(LABEL + bar.x1, 4 + bar.row * ROW + 3, bar.x2 - bar.x1, ROW - 10);
    }
  }, [layout, highlighted, height]);
  return (
    <canvas
      ref={canvas}
      className={styles.svg}
      style={{ aspectRatio: `${WIDTH} / ${height}` }}
      role="img"
      aria-label={label}
    />
  );
}
