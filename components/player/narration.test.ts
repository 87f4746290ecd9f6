import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '@/sim/core';
import { narrate, narrateWithTime, UNSPOKEN } from './narration';

describe('narration', () => {
  it('says significant events and skips routine traffic', () => {
    expect(
      narrate({
        at: 1,
        type: 'note',
        node: 'n2',
        kind: 'suspect',
        text: 'n2 suspects n4',
        peer: 'n4',
      }),
    ).toBe('n2 suspects n4');
    expect(narrate({ at: 1, type: 'crash', node: 'n3' })).toBe('n3 crashed');
    expect(narrate({ at: 1, type: 'partition', groups: [['n1'], ['n2', 'n3']] })).toBe(
      'Network partitioned: {n1} | {n2, n3}',
    );
    expect(narrate({ at: 1, type: 'deliver', id: 1, from: 'n1', to: 'n2' })).toBeNull();
    expect(
      narrate({ at: 1, type: 'drop', id: 1, from: 'n1', to: 'n2', reason: 'loss' }),
    ).toBeNull();
  });

  it('explains a failed client request', () => {
    expect(
      narrate({
        at: 1,
        type: 'complete',
        node: 'n3',
        request: 4,
        status: 'fail',
        reason: 'no quorum',
      }),
    ).toBe('n3 request 4 failed: no quorum');
  });

  it('prefixes the virtual time', () => {
    expect(narrateWithTime({ at: 3_050_000, type: 'heal' })).toBe(
      'At 3.05 s: Network healed: every link works again',
    );
  });
});

describe('UNSPOKEN', () => {
  it('lists only entry types narrate never speaks for', () => {
    const samples: TraceEntry[] = [
      { at: 1, type: 'send', id: 1, from: 'n1', to: 'n2', body: { type: 'ping' }, deliverAt: 2 },
      { at: 2, type: 'deliver', id: 1, from: 'n1', to: 'n2' },
      { at: 3, type: 'timer', node: 'n1', name: 'heartbeat' },
      { at: 4, type: 'state', node: 'n1', from: 'trusting', to: 'suspecting' },
      { at: 5, type: 'invoke', node: 'n1', request: 1, client: 1, op: { f: 'read', key: 'x' } },
    ];
    expect(new Set(samples.map((entry) => entry.type))).toEqual(UNSPOKEN);
    for (const entry of samples) expect(narrate(entry)).toBeNull();
  });
});
