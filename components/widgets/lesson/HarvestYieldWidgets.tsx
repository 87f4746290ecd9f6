'use client';
/** The widgets of the harvest-and-yield lesson. */
export { HarvestRun } from '../harvest/HarvestRun';
export { HarvestSideBySide } from '../harvest/HarvestSideBySide';
export { ThreeOfEverything } from '../harvest/ThreeOfEverything';
