/** The tints the space-time canvas draws events and message lines in. */
import type { Palette } from './palette';

export type Tone = 'plain' | 'past' | 'future' | 'known' | 'highlight';

/** Drawing order: later tones are drawn over earlier ones. */
export const TONES: readonly Tone[] = ['plain', 'known', 'past', 'future', 'highlight'];

/** The palette entry each tone is drawn in. */
export const LANE_TONE: Record<Tone, keyof Palette> = {
  plain: 'message',
  past: 'past',
  future: 'future',
  known: 'known',
  highlight: 'accent',
};

export function toneColor(palette: Palette, tone: Tone): string {
  return palette[LANE_TONE[tone]];
}
