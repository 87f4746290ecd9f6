/**
 * Which glossary terms a lesson uses and links. A lesson links each term once, with
 * `<Term id="…">`, at its first use in the prose (headings and JSX attributes aside).
 * Pure: reads MDX source, returns findings.
 */
import { glossary, type GlossaryEntry } from './glossary';
import { linkableSource, scanMdx } from './prose';

export interface TermLink {
  readonly id: string;
  /** Where the linked words start and end in the source. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface FirstUse {
  readonly entry: GlossaryEntry;
  /** Where the first use starts in the source, and its text. */
  readonly start: number;
  readonly text: string;
}

export interface GlossaryUse {
  readonly links: readonly TermLink[];
  readonly firstUses: readonly FirstUse[];
}

export function glossaryUse(source: string): GlossaryUse {
  const { prose, tags, offsets } = scanMdx(linkableSource(source));
  const at = (index: number) => offsets[index] ?? source.length;
  const links: TermLink[] = [];
  let open: { id: string; at: number } | null = null;
  for (const tag of tags) {
    if (tag.name !== 'Term') continue;
    if (!tag.closing) {
      const id = /\bid=["']([^"']*)["']/.exec(tag.source)?.[1] ?? '';
      open = { id, at: tag.at };
    } else if (open) {
      const text = prose.slice(open.at, tag.at);
      links.push({ id: open.id, start: at(open.at), end: at(open.at) + text.length, text });
      open = null;
    }
  }
  const firstUses: FirstUse[] = [];
  for (const entry of glossary) {
    const match = entry.pattern?.exec(prose);
    if (match) firstUses.push({ entry, start: at(match.index), text: match[0] });
  }
  firstUses.sort((a, b) => a.start - b.start);
  return { links, firstUses };
}

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

/**
 * What is wrong with a lesson's glossary links, one sentence each: unknown ids, a term
 * linked twice, linked words that are not the term, and, once a lesson links any term,
 * a term whose first use is not the linked one.
 */
export function glossaryProblems(source: string): string[] {
  const { links, firstUses } = glossaryUse(source);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const line = lineOf(source, link.start);
    const entry = glossary.find((candidate) => candidate.id === link.id);
    if (!entry) problems.push(`line ${line}: no glossary entry "${link.id}"`);
    else if (entry.pattern && !entry.pattern.test(link.text))
      problems.push(`line ${line}: "${link.text}" is linked as "${entry.term}"`);
    if (seen.has(link.id)) problems.push(`line ${line}: "${link.id}" is linked more than once`);
    seen.add(link.id);
  }
  if (links.length === 0) return problems;
  for (const use of firstUses) {
    const link = links.find((candidate) => candidate.id === use.entry.id);
    const line = lineOf(source, use.start);
    if (!link) problems.push(`line ${line}: first use of "${use.entry.term}" is not linked`);
    else if (use.start < link.start || use.start >= link.end)
      problems.push(
        `line ${lineOf(source, link.start)}: "${use.entry.term}" is linked here, but first used on line ${line}`,
      );
  }
  return problems;
}
