/** An in-memory CliIo for tests: files in a map, output captured. Test support only. */
import type { CliIo } from './verb';

export function memoryIo(files: Record<string, string> = {}, now?: () => number) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: (path) =>
      Object.hasOwn(files, path)
        ? { ok: true, text: files[path]! }
        : { ok: false, message: `${path}: cannot read it (no such file or folder)` },
    writeText: (path, text) => {
      files[path] = text;
      return null;
    },
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    ...(now ? { now } : {}),
  };
  return { io, files, out: () => out.join(''), err: () => err.join('') };
}
