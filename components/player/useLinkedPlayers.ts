'use client';
/**
 * Two runs shown side by side and moved as one: the first leads, the second follows it
 * (PlayerStore.link, playerLink.ts), so one transport plays, steps and seeks both, and a
 * command issued on either reaches both at the same instant.
 */
import { useEffect } from 'react';
import type { PlayerSnapshot, PlayerStore } from './PlayerStore';
import { usePlayer, type RunSpec } from './usePlayer';

export function useLinkedPlayers(
  lead: RunSpec,
  follow: RunSpec,
): [[PlayerStore, PlayerSnapshot], [PlayerStore, PlayerSnapshot]] {
  const leader = usePlayer(lead);
  const follower = usePlayer(follow);
  const [leadStore] = leader;
  const [followStore] = follower;
  useEffect(() => leadStore.link(followStore), [leadStore, followStore]);
  return [leader, follower];
}
