import { describe, expect, it } from 'vitest';
import { mutualVisibility } from '@/sim/scenarios/light-cones/scenario';
import { buildClockQuiz, CHOICES, wrongChoiceText } from './clockQuiz';

const run = {
  params: { gap: '450', distance: '400ms', spread: '100' },
  commands: [{ at: '0.5s', type: 'slow', node: 'n5', factor: 3 }],
  until: '3s',
};

describe('the vector-clock exercise', () => {
  it('takes its answers and reasons from the run’s clocks', () => {
    const quiz = buildClockQuiz(mutualVisibility, run, [
      {
        a: { node: 'n3', what: 'hears', from: 'n2' },
        b: { node: 'n5', what: 'hears', from: 'n1' },
      },
      {
        a: { node: 'n2', what: 'hears', from: 'n1' },
        b: { node: 'n5', what: 'hears', from: 'n2' },
      },
    ]);
    expect(quiz.errors).toEqual([]);
    expect(quiz.hosts).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    const [first, second] = quiz.questions;
    expect(first!.aText).toBe('n3 hears n2 (the sniper) at 1.75 s');
    expect(first!.bText).toBe('n5 hears n1 (the soldier) at 1.90 s');
    expect(first!.answer).toBe('concurrent');
    expect(second!.answer).toBe('before');
    expect(second!.reason).toMatch(/ahead at n2 \(2 > 1\) and n5 \(1 > 0\):/);
  });

  it('names an event the run does not have, and skips its question', () => {
    const quiz = buildClockQuiz(mutualVisibility, run, [
      { a: { node: 'n3', what: 'fires' }, b: { node: 'n5', what: 'hears', from: 'n1' } },
    ]);
    expect(quiz.questions).toEqual([]);
    expect(quiz.errors).toEqual(['This run has no event "n3 fires".']);
  });

  it('gives every wrong choice its own reason', () => {
    for (const answer of CHOICES) {
      const wrong = CHOICES.filter((choice) => choice !== answer);
      const texts = wrong.map((choice) => wrongChoiceText(choice, answer));
      for (const text of texts) expect(text).toMatch(/^Not quite: /);
    }
    expect(wrongChoiceText('concurrent', 'before')).toMatch(/chain of messages/);
    expect(wrongChoiceText('after', 'before')).toMatch(/other way round/);
  });
});
