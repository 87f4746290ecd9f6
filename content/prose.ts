/**
 * What a reader reads in a lesson's MDX: the prose without frontmatter, JSX and HTML tags
 * or `{…}` expressions, and where each tag stood in it. Used for the contents list, the
 * reading time and the glossary-link check, all at build time. Pure.
 */
import { lessonBody } from './frontmatter';
import { slugify } from './slug';

export interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** The tag's source, attributes included. */
  readonly source: string;
  /** Where the tag stood in `prose`. */
  readonly at: number;
}

export interface Prose {
  readonly prose: string;
  readonly tags: readonly Tag[];
  /** For each character of `prose`, its index in the scanned text. */
  readonly offsets: readonly number[];
}

/** Index just past the `>` or `}` that closes the tag or expression opened at `start`. */
function scanEnd(text: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  const tag = text[start] === '<';
  for (let i = start; i < text.length; i += 1) {
    const c = text[i]!;
    if (quote) {
      if (c === quote && text[i - 1] !== '\\') quote = null;
    } else if (c === '"' || c === "'" || c === '`') {
      if (tag || depth > 0) quote = c;
    } else if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (!tag && depth === 0) return i + 1;
    } else if (c === '>' && tag && depth === 0) return i + 1;
  }
  throw new Error(`unclosed ${tag ? 'tag' : 'expression'} at: ${text.slice(start, start + 40)}`);
}

/** Splits MDX (without frontmatter) into prose and the tags that stood in it. */
export function scanMdx(mdx: string): Prose {
  let prose = '';
  const tags: Tag[] = [];
  const offsets: number[] = [];
  let i = 0;
  while (i < mdx.length) {
    const c = mdx[i]!;
    if (c === '<' && /^<\/?[A-Za-z]/.test(mdx.slice(i, i + 3))) {
      const end = scanEnd(mdx, i);
      const source = mdx.slice(i, end);
      const name = /^<\/?([A-Za-z][\w.]*)/.exec(source)![1]!;
      tags.push({
        name,
        closing: source.startsWith('</'),
        selfClosing: source.endsWith('/>'),
        source,
        at: prose.length,
      });
      i = end;
    } else if (c === '{') {
      i = scanEnd(mdx, i);
    } else {
      prose += c;
      offsets.push(i);
      i += 1;
    }
  }
  return { prose, tags, offsets };
}

export interface Heading {
  readonly depth: 2 | 3;
  readonly text: string;
  readonly id: string;
}

/** A heading's plain text: no emphasis, code marks, link targets or tags. */
export function headingText(markdown: string): string {
  return scanMdx(markdown)
    .prose.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Ids the lesson page itself uses around the MDX. */
export const RESERVED_IDS: readonly string[] = ['lesson-objectives', 'lesson-contents', 'content'];

const HEADING = /^(#{2,3})[ \t]+(.+?)[ \t#]*$/;

/** Lines outside fenced code blocks. */
function proseLines(body: string): { line: string; fenced: boolean }[] {
  let fenced = false;
  return body.split(/\r?\n/).map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return { line, fenced: true };
    }
    return { line, fenced };
  });
}

/**
 * The lesson's `##` and `###` headings, for its contents list. Ids are `slugify` of the
 * text, exactly as the page's heading components make them; two headings with the same
 * id would make one link wrong, so that throws and fails the build, as does an id
 * the page uses itself.
 */
export function lessonHeadings(source: string): Heading[] {
  const headings: Heading[] = [];
  const ids = new Set<string>();
  for (const { line, fenced } of proseLines(lessonBody(source))) {
    const match = fenced ? null : HEADING.exec(line);
    if (!match) continue;
    const text = headingText(match[2]!);
    const id = slugify(text);
    if (ids.has(id) || RESERVED_IDS.includes(id))
      throw new Error(`the heading "${text}" has the id "${id}", already taken: rename it`);
    ids.add(id);
    headings.push({ depth: match[1]!.length as 2 | 3, text, id });
  }
  return headings;
}

/**
 * The source with its frontmatter, heading lines and link targets (`](/learn/x/)`)
 * blanked to spaces, so that indexes into it are indexes into the source: the prose a
 * glossary term can be linked from.
 */
export function linkableSource(source: string): string {
  const body = lessonBody(source);
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const lines = proseLines(body).map(({ line, fenced }) =>
    !fenced && HEADING.test(line) ? blank(line) : line,
  );
  const prose = lines
    .join('\n')
    .replace(/\]\([^)\n]*\)/g, (target) => ']' + blank(target.slice(1)));
  return blank(source.slice(0, source.length - body.length)) + prose;
}
