'use client';
/**
 * What the space-time tool says about reading a log: the progress line while a parse
 * runs (with Cancel), every error by line, and the lines the regex skipped.
 */
import { format } from 'd3-format';
import type { ParseShiVizResult, SkippedText } from '@/sim/formats/shiviz';
import { shivizErrorText } from './shivizErrorText';
import type { Parsing } from './useLogParser';
import styles from './tools.module.css';

const count = format(',');

/** "Reading the log: line 1,200 of 40,001…", or "Building the diagram of 4,000 events…". Pure. */
export function progressText(parsing: Parsing): string {
  const { progress, lines } = parsing;
  if (progress === null) return 'Reading the log…';
  if (progress.stage === 'build')
    return `Building the diagram of ${count(progress.events)} events…`;
  return `Reading the log: line ${count(progress.line)} of ${count(lines)}…`;
}

export function ParseProgressLine({
  parsing,
  onCancel,
}: {
  readonly parsing: Parsing;
  readonly onCancel: () => void;
}) {
  return (
    <div className={styles.actions}>
      <p className={styles.summary} role="status">
        {progressText(parsing)}
      </p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

export function ParseErrors({ result }: { readonly result: ParseShiVizResult & { ok: false } }) {
  return (
    <div className={styles.errors} role="alert">
      <p>
        The log could not be read ({result.errors.length}{' '}
        {result.errors.length === 1 ? 'problem' : 'problems'}):
      </p>
      <ul>
        {result.errors.map((error, index) => (
          <li key={index}>{shivizErrorText(error)}</li>
        ))}
      </ul>
    </div>
  );
}

const lines = (n: number) => (n === 1 ? '1 line' : `${count(n)} lines`);

/** "Skipped 3 lines.", for the status line a screen reader hears. Pure. */
export function skippedCount(skipped: SkippedText): string {
  return `Skipped ${lines(skipped.count)}.`;
}

/** "Skipped 3 lines that the regular expression does not match; the first 5:". Pure. */
export function skippedText(skipped: SkippedText): string {
  return `Skipped ${lines(skipped.count)} that the regular expression does not match${
    skipped.first.length < skipped.count ? `; the first ${skipped.first.length}` : ''
  }:`;
}

export function SkippedLines({ skipped }: { readonly skipped: SkippedText }) {
  if (skipped.count === 0) return null;
  return (
    <section className={styles.skipped} aria-label="Skipped lines">
      <p>{skippedText(skipped)}</p>
      <ul>
        {skipped.first.map((line) => (
          <li key={line.line}>
            Line {line.line}: <code>{line.text}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
