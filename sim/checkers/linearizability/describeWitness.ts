/**
 * Turns a recognised violation into the operations to highlight and one plain-English
 * sentence, e.g. "Process 2 read 3 (invoked at t=14), but 3 had already been overwritten
 * by process 4's write of 0, which completed at t=12."
 */
import type { History, Operation } from './history';
import type { Witness } from './findViolationPattern';
import {
  describeObservation,
  describeOperation,
  formatInterval,
  formatTime,
  formatValue,
  observedValue,
  toSentence,
} from './describeOperation';
import { assertNever } from '@/sim/core/assertNever';

export interface Explained {
  /** Indices into `history.ops`, ascending. */
  readonly ops: number[];
  readonly explanation: string;
}

/** The operations to highlight for `witness` and the sentence that explains it. Pure. */
export function describeWitness(witness: Witness, history: History, key: string | null): Explained {
  const op = (index: number): Operation => {
    const found = history.ops[index];
    if (found === undefined) throw new RangeError(`no operation ${index}`);
    return found;
  };
  const finish = (indices: (number | null)[], text: string): Explained => ({
    ops: indices.filter((index): index is number => index !== null).sort((a, b) => a - b),
    explanation: toSentence(key, text),
  });

  switch (witness.type) {
    case 'never-written': {
      const seen = op(witness.observer);
      const value = formatValue(observedValue(seen));
      const [onlyFailed] = witness.failedWrites;
      const failedCount = witness.failedWrites.length;
      const why =
        onlyFailed === undefined
          ? `no operation ever wrote ${value}`
          : failedCount === 1
            ? `the only operation that writes ${value}, ${describeOperation(op(onlyFailed))} (${formatInterval(op(onlyFailed))}), failed`
            : `${failedCount === 2 ? 'both' : `all ${failedCount}`} operations that write ${value} failed`;
      const text = `${describeObservation(seen)} (${formatInterval(seen)}), but ${why}`;
      return finish([witness.observer, ...witness.failedWrites], text);
    }
    case 'read-from-future': {
      const seen = op(witness.observer);
      const writer = op(witness.firstWriter);
      const text =
        `${describeObservation(seen)} (returned at ${formatTime(seen.return ?? seen.call)}), ` +
        `but the earliest operation that writes ${formatValue(observedValue(seen))}, ` +
        `${describeOperation(writer)}, was not invoked until ${formatTime(writer.call)}`;
      return finish([witness.observer, witness.firstWriter], text);
    }
    case 'overwritten': {
      const seen = op(witness.observer);
      const overwriter = op(witness.overwriter);
      const value = formatValue(observedValue(seen));
      const what = witness.lastWriter === null ? `the initial value ${value}` : value;
      const text =
        `${describeObservation(seen)} (invoked at ${formatTime(seen.call)}), but ${what} had ` +
        `already been overwritten by ${describeOperation(overwriter)}, which completed at ` +
        formatTime(overwriter.return ?? overwriter.call);
      return finish([witness.observer, witness.lastWriter, witness.overwriter], text);
    }
    case 'refused-but-held': {
      const refuser = op(witness.refuser);
      const from = formatValue(observedValue(refuser));
      const end = formatTime(refuser.return ?? refuser.call);
      const held =
        witness.writer === null
          ? `it was still the initial value ${from}, and nothing could have changed it before ${end}`
          : `${describeOperation(op(witness.writer))} completed at ` +
            `${formatTime(op(witness.writer).return ?? 0)} and nothing could have changed it before ${end}`;
      const text =
        `${describeOperation(refuser)} (${formatInterval(refuser)}) failed, reporting that the ` +
        `value was not ${from}, but ${held}`;
      return finish([witness.refuser, witness.writer], text);
    }
    case 'newer-value-seen': {
      const seen = op(witness.observer);
      const newer = op(witness.newerObserver);
      const value = formatValue(observedValue(seen));
      const newValue = formatValue(observedValue(newer));
      const what = witness.lastWriter === null ? `the initial value ${value}` : value;
      const after =
        witness.lastWriter === null
          ? `, so ${value} had already been overwritten`
          : `, and ${newValue} was written no earlier than ${formatTime(op(witness.firstNewWriter).call)}, ` +
            `after every earlier write of ${value} had completed (the last at ` +
            `${formatTime(op(witness.lastWriter).return ?? 0)})`;
      const text =
        `${describeObservation(seen, what)} (invoked at ` +
        `${formatTime(seen.call)}), but ${describeObservation(newer)} before that ` +
        `(returned at ${formatTime(newer.return ?? newer.call)})${after}`;
      return finish(
        [witness.observer, witness.newerObserver, witness.lastWriter, witness.firstNewWriter],
        text,
      );
    }
    default:
      return assertNever(witness);
  }
}
