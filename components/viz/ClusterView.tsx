'use client';
/**
 * ClusterView: nodes on a circle, the links between them, partitions as tinted regions
 * with cut lines, suspicion as arrows, and messages moving along their links.
 *
 * Render strategy: React renders structure (nodes, links, regions, legend), which changes
 * only when the player publishes a snapshot. Messages in flight move every frame, drawn on
 * a canvas over the SVG that React never touches (see messageLayer.ts). Nodes are real HTML
 * buttons laid over both, so they are focusable and named: one toolbar with a single Tab
 * stop (see NodeButtons). From 3 to 100 nodes: nodes shrink with the ring's spacing, and
 * past about 20 their labels move outside the ring.
 */
import { useId, useMemo, useRef, type ReactNode } from 'react';
import type { NodeId } from '@/sim/core';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { useMessageCanvas } from './useMessageCanvas';
import {
  CENTER,
  clusterGeometry,
  RING_RADIUS,
  VIEW_SIZE,
  type ClusterTopology,
  type Point,
} from './layout';
import { PartitionRegions } from './PartitionRegions';
import { ClusterLinks } from './ClusterLinks';
import { ClusterLegend } from './ClusterLegend';
import { NodeButtons } from './NodeButtons';
import { TONES, TONE_VAR, toneOf } from './theme/statusTones';
import { usePartitionDrag } from './usePartitionDrag';
import { TONE_FILL, useToneFills } from './motion';
import type { SpaceTimeHighlight } from './spacetime';
import styles from './cluster.module.css';

/** Size and line height of the text under a node (its badge), in viewBox units. */
const BADGE_SIZE = 19;
const BADGE_LINE = 21;

export interface ClusterViewProps {
  readonly store: PlayerStore;
  readonly snapshot: PlayerSnapshot;
  readonly selected: NodeId | null;
  readonly onSelect: (id: NodeId | null) => void;
  readonly allowPartition: boolean;
  readonly reducedMotion: boolean;
  readonly label: string;
  /** A smaller cluster, for lessons where prose surrounds it. */
  readonly compact?: boolean;
  /** A node or message to emphasise, shared with the space-time diagram. */
  readonly highlight?: SpaceTimeHighlight;
  readonly onHover?: (highlight: SpaceTimeHighlight) => void;
  /** Where nodes sit and which pairs are linked, when the cluster is not a ring. */
  readonly topology?: ClusterTopology;
  /** SVG drawn over the nodes, such as each node's load, given their positions. */
  readonly overlay?: (positions: ReadonlyMap<string, Point>, radius: number) => ReactNode;
}

export function ClusterView({
  store,
  snapshot,
  selected,
  onSelect,
  allowPartition,
  reducedMotion,
  label,
  compact = false,
  highlight = null,
  onHover,
  topology,
  overlay,
}: ClusterViewProps) {
  const scenario = store.scenario;
  const arrowId = `lc-arrow-${useId().replace(/:/g, '')}`;
  // Every snapshot has a new node list; the ids (and so positions, links and the message
  // canvas, which depend on them) change only when the nodes do.
  const idList = snapshot.nodes.map((node) => node.id).join(' ');
  const ids = useMemo(() => idList.split(' '), [idList]);
  const count = ids.length;
  const geometry = useMemo(() => clusterGeometry(count), [count]);
  const positions = useMemo(() => {
    const points = topology ? topology.layout(ids) : geometry.points;
    return new Map<string, Point>(ids.map((id, index) => [id, points[index]!]));
  }, [ids, geometry, topology]);
  const looks = useMemo(
    () => new Map(snapshot.nodes.map((node) => [node.id, scenario.describe(node)])),
    [snapshot.nodes, scenario],
  );
  const names = useMemo(
    () => new Map([...looks].map(([id, look]) => [id, `${id}: ${look.summary}`])),
    [looks],
  );
  const present = useMemo(() => new Set([...looks.values()].map((look) => look.status)), [looks]);
  const relationsNow = useMemo(
    () => new Set([...looks.values()].flatMap((look) => (look.edges ?? []).map((e) => e.kind))),
    [looks],
  );
  const svgRef = useRef<SVGSVGElement>(null);
  useToneFills(svgRef, reducedMotion);
  const drag = usePartitionDrag({
    svgRef,
    store,
    positions,
    groups: snapshot.network.groups,
    ids,
    enabled: allowPartition,
  });
  const { canvasRef, onPointerMove, onPointerLeave } = useMessageCanvas(store, {
    positions,
    geometry,
    reducedMotion,
    highlighted: highlight?.message ?? null,
    onHover,
  });

  const { nodeRadius: r, labelsInside, labelSize, labelEvery } = geometry;
  // Rings around a selected or highlighted node, and the crash cross, scale with the node.
  const gap = Math.max(4, Math.round(r / 4));
  const cross = r * 0.41;
  /** Outside labels sit just beyond the ring, on the line from the centre through the node. */
  const outsideLabel = (point: Point) => {
    const dx = point.x - CENTER;
    const dy = point.y - CENTER;
    // Relative to the node's centre, which its group is translated to.
    const k = (r + gap + 9) / RING_RADIUS;
    return { x: dx * k, y: dy * k };
  };

  return (
    <figure className={styles.figure} aria-label={label}>
      <div className={compact ? `${styles.stage} ${styles.compact}` : styles.stage}>
        <svg
          ref={svgRef}
          className={styles.svg}
          viewBox={`0 0 ${VIEW_SIZE} ${VIEW_SIZE}`}
          role="img"
          aria-label={`${label}: ${snapshot.nodes.map((node) => `${node.id} ${looks.get(node.id)?.summary ?? ''}`).join('; ')}`}
          onPointerMove={onPointerMove}
          onPointerLeave={onPointerLeave}
          style={{ touchAction: allowPartition ? 'none' : 'auto' }}
        >
          <defs>
            {TONES.map((tone) => (
              <marker
                key={tone}
                id={`${arrowId}-${tone}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M0,0L10,5L0,10z" fill={TONE_VAR[tone]} />
              </marker>
            ))}
          </defs>
          {topology?.ringRegions !== false && (
            <PartitionRegions
              ids={ids}
              groups={snapshot.network.groups}
              reducedMotion={reducedMotion}
            />
          )}
          <ClusterLinks
            ids={ids}
            positions={positions}
            geometry={geometry}
            network={snapshot.network}
            looks={looks}
            arrowId={arrowId}
            relations={scenario.relations ?? []}
            {...(topology ? { linked: topology.linked } : {})}
          />
          {snapshot.nodes.map((node, index) => {
            const point = positions.get(node.id)!;
            const look = looks.get(node.id)!;
            const tone = toneOf(scenario.legend, look.status);
            const emphasised = selected === node.id || highlight?.node === node.id;
            const labelled = labelsInside || index % labelEvery === 0 || emphasised;
            const outside = labelsInside ? null : outsideLabel(point);
            return (
              <g
                key={node.id}
                transform={`translate(${point.x},${point.y})`}
                className={styles.node}
                data-status={look.status}
              >
                {selected === node.id && <circle r={r + gap} className={styles.selectedRing} />}
                {highlight?.node === node.id && (
                  <circle
                    r={r + 2 * gap}
                    className={styles.highlightRing}
                    data-highlight={node.id}
                  />
                )}
                <circle
                  r={r}
                  {...{ [TONE_FILL]: TONE_VAR[tone] }}
                  className={node.up ? styles.nodeBody : styles.nodeDown}
                />
                {!node.up && (
                  <path
                    d={`M${-cross},${-cross}L${cross},${cross}M${-cross},${cross}L${cross},${-cross}`}
                    className={styles.crashCross}
                    style={{ strokeWidth: Math.max(1.5, r / 8) }}
                  />
                )}
                {labelled && (
                  <text
                    className={outside ? styles.nodeLabelOutside : styles.nodeLabel}
                    x={outside?.x}
                    y={outside?.y}
                    dy="0.35em"
                    fontSize={labelSize}
                  >
                    {node.id}
                  </text>
                )}
                {labelsInside &&
                  look.badge?.map((line, row) => (
                    <text
                      key={row}
                      className={styles.nodeBadge}
                      y={r + BADGE_LINE * (row + 1)}
                      fontSize={BADGE_SIZE}
                      data-badge={node.id}
                    >
                      {line}
                    </text>
                  ))}
              </g>
            );
          })}
          {overlay?.(positions, r)}
          <line ref={drag.lineRef} className={styles.dragLine} visibility="hidden" data-cut-line />
        </svg>
        <canvas ref={canvasRef} className={styles.messageCanvas} aria-hidden="true" />
        <NodeButtons
          ids={ids}
          positions={positions}
          radius={r}
          names={names}
          selected={selected}
          onSelect={onSelect}
          onHover={onHover}
          label={`${label}: nodes`}
        />
      </div>
      <ClusterLegend
        legend={scenario.legend}
        relations={(scenario.relations ?? []).filter((r) => relationsNow.has(r.kind))}
        present={present}
      />
      {allowPartition && (
        <p className={styles.hint}>
          Drag a line across the cluster to cut the network. Click a node to inspect it.
        </p>
      )}
    </figure>
  );
}
