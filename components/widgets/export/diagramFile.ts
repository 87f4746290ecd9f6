/** Names and the style properties of exported diagrams. Pure. */

/** Computed styles copied onto each exported SVG element, so the file needs no CSS. */
export const INLINED_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/** A file name for a diagram: `lightcone-<label in kebab case>.<ext>`, a name of at most 60 characters. */
export function diagramFileName(label: string, ext: 'svg' | 'png'): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `lightcone-${slug || 'diagram'}.${ext}`;
}

/**
 * A diagram's short name for a menu, clipped. A chart's label reads "title: summary", so
 * for those (`titled`) only the part before the colon is kept.
 */
export function diagramName(label: string, titled = false): string {
  const name = ((titled ? label.split(':')[0] : label) ?? '').trim() || 'Diagram';
  return name.length > 50 ? `${name.slice(0, 49)}…` : name;
}
