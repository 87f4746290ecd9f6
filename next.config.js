// Lightcone is a static site: every simulation runs in the visitor's browser.
import createMDX from '@next/mdx';

/**
 * BASE_PATH serves the site from a subpath, such as /courses/lightcone; empty or unset, from
 * the root. EXPORT_DIR names the folder the static site is written to (out/ by default).
 */
function readBasePath(value = '') {
  if (value === '' || value === '/') return '';
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(value))
    throw new Error(
      `BASE_PATH must be empty or a path such as /courses/lightcone (a leading slash, no trailing slash, letters, digits, ".", "_", "~" and "-"); got ${JSON.stringify(value)}`,
    );
  return value;
}
const basePath = readBasePath(process.env.BASE_PATH);
const exportDir = process.env.EXPORT_DIR;

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  ...(basePath ? { basePath } : {}),
  ...(exportDir ? { distDir: exportDir } : {}),
  // Read by components/sitePath.ts for links that next/link does not build.
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx', 'mdx'],
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` typechecks the whole repository first (tsc --noEmit); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

// Plugins are named as strings so Turbopack can serialise them.
const withMDX = createMDX({
  options: {
    remarkPlugins: [['remark-frontmatter'], ['remark-mdx-frontmatter', { name: 'frontmatter' }]],
  },
});

export default withMDX(nextConfig);
