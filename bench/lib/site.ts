/**
 * The built static site, for the render and weight benchmarks. `out/` is copied to a
 * private temp folder and served from there, so a rebuild running in the repo at the
 * same time cannot change the files under a measurement.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO } from './child';

export const OUT = join(REPO, 'out');

/** Every .html file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

export interface ScriptTag {
  readonly src: string;
  /** `nomodule` scripts (legacy polyfills) are skipped by every modern browser. */
  readonly noModule: boolean;
}

/** Every `<script src>` in an HTML page, in order, without duplicates. */
export function scriptTags(html: string): ScriptTag[] {
  const tags: ScriptTag[] = [];
  for (const match of html.matchAll(/<script\b([^>]*?)\bsrc="([^"]+)"([^>]*)>/g)) {
    const src = match[2]!;
    const attributes = `${match[1]} ${match[3]}`.toLowerCase();
    if (!tags.some((tag) => tag.src === src))
      tags.push({ src, noModule: /\bnomodule\b/.test(attributes) });
  }
  return tags;
}

/** Problems with a copy of out/: pages missing, or scripts they load missing. */
function checkCopy(dir: string): string[] {
  if (!existsSync(join(dir, 'index.html'))) return ['index.html is missing'];
  const problems: string[] = [];
  for (const page of htmlFiles(dir)) {
    for (const { src } of scriptTags(readFileSync(join(dir, page), 'utf8'))) {
      if (src.startsWith('/') && !existsSync(join(dir, src))) problems.push(`${page} → ${src}`);
    }
  }
  return problems;
}

/**
 * Copies out/ to a temp folder and checks the copy is whole (a rebuild in progress can
 * leave pages pointing at chunks that are gone). Builds first only if out/ is missing.
 */
export async function snapshotSite(): Promise<string> {
  if (!existsSync(join(OUT, 'index.html'))) {
    console.log(
      '\nout/ has no built site, so the render and weight benchmarks need a build first:\n' +
        '  running `npm run build` (next build, static export; about 15–30 s on 2 cores)…\n',
    );
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: REPO,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) throw new Error('`npm run build` failed; see its output above.');
  }
  for (let attempt = 1; attempt <= 5; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'lc-bench-out-'));
    cpSync(OUT, dir, { recursive: true });
    const problems = checkCopy(dir);
    if (problems.length === 0) return dir;
    rmSync(dir, { recursive: true, force: true });
    console.log(`  out/ looks mid-rebuild (${problems[0]}); retrying in 5 s (${attempt}/5)`);
    await new Promise((r) => setTimeout(r, 5000));
  }
  throw new Error('out/ stayed inconsistent (a build running?); run the bench again later.');
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface Served {
  readonly url: string;
  readonly dir: string;
  close(): void;
}

/** Serves `dir` with scripts/serve.mjs on a free port; resolves once it listens. */
export async function serve(dir: string): Promise<Served> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [join(REPO, 'scripts/serve.mjs'), '--port', String(port), '--dir', dir],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error('static server did not start')), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('served')) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.on('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return {
    url: `http://localhost:${port}`,
    dir,
    close: () => {
      child.kill('SIGTERM');
    },
  };
}
