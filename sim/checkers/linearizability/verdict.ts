/**
 * What the linearizability checker concludes about a history.
 */

export type Verdict =
  | { readonly linearizable: true }
  | {
      readonly linearizable: false;
      /** The register whose operations cannot be ordered (null: the default register). */
      readonly key: string | null;
      /**
       * A small set of operations (indices into `history.ops`, ascending) that cannot be
       * ordered on their own: highlight these.
       */
      readonly ops: readonly number[];
      /** One plain-English sentence saying why. */
      readonly explanation: string;
      /** The longest legal order of this key's operations the search found (indices). */
      readonly longestPrefix: readonly number[];
      /** This key's operations that are not in `longestPrefix` (indices, ascending). */
      readonly unplaced: readonly number[];
    }
  | {
      readonly linearizable: 'unknown';
      readonly reason: string;
      /** Which bound ended the search: search steps, memory, or `onProgress` said stop. */
      readonly limit: 'steps' | 'memory' | 'stopped';
    };

/** How far a check has got: operations settled out of all operations. */
export interface CheckProgress {
  readonly done: number;
  readonly total: number;
}

export interface CheckOptions {
  /**
   * Give up on a key after this many search steps and answer `unknown`. Default: no
   * limit. Deterministic, unlike a time limit, so a verdict can be replayed.
   */
  readonly searchStepsMax?: number;
  /**
   * Search steps to spend shrinking a counterexample when no simple pattern explains it.
   * Running out only makes `ops` less minimal; the verdict stands.
   */
  readonly shrinkStepsMax?: number;
  /**
   * The most memory the search may take for its cache of configurations, in bytes; past
   * it the answer is `unknown`. Default `CACHE_BYTES_DEFAULT`.
   */
  readonly cacheBytesMax?: number;
  /**
   * Called now and then during a long search; returning true stops the check with an
   * `unknown` verdict (a time limit, a cancel button). The check is as deterministic as
   * this function.
   */
  readonly onProgress?: (progress: CheckProgress) => boolean | void;
}

/** The default `cacheBytesMax`: well within what a browser tab or Node gives one array. */
export const CACHE_BYTES_DEFAULT = 512 * 1024 * 1024;

/** The default `shrinkStepsMax`: a few hundred milliseconds at worst. */
export const SHRINK_STEPS_DEFAULT = 2_000_000;
