'use client';
/**
 * The cluster's node buttons, laid over the picture so that every node is a real,
 * named button. Together they are one toolbar and one Tab stop (a roving tabindex): at
 * 100 nodes, Tab would otherwise stop 100 times before reaching the controls. The arrow
 * keys move to the next or previous node around the ring (wrapping), Home and End to the
 * first and last. The stop is the node focused last, else the selected one, else the
 * first.
 *
 * Buttons are memoised and their handlers stable, so a published snapshot re-renders only
 * the buttons whose name or state changed.
 */
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { NodeId } from '@/sim/core';
import type { SpaceTimeHighlight } from './spacetime';
import { VIEW_SIZE, type Point } from './layout';
import { rovingTarget } from './roving';
import styles from './cluster.module.css';

interface ButtonProps {
  readonly id: NodeId;
  readonly point: Point;
  readonly diameter: number;
  readonly name: string;
  readonly pressed: boolean;
  readonly stop: boolean;
  readonly onPress: (id: NodeId) => void;
  readonly onHover: (id: NodeId | null) => void;
  readonly onFocusNode: (id: NodeId) => void;
}

const NodeButton = memo(function NodeButton({
  id,
  point,
  diameter,
  name,
  pressed,
  stop,
  onPress,
  onHover,
  onFocusNode,
}: ButtonProps) {
  return (
    <button
      type="button"
      className={styles.nodeButton}
      style={{
        left: `${(point.x / VIEW_SIZE) * 100}%`,
        top: `${(point.y / VIEW_SIZE) * 100}%`,
        width: `${(diameter / VIEW_SIZE) * 100}%`,
      }}
      tabIndex={stop ? 0 : -1}
      data-node={id}
      aria-label={name}
      aria-pressed={pressed}
      onClick={() => onPress(id)}
      onMouseEnter={() => onHover(id)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onFocusNode(id)}
      onBlur={() => onHover(null)}
    />
  );
});

interface Props {
  readonly ids: readonly NodeId[];
  readonly positions: ReadonlyMap<string, Point>;
  readonly radius: number;
  /** The accessible name of each node's button, by id ("n3: suspects n4"). */
  readonly names: ReadonlyMap<NodeId, string>;
  readonly selected: NodeId | null;
  readonly onSelect: (id: NodeId | null) => void;
  readonly onHover: ((highlight: SpaceTimeHighlight) => void) | undefined;
  /** The toolbar's accessible name. */
  readonly label: string;
}

export function NodeButtons({
  ids,
  positions,
  radius,
  names,
  selected,
  onSelect,
  onHover,
  label,
}: Props) {
  const toolbar = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<NodeId | null>(null);
  const stop =
    focused !== null && ids.includes(focused) ? focused : selected !== null ? selected : ids[0];
  // Handlers read the latest props through refs, so they stay the same across renders.
  const latest = useRef({ selected, onSelect, onHover });
  latest.current = { selected, onSelect, onHover };
  const onPress = useCallback((id: NodeId) => {
    const { selected: current, onSelect: select } = latest.current;
    select(current === id ? null : id);
  }, []);
  const onHoverNode = useCallback((id: NodeId | null) => {
    latest.current.onHover?.(id === null ? null : { node: id });
  }, []);
  const onFocusNode = useCallback(
    (id: NodeId) => {
      setFocused(id);
      onHoverNode(id);
    },
    [onHoverNode],
  );

  // A native listener on the toolbar runs before the player's shortcuts (on the window or
  // on a lesson widget around it), which then see the arrow key as already handled.
  useEffect(() => {
    const element = toolbar.current;
    if (!element) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const buttons = [...element.querySelectorAll<HTMLButtonElement>('button[data-node]')];
      const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
      if (index < 0) return;
      const target = rovingTarget(event.key, index, buttons.length);
      if (target === null) return;
      event.preventDefault();
      buttons[target]!.focus();
    };
    element.addEventListener('keydown', onKey);
    return () => element.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div ref={toolbar} role="toolbar" aria-label={label} className={styles.nodeButtons}>
      {ids.map((id) => (
        <NodeButton
          key={id}
          id={id}
          point={positions.get(id)!}
          diameter={2 * radius}
          name={names.get(id) ?? id}
          pressed={selected === id}
          stop={stop === id}
          onPress={onPress}
          onHover={onHoverNode}
          onFocusNode={onFocusNode}
        />
      ))}
    </div>
  );
}
