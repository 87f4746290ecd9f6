/**
 * Every lesson has teacher's notes, and each class link is a run the sandbox opens as
 * written: parameters, seed and commands all read back without a complaint.
 */
import { describe, expect, it } from 'vitest';
import { lessonSlugs } from '@/content';
import { findScenario } from '@/sim/scenarios';
import { readRunState } from '@/components/player/urlState';
import { runOf, runQuery } from '@/components/challenges/links';
import { classSandbox, teacherNotes } from './teacherNotes';

describe('teacher notes', () => {
  it('cover every lesson, with questions and a class run the sandbox reads back', () => {
    for (const slug of lessonSlugs) {
      const notes = teacherNotes(slug);
      expect(notes, slug).toBeDefined();
      expect(notes!.questions.length, slug).toBeGreaterThanOrEqual(3);
      const scenario = findScenario(classSandbox(slug)!)!;
      expect(scenario, slug).toBeDefined();
      const run = runOf(scenario, notes!.classRun);
      const { state, errors } = readRunState(
        scenario,
        new URLSearchParams(runQuery(scenario, run)),
      );
      expect(errors, slug).toEqual([]);
      expect(state).toEqual(run);
    }
    expect(teacherNotes('no-such-lesson')).toBeUndefined();
    expect(teacherNotes('toString')).toBeUndefined();
  });
});
