import { describe, expect, it } from 'vitest';
import { lessonSlugs, lessonSource } from '.';
import { glossary, glossaryEntry } from './glossary';
import { glossaryProblems, glossaryUse } from './glossaryLinks';

const lesson = (body: string) => `---\ntitle: T\n---\n${body}`;

describe('glossary', () => {
  it('has unique ids, usable as anchors, and related entries that exist', () => {
    const ids = glossary.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of glossary) {
      expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.definition, entry.id).toMatch(/^[A-Z].{20,400}\.$/);
      if (entry.pattern) expect(entry.pattern.test(entry.term), entry.id).toBe(true);
      for (const id of entry.related ?? []) expect(ids, `${entry.id} → ${id}`).toContain(id);
    }
    expect(() => glossaryEntry('nope')).toThrow(/no such glossary entry/);
  });

  it('covers the words the lessons lean on', () => {
    const ids = glossary.map((entry) => entry.id);
    for (const id of ['happens-before', 'vector-clock', 'linearizable', 'sloppy-quorum'])
      expect(ids).toContain(id);
    for (const id of ['hinted-handoff', 'read-repair', 'anti-entropy', 'failure-detector'])
      expect(ids).toContain(id);
    for (const id of ['harvest', 'yield', 'term', 'cap', 'pbs', 't-visibility', 'k-staleness'])
      expect(ids).toContain(id);
  });
});

describe('glossary links', () => {
  it('finds the first use outside headings and attributes', () => {
    const source = lesson(
      '## Quorums\n<Predict question="A quorum?" choices={["quorum"]} />\nTwo quorums and a quorum.',
    );
    const { firstUses, links } = glossaryUse(source);
    expect(links).toEqual([]);
    const quorum = firstUses.find((use) => use.entry.id === 'quorum')!;
    expect(quorum.text).toBe('quorums');
    expect(source.slice(quorum.start, quorum.start + 7)).toBe('quorums');
  });

  it('accepts a lesson that links each term once, at its first use', () => {
    const good = lesson(
      'A <Term id="quorum">quorum</Term> needs a <Term id="heartbeat">heartbeat</Term> from each. Heartbeats, quorums.',
    );
    expect(glossaryProblems(good)).toEqual([]);
  });

  it('names each mistake with its line', () => {
    const twice = lesson('A <Term id="quorum">quorum</Term>.\nA <Term id="quorum">quorum</Term>.');
    expect(glossaryProblems(twice)).toEqual(['line 5: "quorum" is linked more than once']);
    const late = lesson('A quorum.\nA <Term id="quorum">quorum</Term>.\nA heartbeat.');
    expect(glossaryProblems(late)).toEqual([
      'line 5: "quorum" is linked here, but first used on line 4',
      'line 6: first use of "heartbeat" is not linked',
    ]);
    expect(glossaryProblems(lesson('<Term id="qorum">quorum</Term>'))).toEqual([
      'line 4: no glossary entry "qorum"',
      'line 4: first use of "quorum" is not linked',
    ]);
    expect(glossaryProblems(lesson('<Term id="quorum">majority</Term>'))).toEqual([
      'line 4: "majority" is linked as "quorum"',
    ]);
  });

  it('every lesson links each glossary term it uses once, at its first use', () => {
    const unlinked: string[] = [];
    for (const slug of lessonSlugs) {
      const source = lessonSource(slug);
      expect(glossaryProblems(source), `content/${slug}.mdx`).toEqual([]);
      if (glossaryUse(source).links.length === 0) unlinked.push(slug);
    }
    if (unlinked.length > 0)
      console.warn(`Lessons with no glossary links yet: ${unlinked.join(', ')}`);
    for (const slug of ['failure-detection', 'light-cones', 'cap'])
      expect(unlinked, `${slug} lost its glossary links`).not.toContain(slug);
  });
});
