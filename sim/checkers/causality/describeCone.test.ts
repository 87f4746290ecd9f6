import { describe, expect, it } from 'vitest';
import { describeCone } from './describeCone';
import { buildEventGraph } from './eventGraph';
import { concurrentSendsTrace, forkTrace } from './exampleTraces';

describe('describeCone', () => {
  it('reads out an event’s light cone', () => {
    expect(describeCone(concurrentSendsTrace, 2)).toBe(
      'soldier hear sniper at 1.20 s: 2 events happen before it, 0 after it, 1 is concurrent with it.',
    );
  });

  it('uses the singular for one event before', () => {
    expect(describeCone(forkTrace, 2)).toBe(
      'left receive job from root at 200 µs: 1 event happens before it, 1 after it, 3 are concurrent with it.',
    );
  });

  it('leaves out the time when it is unknown', () => {
    const graph = buildEventGraph(['a'], [{ host: 'a', kind: 'local', label: 'start' }]);
    expect(describeCone(graph, 0)).toBe(
      'a start: 0 events happen before it, 0 after it, 0 are concurrent with it.',
    );
  });

  it('says so when there is no such event', () => {
    expect(describeCone(forkTrace, 7)).toBe('There is no event 7.');
  });
});
