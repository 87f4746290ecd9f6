'use client';
/**
 * ClusterView: nodes on a circle, the links between them, partitions as tinted regions
 * with cut lines, suspicion as arrows, and messages moving along their links.
 *
 * Render strategy: React renders structure (nodes, links, regions, legend), which changes
 * only when the player publishes a snapshot. Messages in flight move every frame, drawn by
 * D3 into a layer React never touches (see messageLayer.ts). Nodes are real HTML buttons
 * laid over the SVG, so they are focusable and named.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import type { NodeId } from '@/sim/core/ids';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { drawMessageLayer, lostMarks, messagePositions } from './messageLayer';
import { SendIndex } from './sendIndex';
import { NODE_RADIUS, ringLayout, VIEW_SIZE, type Point } from './layout';
import { PartitionRegions } from './PartitionRegions';
import { ClusterLinks } from './ClusterLinks';
import { ClusterLegend } from './ClusterLegend';
import { TONES, TONE_VAR, toneOf } from './tones';
import { usePartitionDrag } from './usePartitionDrag';
import type { SpaceTimeHighlight } from './spacetime';
import styles from './cluster.module.css';

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
}

/** Wall-clock time a lost message stays marked. */
const LOST_MARK_MS = 900;
/** With reduced motion, positions jump at this interval instead of gliding. */
const REDUCED_MOTION_FRAME_MS = 500;

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
}: ClusterViewProps) {
  const scenario = store.scenario;
  const layerRef = useRef<SVGGElement>(null);
  const arrowId = `lc-arrow-${useId().replace(/:/g, '')}`;
  const ids = useMemo(() => snapshot.nodes.map((node) => node.id), [snapshot.nodes]);
  const positions = useMemo(() => {
    const points = ringLayout(ids.length);
    return new Map<string, Point>(ids.map((id, index) => [id, points[index]!]));
  }, [ids]);
  const looks = useMemo(
    () => new Map(snapshot.nodes.map((node) => [node.id, scenario.describe(node)])),
    [snapshot.nodes, scenario],
  );
  // Read by the frame loop, so a hover does not restart it.
  const highlightedMessage = useRef<number | null>(null);
  highlightedMessage.current = highlight?.message ?? null;
  const present = useMemo(() => new Set([...looks.values()].map((look) => look.status)), [looks]);
  const drag = usePartitionDrag({
    store,
    positions,
    groups: snapshot.network.groups,
    ids,
    enabled: allowPartition,
  });

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const sends = new SendIndex();
    let lastDraw = -Infinity;
    return store.onFrame((sim) => {
      const wall = performance.now();
      if (reducedMotion && store.getSnapshot().playing && wall - lastDraw < REDUCED_MOTION_FRAME_MS)
        return;
      lastDraw = wall;
      const window = LOST_MARK_MS * 1000 * store.getSnapshot().speed;
      drawMessageLayer(
        layer,
        messagePositions(sim, positions),
        lostMarks(sim, positions, sends, window),
        !reducedMotion,
        highlightedMessage.current,
      );
    });
  }, [store, positions, reducedMotion]);

  return (
    <figure className={styles.figure} aria-label={label}>
      <div className={compact ? `${styles.stage} ${styles.compact}` : styles.stage}>
        <svg
          className={styles.svg}
          viewBox={`0 0 ${VIEW_SIZE} ${VIEW_SIZE}`}
          role="img"
          aria-label={`${label}: ${snapshot.nodes.map((node) => `${node.id} ${looks.get(node.id)?.summary ?? ''}`).join('; ')}`}
          onPointerDown={drag.onPointerDown}
          onPointerMove={drag.onPointerMove}
          onPointerUp={drag.onPointerUp}
          onPointerCancel={drag.onPointerCancel}
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
          <PartitionRegions ids={ids} groups={snapshot.network.groups} />
          <ClusterLinks
            ids={ids}
            positions={positions}
            network={snapshot.network}
            looks={looks}
            arrowId={arrowId}
            relations={scenario.relations ?? []}
          />
          <g ref={layerRef} className={styles.messages} />
          {snapshot.nodes.map((node) => {
            const point = positions.get(node.id)!;
            const look = looks.get(node.id)!;
            const tone = toneOf(scenario.legend, look.status);
            return (
              <g
                key={node.id}
                transform={`translate(${point.x},${point.y})`}
                className={styles.node}
                data-status={look.status}
              >
                {selected === node.id && (
                  <circle r={NODE_RADIUS + 8} className={styles.selectedRing} />
                )}
                {highlight?.node === node.id && (
                  <circle
                    r={NODE_RADIUS + 14}
                    className={styles.highlightRing}
                    data-highlight={node.id}
                  />
                )}
                <circle
                  r={NODE_RADIUS}
                  fill={TONE_VAR[tone]}
                  className={node.up ? styles.nodeBody : styles.nodeDown}
                />
                {!node.up && (
                  <path d="M-14,-14L14,14M-14,14L14,-14" className={styles.crashCross} />
                )}
                <text className={styles.nodeLabel} dy="0.35em">
                  {node.id}
                </text>
              </g>
            );
          })}
          <line ref={drag.lineRef} className={styles.dragLine} visibility="hidden" />
        </svg>
        {snapshot.nodes.map((node) => {
          const point = positions.get(node.id)!;
          const look = looks.get(node.id)!;
          return (
            <button
              key={node.id}
              type="button"
              className={styles.nodeButton}
              style={{
                left: `${(point.x / VIEW_SIZE) * 100}%`,
                top: `${(point.y / VIEW_SIZE) * 100}%`,
                width: `${((2 * NODE_RADIUS) / VIEW_SIZE) * 100}%`,
              }}
              aria-label={`${node.id}: ${look.summary}`}
              aria-pressed={selected === node.id}
              onClick={() => onSelect(selected === node.id ? null : node.id)}
              onMouseEnter={() => onHover?.({ node: node.id })}
              onMouseLeave={() => onHover?.(null)}
              onFocus={() => onHover?.({ node: node.id })}
              onBlur={() => onHover?.(null)}
            />
          );
        })}
      </div>
      <ClusterLegend
        legend={scenario.legend}
        relations={scenario.relations ?? []}
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
