import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeds, sandboxes } from './registry';
import { scenarios } from '@/sim/scenarios';

const EMBED_ROUTES = join(process.cwd(), 'app', 'embed');

describe('widget registry', () => {
  it('has one route folder per embed, and no route without an entry', () => {
    const folders = readdirSync(EMBED_ROUTES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(embeds.map((entry) => entry.id).sort());
    for (const entry of embeds)
      expect(existsSync(join(EMBED_ROUTES, entry.id, 'page.tsx')), entry.id).toBe(true);
  });

  it('names only scenarios that exist', () => {
    for (const entry of [...sandboxes, ...embeds])
      expect(Object.keys(scenarios), entry.id).toContain(entry.scenario);
  });
});
