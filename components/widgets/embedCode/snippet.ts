/**
 * The iframe snippet that embeds a widget in slides or a course page: its size, theme,
 * controls, the run (seed, parameters, commands, t), an optional step range and beats. Pure.
 */
export interface SnippetOptions {
  /** Absolute URL of the embed page, such as https://example.org/embed/cap/. */
  readonly embedUrl: string;
  /** The run's query (seed, parameters, log, t), as writeRunState gives it. */
  readonly runQuery: string;
  readonly title: string;
  readonly size: { readonly width: number; readonly height: number };
  readonly theme: 'system' | 'light' | 'dark';
  readonly controls: boolean;
  /** Such as "2s-8s", or empty for none. */
  readonly steps: string;
  /** Such as "2s,4.5s,7s", or empty for none. */
  readonly beats: string;
}

export const SLIDE_SIZES = [
  { width: 960, height: 540 },
  { width: 1280, height: 720 },
] as const;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The embed URL with every option, and the HTML to paste. */
export function embedSnippet(options: SnippetOptions): { src: string; html: string } {
  const extra = new URLSearchParams();
  if (options.theme !== 'system') extra.set('theme', options.theme);
  if (!options.controls) extra.set('controls', '0');
  if (options.steps.trim()) extra.set('steps', options.steps.trim());
  if (options.beats.trim()) extra.set('beats', options.beats.replace(/\s+/g, ''));
  const query = [options.runQuery, extra.toString()].filter((part) => part !== '').join('&');
  const src = query === '' ? options.embedUrl : `${options.embedUrl}?${query}`;
  const { width, height } = options.size;
  const html =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" ` +
    `width="${width}" height="${height}" style="border:0" loading="lazy"></iframe>`;
  return { src, html };
}
