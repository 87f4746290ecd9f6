/**
 * A few end-to-end checks through the real entry point, in a child process: exit codes
 * and streams as a shell sees them. Kept few, since each spawn costs about a second;
 * behaviour is covered in memory by runCli.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'lightcone-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function sim(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'sim/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: root },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('sim CLI (spawned)', { timeout: 30_000 }, () => {
  it('--help exits 0 and lists the verbs and scenarios', () => {
    const { code, out, err } = sim('--help');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('run <scenario> [options]');
    expect(out).toContain('failure-detection');
  });

  it('a bad --param exits 2 with the message and no stack trace', () => {
    const { code, out, err } = sim('run', 'failure-detection', '--param', 'nodes=banana');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('nodes: "banana" is not a whole number (expected 3 to 100)');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('a bad commands file exits 2 naming the file and the problem', () => {
    const file = join(scratch, 'bad.json');
    writeFileSync(file, '[{"at": "2s", "type": "explode"}]');
    const { code, err } = sim('run', 'failure-detection', '--commands', file);
    expect(code).toBe(2);
    expect(err).toContain(`${file}: command 1 (explode): unknown type "explode"`);
  });
});
