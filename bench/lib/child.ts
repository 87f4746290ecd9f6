/**
 * Runs one benchmark case in a fresh Node process, so each figure starts with a cold
 * heap and its own JIT state, and `--expose-gc` is available for heap figures. The child
 * writes progress to stderr and its result as one JSON line on stdout (the last line).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ChildOptions {
  /** Extra V8 flags, e.g. ['--cpu-prof', '--cpu-prof-dir=…']. */
  readonly nodeFlags?: readonly string[];
  /** Kills the child after this long. */
  readonly timeoutMs?: number;
}

export function runChild<T>(
  script: string,
  args: readonly string[],
  options: ChildOptions = {},
): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', ...(options.nodeFlags ?? []), '--import', 'tsx', script, ...args],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      process.stderr.write(chunk);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 10 * 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0) {
        reject(new Error(`${script} ${args.join(' ')} exited with ${code ?? signal}\n${stderr}`));
        return;
      }
      try {
        resolvePromise(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script} ${args.join(' ')} printed no JSON result:\n${stdout}`));
      }
    });
  });
}

/** For a child script: prints the result as the last stdout line. */
export function reply(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
