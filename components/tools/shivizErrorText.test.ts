import { describe, expect, it } from 'vitest';
import { GOVECTOR_REGEX, parseShiViz } from '@/sim/formats/shiviz';
import { shivizErrorText } from './shivizErrorText';

describe('shivizErrorText', () => {
  it('names the line of a problem in the log', () => {
    const result = parseShiViz('a {"a":1}\nstart\na {"a":1}\nagain\n', { regex: GOVECTOR_REGEX });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(shivizErrorText(result.errors[0]!)).toMatch(/^Line 3: /);
  });

  it('names the field of a problem in a regex', () => {
    const result = parseShiViz('a {"a":1}\nstart\n', { regex: '(?<host>' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(shivizErrorText(result.errors[0]!)).toMatch(/^Regular expression: /);
  });
});
