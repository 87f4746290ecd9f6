import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCommands } from '@/sim/core';
import { capRegister } from '@/sim/scenarios/cap/scenario';
import { formatCommandText, parseCommandText } from './commandText';

const context = { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'], params: capRegister.params };

/** Text made mostly of the link format's own separators, where a round trip is most fragile. */
const linkText = fc
  .array(
    fc.oneof(
      fc.constantFrom('~', '_', '!', '-', "'", '%', ' ', 't', '1s', '2ms', 'n1', 'n3', 'x'),
      fc.constantFrom('request', 'write', 'read', 'partition', 'param', 'crash', 'slow'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

const anyValue = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.double(),
  fc.integer(),
  fc.constant(undefined),
);

const rawRequest = fc.record({
  at: fc.nat({ max: 10_000_000 }),
  type: fc.constant('request'),
  node: fc.constantFrom('n1', 'n2', 'n5'),
  op: fc.record({ f: anyValue, key: anyValue, value: anyValue }, { requiredKeys: ['f'] }),
});

describe('link text round trip (property)', () => {
  it('writes whatever it reads, and reads back the same log', () => {
    fc.assert(
      fc.property(linkText, (text) => {
        const read = parseCommandText(text, context);
        if (!read.ok) return;
        const written = formatCommandText(read.commands, context);
        expect(parseCommandText(written, context)).toEqual(read);
      }),
      { numRuns: 3000 },
    );
  });

  it('writes every request the JSON reader accepts', () => {
    fc.assert(
      fc.property(fc.array(rawRequest, { maxLength: 4 }), (raw) => {
        const read = readCommands(raw, context);
        if (!read.ok) return;
        const written = formatCommandText(read.commands, context);
        expect(parseCommandText(written, context)).toEqual(read);
      }),
      { numRuns: 2000 },
    );
  });
});
