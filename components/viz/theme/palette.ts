/**
 * The canvas cannot read CSS variables, so the palette is resolved once through a probe
 * element: set its colour to var(--x) and read back the computed rgb(). Every colour
 * still comes from app/globals.css, light or dark as the page resolves it.
 */
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

const VARIABLES: Record<keyof Palette, string> = {
  fg: '--fg',
  muted: '--muted',
  lane: '--tone-down',
  accent: '--accent',
  message: '--message',
  bad: '--tone-bad',
  crash: '--crash-cross',
  bg: '--bg',
  past: '--tone-info',
  future: '--tone-warn',
  known: '--tone-ok',
};

/** Resolves the palette as the probe's context sees it. */
export function readPalette(probe: HTMLElement): Palette {
  const resolved = {} as Record<keyof Palette, string>;
  for (const [name, variable] of Object.entries(VARIABLES) as [keyof Palette, string][]) {
    probe.style.color = `var(${variable})`;
    resolved[name] = getComputedStyle(probe).color;
  }
  probe.style.color = '';
  return resolved;
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
