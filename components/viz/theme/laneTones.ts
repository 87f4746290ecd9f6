/** The tints the canvas draws events and message lines in. */
import type { Palette } from './palette';

export type Tone = 'plain' | 'past' | 'future' | 'known' | 'highlight';

/** Drawing order: later tones are drawn over earlier ones. */
export const TONES: readonly Tone[] = ['plain', 'known', 'past', 'future', 'highlight'];

export function toneColor(palette: Palette, tone: Tone): string {
  switch (tone) {
    case 'plain':
      return palette.message;
    case 'past':
      return palette.past;
    case 'future':
      return palette.future;
    case 'known':
      return palette.known;
    case 'highlight':
      return palette.accent;
  }
}
