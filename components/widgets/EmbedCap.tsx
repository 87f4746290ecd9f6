'use client';
/** `/embed/cap`: a CP and an AP register side by side. */
import { useSearchParams } from 'next/navigation';
import { capRegister } from '@/sim/scenarios/cap/scenario';
import { CapEmbed } from './cap/CapEmbed';

export function EmbedCap() {
  return <CapEmbed scenario={capRegister} search={useSearchParams().toString()} />;
}
