/**
 * The real CliIo: files and standard streams. The only module besides main.ts that
 * touches Node, so everything else in sim/cli/ stays testable in memory.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from './verb';

/**
 * Where relative paths are resolved. `npm run` starts scripts in the package root, but
 * a person in a subfolder means paths relative to where they typed; npm keeps that
 * folder in INIT_CWD.
 */
function baseDir(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

/** A short reason for a file error, without a stack. */
function describeFileError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export const nodeIo: CliIo = {
  readText(path) {
    try {
      return { ok: true, text: readFileSync(resolve(baseDir(), path), 'utf8') };
    } catch (error) {
      return { ok: false, message: `${path}: cannot read it (${describeFileError(error)})` };
    }
  },
  writeText(path, text) {
    try {
      writeFileSync(resolve(baseDir(), path), text, 'utf8');
      return null;
    } catch (error) {
      return `${path}: cannot write it (${describeFileError(error)})`;
    }
  },
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  now: () => performance.now(), // allow: wall clock for progress and time limits, never in a trace
};
