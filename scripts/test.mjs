// `npm test`: every check, in the order that fails fastest.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
// The same site built for a subpath, into its own folder (see playwright.subpath.config.ts).
const subpath = { BASE_PATH: '/courses/lightcone', EXPORT_DIR: 'out-subpath' };
const steps = [
  ['typecheck', ['npx', 'tsc', '--noEmit']],
  ['lint', ['npx', 'eslint', '.']],
  ['format', ['npx', 'prettier', '--check', '.']],
  ['unit', ['npx', 'vitest', 'run']],
  ['build', ['npx', 'next', 'build']],
  ['e2e', ['npx', 'playwright', 'test']],
  ['subpath build', ['npx', 'next', 'build'], subpath],
  ['subpath e2e', ['npx', 'playwright', 'test', '-c', 'playwright.subpath.config.ts']],
];

for (const [name, [cmd, ...args], extra = {}] of steps) {
  console.log(`\n▶ ${name}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
