/**
 * Fuzzing the way in for histories: whatever text arrives (pasted, opened, piped to the
 * CLI), parsing and checking never throw, and every rejection is a list of messages of
 * bounded length. On failure fast-check's report starts with `{ seed: …, path: … }`;
 * run with FC_SEED=<seed> to replay it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLinearizability } from './checkLinearizability';
import { parseHistory } from './parseHistory';

const seedFromEnvironment =
  process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };
const runs = (numRuns: number) => ({ numRuns, ...seedFromEnvironment });

/** The longest message a person should have to read about one problem. */
const MESSAGE_CHARS_MAX = 400;
/** How many problems are listed at most. */
const MESSAGES_MAX = 60;

const anyValue = fc.oneof(
  fc.string({ maxLength: 3000 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, 'ok', 'info', 'fail', 'read', 'write', 'cas', 'x'),
  fc.array(fc.integer({ min: -2, max: 3 }), { maxLength: 3 }),
);

/** Operations that are mostly right, with any field possibly wrong, missing or extra. */
const nearlyAnOperation = fc.record(
  {
    process: fc.oneof(fc.nat(5), anyValue),
    key: fc.oneof(fc.constantFrom('x', 'y', null), anyValue),
    f: fc.oneof(fc.constantFrom('read', 'write', 'cas'), anyValue),
    value: fc.oneof(fc.integer({ min: 0, max: 3 }), anyValue),
    call: fc.oneof(fc.nat(100), anyValue),
    return: fc.oneof(fc.nat(100), fc.constant(null), anyValue),
    status: fc.oneof(fc.constantFrom('ok', 'info', 'fail'), anyValue),
    result: fc.oneof(fc.boolean(), anyValue),
    [`${'z'.repeat(500)}`]: anyValue,
  },
  { requiredKeys: [] },
);

const nearlyAHistory = fc
  .record(
    {
      model: fc.oneof(fc.constantFrom('register', 'cas-register'), anyValue),
      init: fc.oneof(fc.constant(0), anyValue),
      ops: fc.oneof(fc.array(nearlyAnOperation, { maxLength: 80 }), anyValue),
      toString: anyValue,
      __proto__: anyValue,
      constructor: anyValue,
    },
    { requiredKeys: [] },
  )
  .map((history) => JSON.stringify(history));

/** Text cut or spliced at a random place, as a truncated download or a bad paste. */
const damaged = fc
  .tuple(nearlyAHistory, fc.nat(), fc.string({ maxLength: 40 }))
  .map(([text, at, junk]) => text.slice(0, at % (text.length + 1)) + junk);

const anyText = fc.oneof(
  nearlyAHistory,
  damaged,
  fc.json({ maxDepth: 4 }),
  fc.string({ maxLength: 2000 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => `{${s}`),
  fc.nat(3000).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.nat(3000).map((depth) => `{"model":"register","ops":${'['.repeat(depth)}`),
  fc
    .array(fc.string({ maxLength: 200 }), { maxLength: 50 })
    .map((lines) => lines.map((line) => `INFO  jepsen.util - ${line}`).join('\n')),
);

describe('parseHistory and checkLinearizability on any text', () => {
  it('never throw, and every rejection is a bounded list of bounded messages', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseHistory(text);
        if (!parsed.ok) {
          expect(parsed.errors.length).toBeGreaterThan(0);
          expect(parsed.errors.length).toBeLessThanOrEqual(MESSAGES_MAX);
          for (const error of parsed.errors) {
            expect(typeof error).toBe('string');
            expect(error.length).toBeGreaterThan(0);
            expect(error.length).toBeLessThanOrEqual(MESSAGE_CHARS_MAX);
          }
          return;
        }
        const verdict = checkLinearizability(parsed.history, {
          searchStepsMax: 20_000,
          shrinkStepsMax: 20_000,
        });
        const words =
          verdict.linearizable === true
            ? ''
            : verdict.linearizable === false
              ? verdict.explanation
              : verdict.reason;
        expect(words.length).toBeLessThanOrEqual(MESSAGE_CHARS_MAX * 2);
      }),
      runs(Number(process.env.FUZZ_RUNS ?? 400)),
    );
  }, 60_000);
});
