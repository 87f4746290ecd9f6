/**
 * Which run each lesson card shows: the lesson's own scenario, seeded, with the fault
 * the lesson is about. Read on the server at build time only (the home page).
 */
import { capRegister } from '@/sim/scenarios/cap/scenario';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { harvestYield } from '@/sim/scenarios/harvest-yield/scenario';
import { mutualVisibility } from '@/sim/scenarios/light-cones/scenario';
import { quorumKv } from '@/sim/scenarios/quorums/scenario';
import type { PictureSetup } from './runPicture';

const CUT = [
  ['n1', 'n2'],
  ['n3', 'n4', 'n5'],
];

export const LESSON_PICTURES: Readonly<Record<string, PictureSetup>> = {
  'failure-detection': {
    scenario: failureDetector,
    commands: [{ at: '1.5s', type: 'crash', node: 'n3' }],
    until: '4s',
  },
  'light-cones': {
    scenario: mutualVisibility,
    params: { gap: '450', distance: '400ms', spread: '100' },
    until: '2.5s',
  },
  cap: {
    scenario: capRegister,
    params: { rate: '4' },
    commands: [
      { at: '2s', type: 'partition', groups: CUT },
      { at: '4s', type: 'heal' },
    ],
    until: '5s',
  },
  quorums: {
    scenario: quorumKv,
    params: { r: '1', w: '1' },
    commands: [{ at: '1s', type: 'crash', node: 'n2' }],
    until: '3s',
  },
  'harvest-yield': {
    scenario: harvestYield,
    params: { replicas: 1, load: 60 },
    commands: [{ at: '1s', type: 'crash', node: 'n3' }],
    until: '3s',
  },
};
