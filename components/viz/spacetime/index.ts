/**
 * The space-time (Lamport) diagram: `SpaceTimeView` follows a live run through its
 * PlayerStore; `StaticSpaceTime` shows a fixed event graph, such as an imported log.
 */
export { SpaceTimeView, type SpaceTimeViewProps } from './SpaceTimeView';
export { StaticSpaceTime, type StaticSpaceTimeProps } from './StaticSpaceTime';
export type { SpaceTimeHighlight } from './data/spaceTimeData';
