import { measured } from '../lib/figure';
import type { Figure } from '../lib/types';
import { measureWeight } from './weight';

/** Weight figures. Deterministic, so one "run" each. kB = 1000 bytes. */
export function runWeight(siteDir: string): Figure[] {
  const { pages, total } = measureWeight(siteDir);
  return [
    ...pages.map((page) =>
      measured(
        'weight',
        `weight.js.${page.route}`,
        `First-load JS, ${page.route}`,
        'kB gzip',
        [page.gzipBytes / 1000],
        {
          scripts: page.scripts,
          rawKB: page.rawBytes / 1000,
          frameworkGzipKB: page.frameworkGzipBytes / 1000,
          ownGzipKB: (page.gzipBytes - page.frameworkGzipBytes) / 1000,
          inlineScriptGzipKB: page.inlineGzipBytes / 1000,
          noModuleGzipKB: page.noModuleGzipBytes / 1000,
          chunks: page.chunks.map((c) => ({ src: c.src, gzipKB: c.gzipBytes / 1000 })),
        },
      ),
    ),
    // What an embed adds to the framework every page pays: the part Lightcone controls.
    ...pages
      .filter((page) => page.route.startsWith('/embed/'))
      .map((page) =>
        measured(
          'weight',
          `weight.own.${page.route}`,
          `Own code beyond the framework, ${page.route}`,
          'kB gzip',
          [(page.gzipBytes - page.frameworkGzipBytes) / 1000],
        ),
      ),
    measured('weight', 'weight.out', `Total size of out/ (${total.files} files)`, 'kB', [
      total.bytes / 1000,
    ]),
  ];
}
