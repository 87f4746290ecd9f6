/**
 * Every number in content/cap.mdx comes from these runs: the figures are pinned here, and
 * each sentence that quotes one is looked for in the lesson, built from the figure. At
 * each `pauseAt` the deciding fact is already true, and just before it, it is not. Each
 * widget runs seed 2, whose first leader, n3, is on the big side when the network is cut.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capMetrics, historyFromTrace } from '@/sim/checkers/history';
import { checkLinearizability } from '@/sim/checkers/linearizability';
import type { Command } from '@/sim/core/commands';
import { US_PER_MS } from '@/sim/core/time';
import { capRegisterParams } from './params';
import { capRegister } from './scenario';
import { elections, notesOf } from './testing/elections';
import {
  CUT_AT,
  LESSON_CUT,
  MINORITY,
  MIXED,
  SKEW,
  TRAFFIC,
  leaderAtCut,
  outcomes,
  runWidget,
  tenths,
  trafficFigures,
} from './testing/lessonRuns';
import { S, contextOf, operations, request, runCap } from './testing/runs';

const lesson = readFileSync(join(process.cwd(), 'content', 'cap.mdx'), 'utf8');
/** The lesson with its line breaks and indentation folded, for sentence lookups. */
const prose = lesson.replace(/\s+/g, ' ');

describe('the CAP lesson', () => {
  it('runs every widget on seed 2, to an end', () => {
    const widgets = lesson.match(/<(CapSideBySide|ClusterWidget)\b[^>]*?(?:\/>|>)/gs) ?? [];
    const opening = lesson.match(/<(CapSideBySide|ClusterWidget)\b/g) ?? [];
    expect(opening).toHaveLength(4);
    expect(widgets).toHaveLength(4);
    for (const widget of widgets) {
      expect(widget).toContain('seed={2}');
      expect(widget).toMatch(/until="\d+s"/);
    }
  });

  it('cuts each widget with its first leader on the big side', () => {
    expect(leaderAtCut(TRAFFIC, 'cp')).toBe('n3');
    expect(leaderAtCut(SKEW, 'cp')).toBe('n3');
    expect(leaderAtCut(MIXED, 'mixed')).toBe('n3');
  });

  const figures = trafficFigures();

  it('pins the figures of the first widget', () => {
    expect(figures).toEqual({
      cp: {
        leaderAtCut: 'n3',
        firstLeader: { node: 'n3', at: 1.3 },
        elections: 1,
        refusedBeforeLeader: 4,
        minorityRequests: 9,
        minorityStatuses: { info: 2, fail: 7 },
        minorityReasons: { 'timed out': 2, 'no leader': 2, 'no quorum': 5 },
        majorityRequests: 13,
        majorityStatuses: { ok: 13 },
        writeMsAfterHeal: 320,
        verdict: true,
      },
      ap: {
        requests: 41,
        ok: 41,
        minorityRequests: 5,
        staleReads: 8,
        staleOutsideCut: 4,
        lostWrites: 0,
        lostAt: [],
        verdict: false,
        firstViolationAt: 0.4,
      },
    });
    const { cp, ap } = figures;
    expect(prose).toContain(
      `turns away all ${cp.minorityRequests} of its requests, ${cp.minorityStatuses.fail} refused and ${cp.minorityStatuses.info} timed out`,
    );
    expect(prose).toContain(`answers all ${cp.majorityStatuses.ok} of its own`);
    expect(prose).toContain(
      `Until n3 is elected, at ${cp.firstLeader!.at} s, nobody may answer: ${cp.refusedBeforeLeader} requests are refused`,
    );
    expect(prose).toContain(
      `answered all ${ap.ok} requests, and ${ap.staleReads} reads were stale, each missing a write acknowledged before it began; ${ap.staleOutsideCut} of them fall outside the cut`,
    );
    expect(prose).toContain(
      `linearizable</Term>* at ${ap.firstViolationAt} s; CP's stays *Linearizable*`,
    );
    expect(prose).toContain(`a CP write takes ${cp.writeMsAfterHeal} ms on average`);
  });

  it('pauses the first widget once the small side has refused and AP has answered', () => {
    const inMinority = (mode: string, until: number) =>
      operations(runWidget(TRAFFIC, mode, until)).filter(
        (op) => op.call > CUT_AT && MINORITY.includes(op.node),
      );
    expect(lesson).toContain('pauseAt="3.9s"');
    const cp = inMinority('cp', 3.9 * S);
    expect(cp.map((op) => op.status)).toEqual(['info', 'info', 'fail']);
    expect(cp[2]).toMatchObject({
      node: 'n2',
      f: 'write',
      reason: expect.stringMatching(/^no leader/),
    });
    expect(inMinority('ap-lww', 3.9 * S).map((op) => op.status)).toEqual(['ok', 'ok']);
    expect(prose).toContain(
      "By 3.9 s, CP's n1 and n2 have taken three requests and answered none: two timed out, and n2 refused a write",
    );
    expect(prose).toContain("AP's n1 and n2 answered both of theirs");
    // Just before, nothing had been refused yet, and AP had answered only one.
    expect(inMinority('cp', 3.7 * S).map((op) => op.status)).toEqual(['info', 'info']);
    expect(inMinority('ap-lww', 3.7 * S)).toHaveLength(1);
  });

  it('answers every AP request at once, as R = W = 1 does', () => {
    const ops = operations(runWidget(TRAFFIC, 'ap-lww'));
    for (const op of ops) expect(op.return).toBe(op.call);
    expect(prose).toContain('R = W = 1');
  });

  it('tells the last-write-wins story, and its deciding moment', () => {
    const cp = outcomes(runWidget(SKEW, 'cp'));
    expect(cp.map((op) => [op.node, op.status])).toEqual([
      ['n5', 'ok'],
      ['n1', 'fail'],
      ['n2', 'fail'],
      ['n3', 'ok'],
      ['n1', 'ok'],
    ]);
    expect(cp[1]!.at).toBe(4.1); // n1's write at 4.05 s, refused at once
    const before = runWidget(SKEW, 'ap-lww', 9 * S - 1);
    const ap = runWidget(SKEW, 'ap-lww', 9.1 * S);
    const stamps = ['n5', 'n3'].map((node) => contextOf(runWidget(SKEW, 'ap-lww', 5 * S), node));
    expect(stamps[0]!.ap.lww.y).toMatchObject({ value: 1, stamp: 4_100_000 });
    expect(contextOf(runWidget(SKEW, 'ap-lww', 4.1 * S), 'n1').ap.lww.y).toMatchObject({
      value: 2,
      stamp: 3_950_000,
    });
    expect(prose).toContain('n5 stamped its write 4.100 s; n1 stamped its own 3.950 s');
    expect(lesson).toContain('pauseAt="9.1s"');
    expect(operations(ap).at(-1)).toMatchObject({ node: 'n1', status: 'ok', result: 1 });
    expect(capMetrics(ap.trace, ap.traceEnd)).toMatchObject({ lostWrites: 1, staleReads: 2 });
    expect(capMetrics(before.trace, before.traceEnd).lostWrites).toBe(0);
    expect(prose).toContain(
      'The counters show 1 write lost and 2 <Term id="stale-read">stale reads</Term>',
    );
    const verdict = checkLinearizability(historyFromTrace(ap.trace, ap.traceEnd));
    expect(verdict.linearizable).toBe(false);
    if (verdict.linearizable !== false) return;
    expect(verdict.explanation).toBe(
      'On key "y", c3 read 1 at 5.000 s, although c1\'s write of 2 had returned at 4.050 s, replacing 1.',
    );
    expect(prose).toContain(`*${verdict.explanation.replace(/^On key "y", /, '')}*`);
  });

  it('loses a write at n1 to one made up to 200 ms earlier at n5, with no partition', () => {
    expect(capRegisterParams.skew.default).toBe(100 * US_PER_MS);
    const race = (gapMs: number): Command[] => [
      request(4 * S, 'n5', { f: 'write', key: 'y', value: 1 }),
      request(4 * S + gapMs * US_PER_MS, 'n1', { f: 'write', key: 'y', value: 2 }),
      request(6 * S, 'n1', { f: 'read', key: 'y' }),
    ];
    const lost = (gapMs: number) => {
      const sim = runCap({ mode: 'ap-lww', rate: 0 }, race(gapMs), 7 * S, 2);
      return capMetrics(sim.trace, sim.traceEnd).lostWrites;
    };
    expect([lost(50), lost(190), lost(210)]).toEqual([1, 1, 0]);
    expect(prose).toContain('n1 runs 100 ms slow, n5 100 ms fast');
    expect(prose).toContain('up to 200 ms earlier at n5, even on a healthy network');
  });

  it('keeps both writes as siblings', () => {
    const sim = runWidget(SKEW, 'ap-siblings');
    expect(operations(sim).at(-1)).toMatchObject({ node: 'n1', result: [1, 2] });
    const atNine = runWidget(SKEW, 'ap-siblings', 9 * S);
    for (const node of ['n1', 'n2', 'n3', 'n4', 'n5'])
      expect(capRegister.describe(atNine.world.nodes.get(node)!.view).badge?.[0]).toContain(
        'y=1|2',
      );
    expect(lesson).toContain('every replica holds y=1|2, and at 9 s n1 reads both');
    expect(prose).toContain('the read at 9 s returns both 1 and 2');
  });

  it('tells the mixed story, and its deciding moment', () => {
    const all = outcomes(runWidget(MIXED, 'mixed'));
    expect(all.map((op) => [op.node, op.f, op.key, op.status, op.result ?? null])).toEqual([
      ['n1', 'write', 'x', 'fail', null],
      ['n2', 'write', 'y', 'ok', null],
      ['n4', 'write', 'x', 'ok', null],
      ['n2', 'read', 'x', 'fail', null],
      ['n4', 'read', 'y', 'ok', null],
      ['n4', 'read', 'y', 'ok', 2],
      ['n2', 'read', 'x', 'ok', 3],
    ]);
    expect(lesson).toContain('pauseAt="4.5s"');
    const settled = (at: number) =>
      operations(runWidget(MIXED, 'mixed', at)).map((op) => [op.node, op.status]);
    expect(settled(4.5 * S)).toEqual([
      ['n1', 'fail'],
      ['n2', 'ok'],
      ['n4', 'ok'],
    ]);
    expect(settled(4.4 * S)).toEqual([
      ['n1', 'fail'],
      ['n2', 'ok'],
      ['n4', 'info'],
    ]);
    expect(prose).toContain("n4's write commits on the big side at 4.5 s");
    expect(prose).toContain('at 5 s, n4 reads y and gets nothing');
    expect(prose).toContain('n4 reads y=2, and n2 reads x=3');
  });

  it('steps a cut-off leader down with CheckQuorum (seed 7, the sandbox link)', () => {
    const sim = runCap({ mode: 'cp' }, LESSON_CUT, 6 * S, 7);
    const [first] = elections(sim);
    expect(first).toMatchObject({ node: 'n1' });
    expect(first!.at).toBeLessThan(CUT_AT);
    const [stepDown] = notesOf(sim, 'step-down');
    expect(stepDown).toMatchObject({ node: 'n1' });
    const after = tenths(stepDown!.at - CUT_AT);
    expect(after).toBe(1.6);
    expect(prose).toContain(
      `With seed 7 the first leader is n1, on the small side, and it steps down ${after} s after the cut`,
    );
    expect(lesson).toContain('/play/cap/?seed=7&log=2s_partition_n1-n2!n3-n4-n5~7s_heal');
  });
});
