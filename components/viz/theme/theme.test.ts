import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOURS, colourIn, cssVar, rootDeclarations, type ColourName } from './colours';
import { LANE_TONE, TONES as LANE_TONES } from './laneTones';
import { PALETTE_COLOUR, type Palette } from './palette';
import { HISTORY_COLOUR, SERIES_COLOUR } from './series';
import { GROUP_VARS, STATUS_COLOUR, TONE_VAR } from './statusTones';

const ROOT = join(__dirname, '..', '..', '..');
const globals = readFileSync(join(ROOT, 'app', 'globals.css'), 'utf8');

/** The `--name: light-dark(a, b)` declarations of globals.css's first `:root` block. */
function cssColours(): Map<string, { light: string; dark: string }> {
  const block = /:root\s*\{([^}]*)\}/.exec(globals)![1]!;
  const found = new Map<string, { light: string; dark: string }>();
  for (const match of block.matchAll(/--([\w-]+):\s*light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)/g))
    found.set(match[1]!, { light: match[2]!, dark: match[3]! });
  return found;
}

/** Every `var(--name)` used in the project's CSS and TSX under components/ and app/. */
function usedVariables(): Set<string> {
  const used = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(css|tsx?)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
        for (const match of readFileSync(path, 'utf8').matchAll(/var\(--([\w-]+)/g))
          used.add(match[1]!);
    }
  };
  walk(join(ROOT, 'components'));
  walk(join(ROOT, 'app'));
  return used;
}

describe('the theme', () => {
  it('is what globals.css declares, light and dark, colour for colour', () => {
    const css = cssColours();
    expect([...css.keys()].sort()).toEqual(Object.keys(COLOURS).sort());
    for (const [name, colour] of Object.entries(COLOURS)) expect(css.get(name)).toEqual(colour);
    // The generated declarations are the ones in the file.
    for (const line of rootDeclarations()) expect(globals).toContain(line);
  });

  it('gives the canvas the colours CSS resolves, in both schemes', () => {
    const css = cssColours();
    for (const scheme of ['light', 'dark'] as const) {
      for (const [key, name] of Object.entries(PALETTE_COLOUR) as [keyof Palette, ColourName][])
        expect(colourIn(name, scheme), `${key} in ${scheme}`).toBe(css.get(name)![scheme]);
    }
  });

  it('names only theme colours for statuses, lanes, series and history bars', () => {
    const names = new Set(Object.keys(COLOURS));
    const all = [
      ...Object.values(STATUS_COLOUR),
      ...Object.values(PALETTE_COLOUR),
      ...Object.values(SERIES_COLOUR),
      ...Object.values(HISTORY_COLOUR),
    ];
    for (const name of all) expect(names.has(name), name).toBe(true);
    for (const tone of LANE_TONES) expect(PALETTE_COLOUR[LANE_TONE[tone]]).toBeDefined();
    expect(TONE_VAR.bad).toBe('var(--tone-bad)');
    expect(GROUP_VARS).toEqual([0, 1, 2, 3].map((i) => cssVar(`group-${i}` as ColourName)));
  });

  it('the space-time legend swatches use the colours the canvas draws each tone in', () => {
    const legend = readFileSync(
      join(ROOT, 'components/viz/spacetime/spacetime.module.css'),
      'utf8',
    );
    const swatch = (name: string) =>
      new RegExp(`\\.swatch${name}\\s*\\{[^}]*var\\(--([\\w-]+)\\)`).exec(legend)?.[1];
    expect(swatch('Past')).toBe(PALETTE_COLOUR[LANE_TONE.past]);
    expect(swatch('Future')).toBe(PALETTE_COLOUR[LANE_TONE.future]);
    expect(swatch('Known')).toBe(PALETTE_COLOUR[LANE_TONE.known]);
    expect(swatch('Lost')).toBe(PALETTE_COLOUR.bad);
  });

  it('every colour variable a view uses is defined by the theme', () => {
    const names = new Set(Object.keys(COLOURS));
    const layout = new Set(['radius', 'cluster-max', 'narration-min']);
    const unknown = [...usedVariables()].filter(
      (name) => !names.has(name) && !layout.has(name) && !name.startsWith('next-'),
    );
    expect(unknown).toEqual([]);
  });
});
