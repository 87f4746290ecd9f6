// `npm start`: build the static site if it is missing or older than the sources, then serve it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sourceDirs = ['app', 'components', 'sim', 'content'];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

const outDir = process.env.EXPORT_DIR || 'out';
const marker = join(outDir, 'index.html');
// A site built for another BASE_PATH is stale too: its pages ask for <base>/_next/….
const basePath = process.env.BASE_PATH ?? '';
const stale =
  !existsSync(marker) ||
  !readFileSync(marker, 'utf8').includes(`"${basePath}/_next/`) ||
  sourceDirs.some((dir) => existsSync(dir) && newestMtime(dir) > statSync(marker).mtimeMs);
if (stale) {
  console.log(`Building the static site (${outDir}/)…`);
  const build = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import('./serve.mjs');
