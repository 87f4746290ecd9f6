/**
 * Reads a lesson's YAML frontmatter from its MDX source, for pages that list lessons:
 * importing the MDX module would bring every widget the lesson uses into that page.
 *
 * The YAML is parsed by `yaml`, the same parser remark-mdx-frontmatter uses to give the
 * MDX module its `frontmatter` export, so a lesson page and the lists of lessons read
 * the same values. It is not a direct dependency: it comes with remark-mdx-frontmatter.
 * Duplicate keys, YAML errors and a block that is not a mapping throw, so the build fails
 * instead of listing a lesson wrongly. Pure.
 */
import { parse } from 'yaml';

export type FrontmatterValue = string | number | boolean | null | FrontmatterValue[] | Fields;
export interface Fields {
  readonly [key: string]: FrontmatterValue;
}

const BLOCK = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function readFrontmatter(source: string): Fields {
  const match = BLOCK.exec(source);
  if (!match) throw new Error('no frontmatter block at the top of the file');
  let value: unknown;
  try {
    value = parse(match[1]!, { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new Error(`frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
      cause: error,
    });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error('frontmatter must be a mapping of `key: value` lines');
  return value as Fields;
}

/** The source after its frontmatter block: what the lesson's reader sees. */
export function lessonBody(source: string): string {
  return source.replace(BLOCK, '');
}
