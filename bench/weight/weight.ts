/**
 * Page weight from the static export: for every exported HTML page, the JavaScript it
 * loads before it can run (each `<script src>` except `nomodule` polyfills, gzipped with zlib at level 9 as a static
 * host would serve it), and the total size of out/. `next build` no longer prints
 * First Load JS, so this is the number to watch.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles, scriptTags } from '../lib/site';

export interface PageWeight {
  readonly route: string;
  readonly file: string;
  readonly scripts: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Inline <script> text (the RSC payload), gzipped, for context; not in gzipBytes. */
  readonly inlineGzipBytes: number;
  /** `nomodule` polyfills, gzipped: only legacy browsers load them; not in gzipBytes. */
  readonly noModuleGzipBytes: number;
  /** Each script's gzipped size, largest first. */
  readonly chunks: readonly { readonly src: string; readonly gzipBytes: number }[];
  /**
   * Of gzipBytes, the scripts the empty 404 page loads too (React, the router, the
   * runtime): what every page pays. The rest is the page's own code.
   */
  readonly frameworkGzipBytes: number;
}

/** "play/failure-detection/index.html" → "/play/failure-detection/"; "404.html" → "/404.html". */
export function routeOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = dirSize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

export function measureWeight(outDir: string): {
  pages: PageWeight[];
  total: { bytes: number; files: number };
} {
  const gzipCache = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (src: string) => {
    const cached = gzipCache.get(src);
    if (cached) return cached;
    const body = readFileSync(join(outDir, src.split('?')[0]!));
    const size = { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    gzipCache.set(src, size);
    return size;
  };
  const files = htmlFiles(outDir);
  const sourcesOf = (file: string) =>
    scriptTags(readFileSync(join(outDir, file), 'utf8')).filter(
      (tag) => tag.src.startsWith('/') && !tag.noModule,
    );
  const emptyPage = files.find((file) => file === '404.html');
  const framework = new Set(emptyPage ? sourcesOf(emptyPage).map((tag) => tag.src) : []);
  const pages = files.map((file): PageWeight => {
    const html = readFileSync(join(outDir, file), 'utf8');
    const tags = scriptTags(html).filter((tag) => tag.src.startsWith('/'));
    const sources = tags.filter((tag) => !tag.noModule).map((tag) => tag.src);
    const legacy = tags.filter((tag) => tag.noModule).map((tag) => tag.src);
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]!)
      .join('\n');
    return {
      route: routeOf(file),
      file,
      scripts: sources.length,
      rawBytes: sources.reduce((sum, src) => sum + sizeOf(src).raw, 0),
      gzipBytes: sources.reduce((sum, src) => sum + sizeOf(src).gzip, 0),
      inlineGzipBytes: gzipSync(inline, { level: 9 }).length,
      noModuleGzipBytes: legacy.reduce((sum, src) => sum + sizeOf(src).gzip, 0),
      chunks: sources
        .map((src) => ({ src, gzipBytes: sizeOf(src).gzip }))
        .sort((a, b) => b.gzipBytes - a.gzipBytes),
      frameworkGzipBytes: sources
        .filter((src) => framework.has(src))
        .reduce((sum, src) => sum + sizeOf(src).gzip, 0),
    };
  });
  return { pages, total: dirSize(outDir) };
}
