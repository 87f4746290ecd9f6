/**
 * Fuzzing every door bad input comes through: URL query strings, command logs (link
 * text and JSON) and embed messages. Whatever arrives, nothing throws, and every
 * message about it is short.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MESSAGE_CHARS_MAX,
  MESSAGES_MAX,
  parseCommandsJson,
  readCommands,
  type Scenario,
} from '@/sim/core';
import { capRegister } from '@/sim/scenarios/cap/scenario';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { mutualVisibility } from '@/sim/scenarios/light-cones/scenario';
import { parseCommandText } from '@/components/player/commandText';
import { readRunState } from '@/components/player/urlState';
import { readEmbedRequest } from './embedApi';
import { readEmbedOptions } from './embedOptions';

const SCENARIOS: readonly Scenario[] = [failureDetector, capRegister, mutualVisibility];
/** A scenario, shown in a counterexample by its id rather than its whole definition. */
const scenarioArb = fc
  .constantFrom(...SCENARIOS)
  .map((scenario) =>
    Object.assign(Object.create(scenario) as Scenario, { toJSON: () => scenario.id }),
  );
const NAMES = [
  'seed',
  'log',
  't',
  'nodes',
  'mode',
  'loss',
  'heartbeat',
  'theme',
  'controls',
  'steps',
  'origin',
  'toString',
  'constructor',
  '__proto__',
  'hasOwnProperty',
];
const context = (scenario: Scenario) => ({
  nodes: scenario.nodes(readRunState(scenario, new URLSearchParams()).state.params),
  params: scenario.params,
});

const piece = fc.oneof(
  fc.constantFrom('~', '_', '!', '-', "'", '%', '%E0%A4%A', '%ff', '&', '=', '\u0000', '\uD800'),
  fc.constantFrom('1s', '600m', '5999940m', 'n1', 'n9', 'request', 'param', 'partition', 'x'),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(''));
const bigText = fc.nat({ max: 20_000 }).map((n) => 'z~_'.repeat(n));
/** A query string, both escaped as a browser would and raw, with malformed escapes. */
const queryString = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), text), fc.oneof(text, bigText)), {
    maxLength: 12,
  })
  .chain((pairs) => {
    const escape = (part: string) => encodeURIComponent(part.replace(/[\uD800-\uDFFF]/gu, ''));
    const escaped = pairs.map(([name, value]) => `${escape(name)}=${escape(value)}`).join('&');
    const raw = pairs.map(([name, value]) => `${name}=${value}`).join('&');
    return fc.constantFrom(escaped, `?${escaped}`, raw);
  });

const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('toString', '__proto__', 'request', 'param', 'n1', '2s', '5999940m'),
    text,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'at',
        'type',
        'node',
        'op',
        'f',
        'key',
        'value',
        'name',
        't',
        'lightcone',
        'command',
        'groups',
        'speed',
        '__proto__',
      ),
      tie('value'),
      { maxKeys: 6 },
    ),
  ),
})).value;

const embedMessage = fc.record(
  {
    lightcone: fc.oneof(fc.constant(1), jsonValue),
    type: fc.oneof(
      fc.constantFrom('play', 'seek', 'speed', 'command', 'getState', 'toString', 'constructor'),
      jsonValue,
    ),
    t: jsonValue,
    speed: jsonValue,
    command: jsonValue,
  },
  { requiredKeys: ['lightcone'] },
);

function expectShort(messages: readonly string[]) {
  for (const message of messages) expect(message.length).toBeLessThanOrEqual(MESSAGE_CHARS_MAX);
}

describe('hostile input (fuzz)', () => {
  it('reads any query string into a run and embed options, with a few short messages', () => {
    fc.assert(
      fc.property(scenarioArb, queryString, (scenario, query) => {
        const params = new URLSearchParams(query);
        const { errors } = readRunState(scenario, params);
        expect(errors.length).toBeLessThanOrEqual(MESSAGES_MAX + 1);
        expectShort(errors);
        expectShort(readEmbedOptions(params).errors);
      }),
      { numRuns: 400 },
    );
  });

  it('reads any link text and any JSON as a command log without throwing', () => {
    fc.assert(
      fc.property(scenarioArb, text, jsonValue, (scenario, link, json) => {
        for (const result of [
          parseCommandText(link, context(scenario)),
          readCommands(json, context(scenario)),
          parseCommandsJson(JSON.stringify(json) ?? 'undefined', context(scenario)),
          parseCommandsJson(link, context(scenario)),
        ])
          if (!result.ok) expectShort(result.errors);
      }),
      { numRuns: 600 },
    );
  });

  it('answers any embed message with a request, nothing, or one short error', () => {
    fc.assert(
      fc.property(scenarioArb, embedMessage, (scenario, message) => {
        const read = readEmbedRequest(message, scenario, context(scenario).nodes);
        if (read !== null && !read.ok) expectShort([read.message]);
      }),
      { numRuns: 600 },
    );
  });
});
