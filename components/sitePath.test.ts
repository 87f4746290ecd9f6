import { describe, expect, it } from 'vitest';
import { BASE_PATH, sitePath } from './sitePath';

describe('sitePath', () => {
  it('prefixes a path from the root with the base path, and leaves any other link alone', () => {
    expect(sitePath('/play/cap/?seed=2#x')).toBe(`${BASE_PATH}/play/cap/?seed=2#x`);
    for (const other of ['?seed=2', '#top', 'https://example.org/', '//example.org/', 'a/b'])
      expect(sitePath(other)).toBe(other);
  });
});
