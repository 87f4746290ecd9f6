import { describe, expect, it } from 'vitest';
import { buildEventGraph } from '@/sim/checkers/causality';
import { concurrentSendsTrace } from '@/sim/checkers/causality/exampleTraces';
import { knowledgeAt } from './knowledgeAt';
import { chainTrace, lostMessageTrace } from '@/sim/checkers/causality/exampleTraces';
import {
  concurrentSentence,
  cursorName,
  eventName,
  highlightName,
  knowledgeLines,
  messageCount,
  segmentName,
  vectorLabel,
  viewSummary,
} from './spaceTimeText';
import { staticSpaceTimeData } from '../data/staticData';
import { visibleSegments } from './messageSegments';
import { enteringWindow, wireWindow } from '../data/testRuns';

const soldier = staticSpaceTimeData(concurrentSendsTrace);

describe('eventName', () => {
  it('names host, label and time', () => {
    expect(eventName(soldier, 0)).toBe('soldier fire at 1.00 s');
  });
  it('gives the Lamport time when there is no clock time', () => {
    const data = staticSpaceTimeData(
      buildEventGraph(['a'], [{ host: 'a', kind: 'local', label: 'start' }]),
    );
    expect(eventName(data, 0)).toBe('a start (Lamport time 1)');
  });
});

describe('concurrentSentence', () => {
  it('names the concurrent events', () => {
    expect(concurrentSentence(soldier, [1])).toBe(
      'Concurrent with 1 event: sniper fire at 1.00 s.',
    );
  });
  it('caps the list with "and N more"', () => {
    const ids = Array.from({ length: 12 }, () => 1);
    expect(concurrentSentence(soldier, ids, ids.length, 2)).toBe(
      'Concurrent with 12 events: sniper fire at 1.00 s, sniper fire at 1.00 s, and 10 more.',
    );
  });
  it('counts what it does not name', () => {
    expect(concurrentSentence(soldier, [1], 3)).toBe(
      'Concurrent with 3 events: sniper fire at 1.00 s, and 2 more.',
    );
  });
  it('says so when nothing is concurrent', () => {
    expect(concurrentSentence(soldier, [])).toMatch(/^Concurrent with no events/);
  });
});

describe('knowledgeLines', () => {
  it('lists, per node, the latest event the chosen node can know about', () => {
    const before = knowledgeAt(soldier, 'sniper', 1_250_000, soldier.events.length);
    expect(knowledgeLines(soldier, before)).toEqual([
      'soldier: nothing yet',
      'sniper (itself): fire at 1.00 s',
    ]);
    const after = knowledgeAt(soldier, 'sniper', 1_300_000, soldier.events.length);
    expect(knowledgeLines(soldier, after)).toEqual([
      'soldier: fire at 1.00 s',
      'sniper (itself): hear soldier at 1.30 s',
    ]);
  });
  it('names a latest known event from before the held stretch by its place on the lane', () => {
    const frontier = { host: 'sniper', latestByHost: [null, 1], clock: [4, 2] };
    expect(knowledgeLines(soldier, frontier)[0]).toBe(
      'soldier: its event 4, before the events shown (scrub back to see it)',
    );
    expect(knowledgeLines(soldier, { ...frontier, clock: [0, 2] })[0]).toBe('soldier: nothing yet');
  });
  it('works on a Lamport axis', () => {
    const data = staticSpaceTimeData(
      buildEventGraph(
        ['a', 'b'],
        [
          { host: 'a', kind: 'send', label: 'ping', messageId: 1 },
          { host: 'b', kind: 'local', label: 'tick' },
          { host: 'b', kind: 'receive', label: 'got ping', messageId: 1 },
        ],
      ),
    );
    // b's receive has Lamport time 2 (after the send at 1).
    expect(knowledgeLines(data, knowledgeAt(data, 'b', 1, 3))).toEqual([
      'a: nothing yet',
      'b (itself): tick (Lamport time 1)',
    ]);
    expect(knowledgeLines(data, knowledgeAt(data, 'b', 2, 3))[0]).toBe('a: ping (Lamport time 1)');
  });
});

describe('small labels', () => {
  it('formats clocks and cursors', () => {
    expect(vectorLabel([2, 0, 1])).toBe('[2,0,1]');
    expect(cursorName(soldier, 1_500_000)).toBe('at 1.50 s');
  });
});

describe('viewSummary', () => {
  const chain = staticSpaceTimeData(chainTrace);
  it('counts lanes, events and message arrows', () => {
    expect(viewSummary(chain, 4)).toBe('3 lanes (a, b, c), 4 events, 2 messages.');
  });
  it('counts only the messages sent by visible events', () => {
    expect(messageCount(chain, 2)).toBe(1);
    expect(viewSummary(chain, 2)).toBe('3 lanes (a, b, c), 2 events, 1 message.');
    expect(messageCount(chain, 0)).toBe(0);
  });
  it('draws no arrow for a send nobody received', () => {
    expect(viewSummary(staticSpaceTimeData(lostMessageTrace), 4)).toBe(
      '2 lanes (n1, n2), 4 events, 0 messages.',
    );
  });
  it('says when earlier events of the run are not held, and how to see them', () => {
    expect(viewSummary({ ...chain, earlier: 1 }, 4)).toBe(
      '3 lanes (a, b, c), 4 events, 2 messages shown; 1 earlier event: scrub back to see them.',
    );
    expect(viewSummary({ ...chain, earlier: 40_000 }, 2)).toMatch(
      /1 message shown; 40000 earlier events: scrub back/,
    );
  });
});

describe('highlightName', () => {
  const chain = staticSpaceTimeData(chainTrace);
  it('names a node that has a lane', () => {
    expect(highlightName(chain, { node: 'b' })).toBe('Highlighted: b');
    expect(highlightName(chain, { node: 'zz' })).toBe('');
  });
  it('names a message by its type and ends', () => {
    expect(highlightName(chain, { node: 'b', message: 2 })).toBe(
      'Highlighted: message send m2 to c: b → c',
    );
  });
  it('falls back to the node for a message it does not show', () => {
    expect(highlightName(chain, { node: 'a', message: 99 })).toBe('Highlighted: a');
  });
});

describe('segmentName', () => {
  // A window of a live run holding the receive of n1's ping but not its send.
  const live = enteringWindow();
  const seen = { count: 3, traceEnd: 4, cursor: 100 };
  const [entering] = visibleSegments(live, seen, { start: 0, end: 200 }, 0);

  it('says a message entering the held stretch was sent before it', () => {
    expect(entering!.send).toBe(-1);
    expect(segmentName(live, entering!)).toBe(
      'Message ping 1: n1 → n2, delivered; sent before the events shown (scrub back to see its send)',
    );
  });

  it('counts it among the messages shown, and names it when highlighted', () => {
    expect(viewSummary(live, 3)).toBe(
      '3 lanes (n1, n2, n3), 3 events, 1 message shown; 1 earlier event: scrub back to see them.',
    );
    // Before its receive it is drawn on the wire, and counted.
    expect(viewSummary(live, 2)).toMatch(/, 2 events, 1 message shown;/);
    expect(viewSummary(live, 0)).toMatch(/, 0 events, 0 messages shown;/);
    expect(highlightName(live, { message: 1 })).toBe('Highlighted: message ping 1: n1 → n2');
  });
});

describe('segmentName of copies sent before the held stretch and not received in it', () => {
  // n1's pings, sent before the window: to n2 on the wire at the cursor, to n3 lost.
  const live = wireWindow();
  const seen = { count: 4, traceEnd: 7, cursor: 150 };
  const [wire, lost] = visibleSegments(live, seen, { start: 0, end: 300 }, 0);

  it('says they are on the wire or lost, and were sent before the events shown', () => {
    expect(segmentName(live, wire!)).toBe(
      'Message ping 1: n1 → n2, on the wire; sent before the events shown (scrub back to see its send)',
    );
    expect(segmentName(live, lost!)).toBe(
      'Message ping 2: n1 → n3, lost (partition); sent before the events shown (scrub back to see its send)',
    );
  });

  it('counts them among the messages shown, and names them when highlighted', () => {
    expect(viewSummary(live, 4)).toBe(
      '3 lanes (n1, n2, n3), 4 events, 2 messages shown; 2 earlier events: scrub back to see them.',
    );
    expect(highlightName(live, { message: 1 })).toBe('Highlighted: message ping 1: n1 → n2');
    expect(highlightName(live, { message: 2 })).toBe('Highlighted: message ping 2: n1 → n3');
  });
});
