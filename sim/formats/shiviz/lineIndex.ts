/**
 * Turns character offsets into 1-based line numbers, so every parse error can say
 * where it is. Built once per text; each lookup is a binary search.
 */
export interface LineIndex {
  /** The 1-based line that contains `offset`. */
  lineAt(offset: number): number;
  /** The offset where 1-based `line` starts (the text's end past the last line). */
  offsetOf(line: number): number;
}

/** Indexes the line starts of `text` (lines end with "\n"). Pure. */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);

  return {
    lineAt(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((starts[middle] ?? 0) <= offset) low = middle;
        else high = middle - 1;
      }
      return low + 1;
    },
    offsetOf(line) {
      return starts[line - 1] ?? text.length;
    },
  };
}

/** Unifies line endings ("\r\n" and "\r" become "\n"); line numbers do not change. Pure. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** The first offset at or after `from` that is not a space, tab or line break. Pure. */
export function skipBlank(text: string, from: number): number {
  let at = from;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break;
  }
  return at;
}
