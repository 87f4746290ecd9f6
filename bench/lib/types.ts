/** The shapes every benchmark section returns, and that results/latest.json holds. */
import type { Summary } from './stats';

export type Section = 'engine' | 'render' | 'weight' | 'checker' | 'pbs' | 'logs' | 'harvest';
export const SECTIONS: readonly Section[] = [
  'engine',
  'render',
  'weight',
  'checker',
  'pbs',
  'logs',
  'harvest',
];

export interface Figure {
  /** Stable id; budgets.json refers to figures by it. */
  readonly id: string;
  readonly section: Section;
  /** What the table shows in its first column. */
  readonly label: string;
  readonly unit: string;
  /** Present when the figure was measured. */
  readonly summary?: Summary;
  /** Why there is no summary: "not measurable in the UI yet", "skipped: …". */
  readonly note?: string;
  /** Anything else worth keeping (per-file times, per-window rates, profiles). */
  readonly detail?: unknown;
}

export interface Budget {
  readonly figure: string;
  readonly op: '>=' | '<=' | '<' | '>';
  readonly value: number;
  readonly unit: string;
  readonly why: string;
}
