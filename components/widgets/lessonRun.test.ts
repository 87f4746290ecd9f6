import { describe, expect, it } from 'vitest';
import { readRunState } from '@/components/player/urlState';
import { harvestYield } from '@/sim/scenarios/harvest-yield/scenario';
import { readLessonRun } from './lessonRun';

describe('harvest-yield settings that do not fit together', () => {
  it('are named in a link, which then runs with the defaults', () => {
    const { state, errors } = readRunState(
      harvestYield,
      new URLSearchParams('machines=6&replicas=4&load=90'),
    );
    expect(errors).toEqual([
      'replicas: 4 does not divide machines (6); try 1, 2, 3, 6; using the defaults',
    ]);
    expect(state.params).toMatchObject({ machines: 6, replicas: 2, load: 150 });
  });

  it('are named in a lesson widget, which then runs with the defaults', () => {
    const run = readLessonRun(harvestYield, {
      params: { machines: 8, replicas: 3 },
      until: 'soon',
    });
    expect(run.errors).toEqual([
      'replicas: 3 does not divide machines (8); try 1, 2, 4, 8; using the defaults',
      'until: "soon" is not a time such as "8s"; no limit',
    ]);
    expect(run.params).toMatchObject({ machines: 6, replicas: 2 });
    expect(run.until).toBeNull();
  });
});
