import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeds, sandboxes } from './registry';
import { scenarios } from '@/sim/scenarios';

function routeFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe('widget registry', () => {
  it.each([
    ['embed', embeds, join(process.cwd(), 'app', 'embed')],
    ['sandbox', sandboxes, join(process.cwd(), 'app', '(site)', 'play')],
  ] as const)('has one route folder per %s, and no route without an entry', (_, list, dir) => {
    expect(routeFolders(dir)).toEqual(list.map((entry) => entry.id).sort());
    for (const entry of list)
      expect(existsSync(join(dir, entry.id, 'page.tsx')), entry.id).toBe(true);
  });

  it('names only scenarios that exist', () => {
    for (const entry of [...sandboxes, ...embeds])
      expect(Object.keys(scenarios), entry.id).toContain(entry.scenario);
  });
});
