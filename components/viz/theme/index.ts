/**
 * Every view's colours in one place: the palette (light and dark) that app/globals.css
 * mirrors as CSS custom properties, node status tones, space-time lane tones, chart
 * series, and the canvas palette read from the same properties.
 */
export { COLOURS, colourIn, cssVar, rootDeclarations, type ColourName } from './colours';
export { LANE_TONE, TONES as LANE_TONES, toneColor, type Tone } from './laneTones';
export { PALETTE_COLOUR, readColours, readPalette, watchColorScheme } from './palette';
export type { Palette } from './palette';
export { HISTORY_COLOUR, machineColour, SERIES_COLOUR, seriesColour } from './series';
export { GROUP_VARS, STATUS_COLOUR, TONE_VAR, TONES as STATUS_TONES, toneOf } from './statusTones';
