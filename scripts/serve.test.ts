import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'lightcone-serve-'));
writeFileSync(join(dir, 'index.html'), '<p>home</p>');
writeFileSync(join(dir, '404.html'), '<p>missing</p>');

/** Starts the server; resolves with its port once it says where it serves. */
function serve(
  port: number,
  ...extra: string[]
): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn(process.execPath, [
    'scripts/serve.mjs',
    '--port',
    String(port),
    '--dir',
    dir,
    ...extra,
  ]);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /localhost:(\d+)[^\s]*\//.exec(output);
      if (match) resolve({ child, port: Number(match[1]), output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
}

/** GETs a raw path (not normalised by a URL parser), giving the status. */
function get(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(0);
  });
  afterAll(() => void server.child.kill());

  it('answers malformed escapes with 400 and keeps serving', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/%ff', '/a%00b']) {
      expect(await get(server.port, path), path).toBe(400);
      expect(await get(server.port, '/')).toBe(200);
    }
    expect(await get(server.port, '/nope/')).toBe(404);
    expect(await get(server.port, '/../../etc/passwd')).toBe(404);
  });

  it('says in one line that the port is taken, and how to pick another', async () => {
    const second = spawn(process.execPath, [
      'scripts/serve.mjs',
      '--port',
      String(server.port),
      '--dir',
      dir,
    ]);
    let stderr = '';
    second.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => second.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Port \d+ is already in use\. .*PORT=3100 npm start/),
    ]);
  });
});

describe('static server under a base path', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(0, '--base', '/courses/lightcone');
  });
  afterAll(() => void server.child.kill());

  it('serves the site below the base path only', async () => {
    expect(server.output()).toContain('/courses/lightcone/');
    expect(await get(server.port, '/courses/lightcone/')).toBe(200);
    expect(await get(server.port, '/courses/lightcone/index.html')).toBe(200);
    expect(await get(server.port, '/courses/lightcone')).toBe(308);
    for (const path of ['/', '/index.html', '/courses/', '/courses/lightcone-x/'])
      expect(await get(server.port, path), path).toBe(404);
  });
});
