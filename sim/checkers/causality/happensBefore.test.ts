import { describe, expect, it } from 'vitest';
import {
  chainTrace,
  concurrentSendsTrace,
  duplicatedMessageTrace,
  forkTrace,
  lostMessageTrace,
} from './exampleTraces';
import { causalCones, happensBefore } from './happensBefore';

describe('happensBefore', () => {
  it('is transitive along a chain', () => {
    expect(happensBefore(chainTrace, 0, 3)).toBe(true);
    expect(happensBefore(chainTrace, 3, 0)).toBe(false);
  });

  it('is irreflexive and false for unknown ids', () => {
    expect(happensBefore(chainTrace, 1, 1)).toBe(false);
    expect(happensBefore(chainTrace, 0, 99)).toBe(false);
    expect(happensBefore(chainTrace, -1, 0)).toBe(false);
  });

  it('orders neither concurrent shot first', () => {
    expect(happensBefore(concurrentSendsTrace, 0, 1)).toBe(false);
    expect(happensBefore(concurrentSendsTrace, 1, 0)).toBe(false);
  });
});

describe('causalCones', () => {
  it('splits a fork into past, future and concurrent', () => {
    expect(causalCones(forkTrace, 4)).toEqual({ past: [0, 2], future: [], concurrent: [1, 3, 5] });
    expect(causalCones(forkTrace, 0)).toEqual({
      past: [],
      future: [1, 2, 3, 4, 5],
      concurrent: [],
    });
  });

  it('leaves a lost message with no future off its host', () => {
    expect(causalCones(lostMessageTrace, 1)).toEqual({
      past: [0],
      future: [],
      concurrent: [2, 3],
    });
  });

  it('puts both deliveries of a duplicated message in the send’s future', () => {
    expect(causalCones(duplicatedMessageTrace, 0)).toEqual({
      past: [],
      future: [2, 3, 4],
      concurrent: [1],
    });
  });

  it('returns empty cones for an unknown event', () => {
    expect(causalCones(chainTrace, 42)).toEqual({ past: [], future: [], concurrent: [] });
  });
});
