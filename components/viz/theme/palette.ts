/**
 * The canvas cannot read CSS variables, so the palette is resolved once through a probe
 * element: set its colour to the property and read back the computed rgb(). Every colour is a
 * theme colour (colours.ts, mirrored in app/globals.css), light or dark as the page
 * resolves it, so canvas, SVG and CSS agree.
 */
import { cssVar, type ColourName } from './colours';

export interface Palette {
  readonly fg: string;
  readonly muted: string;
  readonly lane: string;
  readonly accent: string;
  readonly message: string;
  readonly bad: string;
  readonly crash: string;
  readonly bg: string;
  /** Causal past, causal future, and what a node can know. */
  readonly past: string;
  readonly future: string;
  readonly known: string;
}

/** The theme colour behind each of the canvas palette's entries. */
export const PALETTE_COLOUR: Record<keyof Palette, ColourName> = {
  fg: 'fg',
  muted: 'muted',
  lane: 'tone-down',
  accent: 'accent',
  message: 'message',
  bad: 'tone-bad',
  crash: 'crash-cross',
  bg: 'bg',
  past: 'tone-info',
  future: 'tone-warn',
  known: 'tone-ok',
};

/**
 * Resolves theme colours as the probe's context sees them (its scheme, an embed's
 * data-theme), as rgb() strings a canvas accepts.
 */
export function readColours<K extends string>(
  probe: HTMLElement,
  names: Record<K, ColourName>,
): Record<K, string> {
  const resolved = {} as Record<K, string>;
  for (const [key, name] of Object.entries(names) as [K, ColourName][]) {
    probe.style.color = cssVar(name);
    resolved[key] = getComputedStyle(probe).color;
  }
  probe.style.color = '';
  return resolved;
}

/** Resolves the canvas palette as the probe's context sees it. */
export function readPalette(probe: HTMLElement): Palette {
  return readColours(probe, PALETTE_COLOUR);
}

/** Calls `onChange` when the colour scheme may have changed; returns a function that stops. */
export function watchColorScheme(onChange: () => void): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', onChange);
  // An embed sets data-theme on <html> to force light or dark.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    query.removeEventListener('change', onChange);
    observer.disconnect();
  };
}
