import { describe, expect, it } from 'vitest';
import { readTimeouts } from './readTimeouts';

describe('readTimeouts', () => {
  it('reads two timeouts', () => {
    expect(readTimeouts(['1s', '2500ms'])).toEqual({
      timeouts: [1_000_000, 2_500_000],
      errors: [],
    });
  });

  it('names a timeout it cannot use and falls back to the default for that side', () => {
    const read = readTimeouts(['soon', '99s']);
    expect(read.timeouts).toEqual([1_000_000, 3_000_000]);
    expect(read.errors).toEqual([
      'timeouts: "soon" is not a timeout between 100ms and 10s; using 1s',
      'timeouts: "99s" is not a timeout between 100ms and 10s; using 3s',
    ]);
  });
});
