/**
 * Lightcone's one palette, light and dark. app/globals.css mirrors it as CSS custom
 * properties (`--name: light-dark(light, dark)`), which SVG and CSS use; the canvas reads
 * the same properties through palette.ts. theme.test.ts checks that the two agree, so a
 * colour is changed here and in globals.css together, or the tests fail.
 */
export interface Colour {
  readonly light: string;
  readonly dark: string;
}

export const COLOURS = {
  bg: { light: '#fbfaf7', dark: '#14161b' },
  fg: { light: '#1b1d22', dark: '#eceef2' },
  muted: { light: '#555b66', dark: '#a9afbb' },
  border: { light: '#cfd3da', dark: '#3a3f4a' },
  surface: { light: '#f1f0ec', dark: '#1c1f26' },
  'surface-strong': { light: '#ffffff', dark: '#262a33' },
  accent: { light: '#2f4fc4', dark: '#8ea8ff' },
  'on-accent': { light: '#ffffff', dark: '#0d1020' },
  link: { light: '#b9bec8', dark: '#4a505c' },
  'node-stroke': { light: '#1b1d22', dark: '#0d0f13' },
  'node-label': { light: '#10131a', dark: '#0d0f13' },
  'crash-cross': { light: '#2a2d33', dark: '#e6e8ec' },
  message: { light: '#2f4fc4', dark: '#a9bcff' },
  'tone-ok': { light: '#5cbf86', dark: '#5cc98c' },
  'tone-warn': { light: '#b86e00', dark: '#f0a23a' },
  'tone-bad': { light: '#c22f2f', dark: '#ff6b6b' },
  'tone-down': { light: '#9aa0aa', dark: '#6b717c' },
  'tone-info': { light: '#7fa6e8', dark: '#8fb4f2' },
  ok: { light: '#1c7c4a', dark: '#6fd49b' },
  warn: { light: '#8a5200', dark: '#f3b35a' },
  'group-0': { light: '#dce8fb', dark: '#1f2c44' },
  'group-1': { light: '#fbe3d2', dark: '#43291c' },
  'group-2': { light: '#e2f3df', dark: '#1f3a24' },
  'group-3': { light: '#efe0f6', dark: '#35233f' },
} as const satisfies Record<string, Colour>;

export type ColourName = keyof typeof COLOURS;

/** The CSS custom property that carries a colour, for SVG fills and inline styles. */
export function cssVar(name: ColourName): `var(--${ColourName})` {
  return `var(--${name})`;
}

/** The colour a scheme resolves `name` to, as globals.css's light-dark() does. */
export function colourIn(name: ColourName, scheme: 'light' | 'dark'): string {
  return COLOURS[name][scheme];
}

/** The `:root` declarations globals.css holds: one `--name: light-dark(light, dark);` each. */
export function rootDeclarations(): string[] {
  return (Object.entries(COLOURS) as [ColourName, Colour][]).map(
    ([name, colour]) => `--${name}: light-dark(${colour.light}, ${colour.dark});`,
  );
}
