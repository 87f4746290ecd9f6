import { describe, expect, it } from 'vitest';
import { lessonSlugs } from '@/content';
import { LESSON_PICTURES } from './lessonPictures';
import { runPicture } from './runPicture';

describe('runPicture', () => {
  it('draws every lesson from its own run, the same each time, with alt text from the run', () => {
    for (const slug of lessonSlugs) {
      const setup = LESSON_PICTURES[slug];
      expect(setup, `no picture for lesson ${slug}`).toBeDefined();
      const picture = runPicture(setup!);
      expect(runPicture(setup!)).toEqual(picture);
      expect(picture.lanes.length).toBeGreaterThan(1);
      expect(picture.delivered).toMatch(/^M\d+ \d+L/);
      expect(picture.alt).toMatch(/^Space-time diagram of a seeded run of .+: \d+ nodes over/);
      // Small enough to inline in the home page.
      expect(JSON.stringify(picture).length).toBeLessThan(12_000);
    }
  }, 30_000);

  it('says what the run shows: the crash, the cut', () => {
    const fd = runPicture(LESSON_PICTURES['failure-detection']!);
    expect(fd.alt).toContain('n3 crashes at 1.50 s');
    expect(fd.marks).toContainEqual(expect.objectContaining({ kind: 'crash' }));
    const cap = runPicture(LESSON_PICTURES.cap!);
    expect(cap.alt).toContain('the network is partitioned once');
    expect(cap.marks.map((mark) => mark.kind)).toEqual(['partition', 'heal']);
  });

  it('refuses a setup with a mistake, so the build fails rather than draw nothing', () => {
    expect(() =>
      runPicture({ ...LESSON_PICTURES.cap!, commands: [{ at: 'soon', type: 'heal' }] }),
    ).toThrow(/A home-page picture/);
  });
});
