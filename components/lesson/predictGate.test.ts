import { describe, expect, it } from 'vitest';
import { defaultParams } from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { manualFrames } from '@/components/player/manualFrames';
import { PlayerStore } from '@/components/player/PlayerStore';
import { PredictGate } from './predictGate';
import { checkPredictProps } from './predictProps';
import { gateStatus } from './Predict';

const S = 1_000_000;
const PAUSE = 4_600_000;

/** A lesson widget's run: crash n3 at 3 s, stop at 9 s, played by hand-driven frames. */
function lessonRun() {
  const frames = manualFrames();
  const run = new PlayerStore(failureDetector, defaultParams(failureDetector.params), 1, [
    { at: 3 * S, type: 'crash', node: 'n3' },
  ]);
  run.stopAt = 9 * S;
  run.frames = frames.source;
  let wall = 0;
  /** Plays at 10× until play stops by itself (or 200 frames pass). */
  const playOut = () => {
    run.setSpeed(10);
    run.play();
    for (let i = 0; i < 200 && run.isPlaying; i++) frames.run((wall += 50));
  };
  return { run, playOut };
}

describe('PredictGate', () => {
  it('holds the run at 0 until a choice is locked', () => {
    const gate = new PredictGate(PAUSE);
    const { run, playOut } = lessonRun();
    gate.attach(run);
    playOut();
    expect(run.sim.now).toBe(0);
    expect(gate.lock()).toBe(false); // nothing chosen yet
    expect(gate.getState().phase).toBe('choosing');
    run.stepForward();
    expect(run.sim.now).toBe(0);
  });

  it('pauses exactly at pauseAt, and only then is the prediction decided', () => {
    const gate = new PredictGate(PAUSE);
    const { run, playOut } = lessonRun();
    gate.attach(run);
    gate.select(1);
    expect(gate.lock()).toBe(true);
    expect(gate.getState().phase).toBe('running');
    gate.select(2); // a locked choice stays
    expect(gate.getState().selected).toBe(1);
    playOut();
    expect(run.sim.now).toBe(PAUSE);
    expect(run.isPlaying).toBe(false);
    expect(gate.getState()).toMatchObject({ phase: 'decided', reachedAt: PAUSE, selected: 1 });
    // The hold is lifted: play goes on to the run's own end and stops there.
    playOut();
    expect(run.sim.now).toBe(9 * S);
  });

  it('is decided by a step that lands on pauseAt, and by a seek past it', () => {
    const stepped = new PredictGate(PAUSE);
    const a = lessonRun();
    stepped.attach(a.run);
    stepped.select(0);
    stepped.lock();
    a.run.seek(4 * S);
    expect(stepped.getState().phase).toBe('running');
    for (let i = 0; i < 10_000 && a.run.sim.now < PAUSE; i++) a.run.stepForward();
    expect(a.run.sim.now).toBe(PAUSE);
    expect(stepped.getState().phase).toBe('decided');

    const sought = new PredictGate(PAUSE);
    const b = lessonRun();
    sought.attach(b.run);
    sought.select(0);
    sought.lock();
    b.run.seek(6 * S);
    expect(sought.getState()).toMatchObject({ phase: 'decided', reachedAt: 6 * S });
  });

  it('decides at the run’s end when no pauseAt is given', () => {
    const gate = new PredictGate(null);
    const { run, playOut } = lessonRun();
    gate.attach(run);
    gate.select(0);
    gate.lock();
    playOut();
    expect(run.sim.now).toBe(9 * S);
    expect(gate.getState().phase).toBe('decided');
  });

  it('decides at once when there is no run (a prompt without a widget)', () => {
    const gate = new PredictGate(PAUSE);
    gate.select(2);
    gate.lock();
    expect(gate.getState()).toMatchObject({ phase: 'decided', reachedAt: null, runs: 0 });
  });

  it('goes back to choosing on retry, with the run back at its start and held', () => {
    const gate = new PredictGate(PAUSE);
    const { run, playOut } = lessonRun();
    gate.attach(run);
    gate.select(1);
    gate.lock();
    playOut();
    gate.retry();
    expect(gate.getState()).toMatchObject({ phase: 'choosing', selected: null, reachedAt: null });
    expect(run.sim.now).toBe(0);
    playOut();
    expect(run.sim.now).toBe(0);
  });

  it('releases a run it no longer gates', () => {
    const gate = new PredictGate(PAUSE);
    const { run, playOut } = lessonRun();
    const detach = gate.attach(run);
    expect(gate.getState().runs).toBe(1);
    detach();
    expect(gate.getState().runs).toBe(0);
    playOut();
    expect(run.sim.now).toBe(9 * S);
  });

  it('pauses two linked runs together', () => {
    const gate = new PredictGate(PAUSE);
    const leader = lessonRun();
    const follower = lessonRun();
    leader.run.link(follower.run);
    gate.attach(leader.run);
    gate.select(1);
    gate.lock();
    leader.playOut();
    expect(leader.run.sim.now).toBe(PAUSE);
    expect(follower.run.sim.now).toBe(PAUSE);
  });
});

describe('PredictGate with a one-shot widget', () => {
  it('holds it while choosing and decides when it is run after locking', () => {
    const gate = new PredictGate(null);
    const trigger = gate.attachTrigger();
    expect(gate.getState().runs).toBe(1);
    trigger.reached(); // before locking: nothing
    expect(gate.getState().phase).toBe('choosing');
    gate.select(2);
    gate.lock();
    expect(gate.getState().phase).toBe('running');
    trigger.reached();
    expect(gate.getState()).toMatchObject({ phase: 'decided', reachedAt: null });
    trigger.detach();
    expect(gate.getState().runs).toBe(0);
  });
});

describe('gateStatus', () => {
  const base = { selected: 1, runs: 1 } as const;
  it('asks for Play once locked, and names the moment once reached', () => {
    expect(gateStatus({ ...base, phase: 'choosing', reachedAt: null }, PAUSE, 'x')).toBe('');
    expect(gateStatus({ ...base, phase: 'running', reachedAt: null }, PAUSE, 'x')).toBe(
      'Locked in. Now press Play: the run pauses at 4.60 s, the moment that decides it.',
    );
    expect(
      gateStatus({ ...base, phase: 'decided', reachedAt: PAUSE }, PAUSE, 'n1 suspects n3'),
    ).toBe('Paused at 4.60 s: n1 suspects n3.');
    expect(gateStatus({ ...base, phase: 'decided', reachedAt: 6 * S }, PAUSE, 'x')).toBe(
      'Past the deciding moment, 4.60 s: x.',
    );
  });
});

describe('checkPredictProps', () => {
  const ok = { question: 'Q?', choices: ['a', 'b'], answer: 1 };
  it('reads pauseAt and refuses authoring mistakes with a specific message', () => {
    expect(checkPredictProps(ok)).toBeNull();
    expect(checkPredictProps({ ...ok, pauseAt: '4.6s' })).toBe(PAUSE);
    expect(() => checkPredictProps({ ...ok, choices: ['a'] })).toThrow(/at least two/);
    expect(() => checkPredictProps({ ...ok, answer: 2 })).toThrow(/answer=2/);
    expect(() => checkPredictProps({ ...ok, reasons: ['why'] })).toThrow(/one reason per choice/);
    expect(() => checkPredictProps({ ...ok, pauseAt: 'soon' })).toThrow(/pauseAt="soon"/);
  });
});
