// Lightcone is a static site: every simulation runs in the visitor's browser.
import createMDX from '@next/mdx';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
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
