import { skipBlank } from './lineIndex';

/** A stretch of the log holding one execution. */
export interface ExecutionText {
  /** The delimiter's `trace` group, or ''. */
  readonly label: string;
  /** Offset of `text` in the whole input, to keep line numbers absolute. */
  readonly offset: number;
  readonly text: string;
}

/**
 * Splits the log into executions at each match of the delimiter. Pure.
 *
 * As in ShiViz, the text before the first delimiter is an execution labelled '',
 * each delimiter's `trace` group labels the text after it, and executions with
 * nothing but whitespace are dropped. Without a delimiter the log is one execution.
 * `onSearch` hears the offset (in the whole input) where each search starts.
 */
export function splitExecutions(
  text: string,
  offset: number,
  delimiter: RegExp | null,
  onSearch?: (offset: number) => void,
): ExecutionText[] {
  if (delimiter === null) return nonEmpty([{ label: '', offset, text }]);

  const executions: ExecutionText[] = [];
  let label = '';
  let start = 0;
  delimiter.lastIndex = 0;
  const search = (regex: RegExp) => {
    onSearch?.(offset + skipBlank(text, regex.lastIndex));
    return regex.exec(text);
  };
  for (let match = search(delimiter); match !== null; match = search(delimiter)) {
    if (match[0].length === 0) {
      // An empty match splits nothing; step past it so the loop ends.
      delimiter.lastIndex += 1;
      continue;
    }
    executions.push({ label, offset: offset + start, text: text.slice(start, match.index) });
    label = match.groups?.['trace'] ?? '';
    start = match.index + match[0].length;
  }
  executions.push({ label, offset: offset + start, text: text.slice(start) });
  return nonEmpty(executions);
}

function nonEmpty(executions: ExecutionText[]): ExecutionText[] {
  return executions.filter((execution) => execution.text.trim() !== '');
}
