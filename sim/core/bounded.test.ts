import { describe, expect, it } from 'vitest';
import { boundMessages, clipText, MESSAGE_CHARS_MAX, MESSAGES_MAX, quoteValue } from './bounded';

describe('bounded messages', () => {
  it('cuts long text to the limit, saying how much was left out', () => {
    const clipped = clipText('x'.repeat(100_000));
    expect(clipped.length).toBe(MESSAGE_CHARS_MAX);
    expect(clipped).toMatch(/… \(99\d{3} more characters\)$/);
    expect(clipText('short')).toBe('short');
  });

  it('quotes any value briefly and never throws', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(quoteValue('2s')).toBe('"2s"');
    expect(quoteValue(10n)).toBe('10n');
    expect(quoteValue(cyclic)).toBe('object');
    expect(quoteValue(undefined)).toBe('undefined');
    expect(quoteValue(Object.create(null))).toBe('{}');
    expect(quoteValue('y'.repeat(10_000)).length).toBeLessThanOrEqual(60);
  });

  it('lists a few messages and counts the rest', () => {
    const many = Array.from({ length: 30 }, (_, i) => `problem ${i}`);
    const bounded = boundMessages(many);
    expect(bounded).toHaveLength(MESSAGES_MAX + 1);
    expect(bounded.at(-1)).toBe(`…and ${30 - MESSAGES_MAX} more problems`);
    expect(boundMessages(['one', 'two'])).toEqual(['one', 'two']);
  });
});
