'use client';
/**
 * One highlight shared by a cluster and a space-time diagram of the same run: hovering or
 * focusing a node or message in either view emphasises it in both. Spread the result
 * into both views' props:
 *
 *   const linked = useLinkedHighlight(showsSpaceTime);
 *   <ClusterStage {...linked} … />  <SpaceTimeView {...linked} … />
 *
 * When `linked` is false there is only one view, so nothing is shared and hovering
 * costs no re-render.
 */
import { useState } from 'react';
import type { SpaceTimeHighlight } from '@/components/viz/spacetime';

export interface LinkedHighlight {
  readonly highlight?: SpaceTimeHighlight;
  readonly onHover?: (highlight: SpaceTimeHighlight) => void;
}

const UNLINKED: LinkedHighlight = {};

export function useLinkedHighlight(linked = true): LinkedHighlight {
  const [highlight, setHighlight] = useState<SpaceTimeHighlight>(null);
  return linked ? { highlight, onHover: setHighlight } : UNLINKED;
}
