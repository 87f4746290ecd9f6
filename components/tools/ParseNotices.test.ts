import { describe, expect, it } from 'vitest';
import { progressText, skippedCount, skippedText } from './ParseNotices';

describe('parse notices', () => {
  it('say how far a parse is', () => {
    expect(progressText({ progress: null, lines: 0 })).toBe('Reading the log…');
    expect(progressText({ progress: { stage: 'search', line: 1200 }, lines: 40001 })).toBe(
      'Reading the log: line 1,200 of 40,001…',
    );
    expect(progressText({ progress: { stage: 'build', events: 4200 }, lines: 9 })).toBe(
      'Building the diagram of 4,200 events…',
    );
  });

  it('count the skipped lines, and say when only the first are listed', () => {
    const line = { line: 6, text: '.' };
    expect(skippedCount({ count: 1, first: [line] })).toBe('Skipped 1 line.');
    expect(skippedText({ count: 1, first: [line] })).toBe(
      'Skipped 1 line that the regular expression does not match:',
    );
    expect(skippedText({ count: 1234, first: [line, line, line, line, line] })).toBe(
      'Skipped 1,234 lines that the regular expression does not match; the first 5:',
    );
  });
});
