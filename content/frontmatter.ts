/**
 * Reads a lesson's YAML frontmatter from its MDX source, for pages that list lessons:
 * importing the MDX module would bring every widget the lesson uses into that page.
 * Only the flat subset our lessons use is accepted: one `key: value` per line, the value
 * plain, 'single-quoted' or "double-quoted". Anything else throws, so the build fails
 * instead of listing a lesson wrongly. Pure.
 */
export function readFrontmatter(source: string): Record<string, string | number> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) throw new Error('no frontmatter block at the top of the file');
  const fields: Record<string, string | number> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const field = /^([A-Za-z][\w-]*):[ \t]+(.+)$/.exec(line);
    if (!field) throw new Error(`frontmatter line not understood: ${line}`);
    fields[field[1]!] = scalar(field[2]!.trim(), line);
  }
  return fields;
}

function scalar(text: string, line: string): string | number {
  if (text.startsWith("'")) {
    if (!/^'(?:[^']|'')*'$/.test(text)) throw new Error(`unclosed quote: ${line}`);
    return text.slice(1, -1).replaceAll("''", "'");
  }
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text) as string;
    } catch {
      throw new Error(`double-quoted value not understood: ${line}`);
    }
  }
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^[[{|>&*!%@`]/.test(text) || / #/.test(text) || /: /.test(text))
    throw new Error(`only plain or quoted strings and numbers are supported: ${line}`);
  return text;
}
