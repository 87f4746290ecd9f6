/**
 * Turns a recognised violation into the operations to highlight and one plain-English
 * sentence, e.g. "c3 read 1 at 5.000 s, although c1's write of 2 had returned at
 * 4.200 s, replacing 1." Clients, times and values are said as in
 * describeOperation.ts.
 */
import type { History, Operation } from './history';
import type { Witness } from './findViolationPattern';
import {
  describeObservation,
  describeOperation,
  formatInterval,
  observedValue,
  toSentence,
  wordsFor,
} from './describeOperation';
import { assertNever } from '@/sim/core/assertNever';

export interface Explained {
  /** Indices into `history.ops`, ascending. */
  readonly ops: number[];
  readonly explanation: string;
}

/** The operations to highlight for `witness` and the sentence that explains it. Pure. */
export function describeWitness(witness: Witness, history: History, key: string | null): Explained {
  const words = wordsFor(history);
  const { time } = words;
  const op = (index: number): Operation => {
    const found = history.ops[index];
    if (found === undefined) throw new RangeError(`no operation ${index}`);
    return found;
  };
  const finish = (indices: (number | null)[], text: string): Explained => ({
    ops: indices.filter((index): index is number => index !== null).sort((a, b) => a - b),
    explanation: toSentence(key, text),
  });
  const ended = (o: Operation) => o.return ?? o.call;

  switch (witness.type) {
    case 'never-written': {
      const seen = op(witness.observer);
      const observed = observedValue(seen);
      const value = words.value(observed);
      const [onlyFailed] = witness.failedWrites;
      const failedCount = witness.failedWrites.length;
      const several = value.startsWith('siblings ');
      const why = several
        ? 'a register holds one value at a time, and no write wrote them together'
        : onlyFailed === undefined
          ? `no operation ever wrote ${value}`
          : failedCount === 1
            ? `the only operation that writes ${value}, ${describeOperation(op(onlyFailed), words)} (${formatInterval(op(onlyFailed), words)}), failed`
            : `${failedCount === 2 ? 'both' : `all ${failedCount}`} operations that write ${value} failed`;
      const text = `${describeObservation(seen, words)} (${formatInterval(seen, words)}), but ${why}`;
      return finish([witness.observer, ...witness.failedWrites], text);
    }
    case 'read-from-future': {
      const seen = op(witness.observer);
      const writer = op(witness.firstWriter);
      const text =
        `${describeObservation(seen, words)} by ${time(ended(seen), writer.call)}, ` +
        `but the earliest operation that writes ${words.value(observedValue(seen))}, ` +
        `${describeOperation(writer, words)}, began only at ${time(writer.call, ended(seen))}`;
      return finish([witness.observer, witness.firstWriter], text);
    }
    case 'overwritten': {
      const seen = op(witness.observer);
      const overwriter = op(witness.overwriter);
      const replacing =
        witness.lastWriter === null ? '' : `, replacing ${words.value(observedValue(seen))}`;
      const text =
        `${describeObservation(seen, words)} at ${time(seen.call, ended(overwriter))}, although ` +
        `${describeOperation(overwriter, words)} had returned at ` +
        `${time(ended(overwriter), seen.call)}${replacing}`;
      return finish([witness.observer, witness.lastWriter, witness.overwriter], text);
    }
    case 'refused-but-held': {
      const refuser = op(witness.refuser);
      const from = words.value(observedValue(refuser));
      const end = time(ended(refuser));
      const held =
        witness.writer === null
          ? `it was still the initial value ${from}, and nothing could have changed it before ${end}`
          : `${describeOperation(op(witness.writer), words)} returned at ` +
            `${time(op(witness.writer).return ?? 0)} and nothing could have changed it before ${end}`;
      const text =
        `${describeOperation(refuser, words)} (${formatInterval(refuser, words)}) failed, ` +
        `reporting that the value was not ${from}, but ${held}`;
      return finish([witness.refuser, witness.writer], text);
    }
    case 'newer-value-seen': {
      const seen = op(witness.observer);
      const newer = op(witness.newerObserver);
      const value = words.value(observedValue(seen));
      const newValue = words.value(observedValue(newer));
      const what = witness.lastWriter === null ? `the initial value, ${value}` : value;
      const after =
        witness.lastWriter === null
          ? `, so ${value} had already been overwritten`
          : `, and ${newValue} was written no earlier than ${time(op(witness.firstNewWriter).call)}, ` +
            `after every earlier write of ${value} had returned (the last at ` +
            `${time(op(witness.lastWriter).return ?? 0)})`;
      const text =
        `${describeObservation(seen, words, what)} at ${time(seen.call, ended(newer))}, ` +
        `but ${describeObservation(newer, words)} before that, by ` +
        `${time(ended(newer), seen.call)}${after}`;
      return finish(
        [witness.observer, witness.newerObserver, witness.lastWriter, witness.firstNewWriter],
        text,
      );
    }
    default:
      return assertNever(witness);
  }
}
