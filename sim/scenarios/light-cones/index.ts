/** The `light-cones` scenario and what views and tests need from it. */
export { mutualVisibility } from './scenario';
export { mutualVisibilityParams } from './params';
export { positionOf, roleOf, SHOOTER_NODE, type Role, type Shooter } from './geometry';
export type { FiredBody, Order, VisibilityContext, VisibilityDurable } from './machine';
