import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['{sim,components,app,content,scripts,bench}/**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', 'out/**', 'out-subpath/**', '.next/**'],
    environment: 'node',
  },
});
