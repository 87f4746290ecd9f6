import { describe, expect, it } from 'vitest';
import { headingText, lessonHeadings, linkableSource, scanMdx } from './prose';

const lesson = (body: string) => `---\ntitle: T\n---\n${body}`;

describe('scanMdx', () => {
  it('drops tags and expressions, keeping the words and where each tag stood', () => {
    const { prose, tags } = scanMdx(
      'A <Term id="q">quorum</Term> is {/* note */}a majority.\n<Widget commands={[{ at: "2s", to: "a>b" }]} caption="x > y" />\nEnd.',
    );
    expect(prose).toBe('A quorum is a majority.\n\nEnd.');
    expect(tags.map((tag) => [tag.name, tag.closing, tag.selfClosing, tag.at])).toEqual([
      ['Term', false, false, 2],
      ['Term', true, false, 8],
      ['Widget', false, true, 24],
    ]);
  });

  it('leaves a bare < in prose alone and reports an unclosed tag', () => {
    expect(scanMdx('if a < b then').prose).toBe('if a < b then');
    expect(() => scanMdx('<Widget caption="oops />')).toThrow(/unclosed tag/);
  });
});

describe('lessonHeadings', () => {
  it('lists ## and ### headings with ids, skipping code blocks', () => {
    const source = lesson(
      [
        '## Dead, or *cut* off?',
        'text ## not a heading',
        '```',
        '## inside code',
        '```',
        '### What [linearizable](/x/) means ##',
        '# a title',
      ].join('\n'),
    );
    expect(lessonHeadings(source)).toEqual([
      { depth: 2, text: 'Dead, or cut off?', id: 'dead-or-cut-off' },
      { depth: 3, text: 'What linearizable means', id: 'what-linearizable-means' },
    ]);
    expect(headingText('`sync` <sup>2</sup> first')).toBe('sync 2 first');
  });

  it('refuses two headings with one id, or an id the page uses', () => {
    expect(() => lessonHeadings(lesson('## Take away\n\n## Take-away'))).toThrow(/already taken/);
    expect(() => lessonHeadings(lesson('## Lesson contents'))).toThrow(/already taken/);
  });

  it('blanks frontmatter and headings, keeping every other character where it was', () => {
    const source = lesson('## Quorums\nA quorum.');
    const linkable = linkableSource(source);
    expect(linkable.length).toBe(source.length);
    expect(linkable.trim()).toBe('A quorum.');
    expect(linkable.indexOf('quorum')).toBe(source.indexOf('quorum'));
  });

  it("blanks a link's target but keeps its text: a URL is not prose", () => {
    const source = lesson('See [the next lesson](/learn/quorums/) on quorums.');
    const linkable = linkableSource(source);
    expect(linkable.length).toBe(source.length);
    expect(linkable).toContain('[the next lesson]');
    expect(linkable.indexOf('quorum')).toBe(source.lastIndexOf('quorum'));
  });
});
