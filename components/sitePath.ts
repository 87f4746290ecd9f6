/**
 * The subpath the site is served from: '' at the root of its host, or such as
 * '/courses/lightcone' when built with `BASE_PATH=/courses/lightcone npm run build`
 * (next.config.js checks the value and hands it to the client code at build time).
 * next/link and the bundles add it by themselves; a plain `<a href>`, a URL built for
 * sharing or copying, and a redirect add it with `sitePath`.
 */
export const BASE_PATH: string = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** `path` (a path from the site's root, such as '/play/cap/') as the browser must ask for it. */
export function sitePath(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${BASE_PATH}${path}` : path;
}
