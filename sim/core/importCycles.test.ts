/**
 * No module of the engine imports itself back, not even for a type: a cycle makes load
 * order matter and hides which module owns an idea.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const CHECKED = ['sim/core', 'sim/scenarios'];

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The files under ROOT that `file` imports or re-exports from, types included. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:import|export)\s[^;]*?from\s+'([^']+)'/g)) {
    const spec = match[1]!;
    const base = spec.startsWith('@/')
      ? spec.slice(2)
      : spec.startsWith('.')
        ? normalize(join(dirname(file), spec))
        : null;
    if (base === null) continue;
    const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) =>
      existsSync(join(ROOT, path)),
    );
    if (target) found.push(target);
  }
  return found;
}

/** Each cycle in `graph` once, as the path that closes it. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('import cycles', () => {
  it('finds a cycle, type-only or not', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cyclesOf(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it.each(CHECKED)('there are none in %s', (folder) => {
    const graph = new Map(sources(folder).map((file) => [file, importsOf(file)]));
    expect(graph.size).toBeGreaterThan(5);
    // Imports are read: the files import one another far more than once each.
    expect([...graph.values()].flat().filter((to) => graph.has(to)).length).toBeGreaterThan(
      graph.size,
    );
    expect(cyclesOf(graph)).toEqual([]);
  });
});
