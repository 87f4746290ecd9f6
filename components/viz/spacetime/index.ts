/**
 * The space-time (Lamport) diagram: `SpaceTimeView` follows a live run through its
 * PlayerStore; `StaticSpaceTime` shows a fixed event graph, such as an imported log.
 *
 * The React components sit here; the rest is in layers, each using only those above it
 * (geometry aside, which hit testing shares with drawing):
 * - `data/`: the diagram's data, built from a trace (live) or an event graph (static);
 * - `queries/`: questions about it: cones, frontier, knowledge, hit testing, navigation,
 *   culling, and the sentences that describe it;
 * - `drawing/`: the canvas renderer, geometry, paths, the time axis; colours come from
 *   `components/viz/theme`;
 * - `input/`: the camera (d3-zoom), its zoom steps, and the choice keys.
 */
export { SpaceTimeView, type SpaceTimeViewProps } from './SpaceTimeView';
export { StaticSpaceTime, type StaticSpaceTimeProps } from './StaticSpaceTime';
export type { SpaceTimeHighlight } from './data/spaceTimeData';
