// A tiny dependency-free static server for the exported site in out/.
// Usage: node scripts/serve.mjs [--port 3000] [--dir out] [--base /courses/lightcone]
// (or PORT=3100, EXPORT_DIR for the folder, BASE_PATH for the subpath). Under a base path
// the site answers only below it, as it would on a host that serves it from that folder.
// A request it cannot read (a malformed escape such as /%E0%A4%A) gets 400, a file it
// cannot send gets 500, and the server keeps serving either way.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '3000'));
const root = resolve(option('dir', process.env.EXPORT_DIR || 'out'));
const base = option('base', process.env.BASE_PATH ?? '').replace(/^\/$/, '');
if (base !== '' && !/^(\/[A-Za-z0-9._~-]+)+$/.test(base)) {
  console.error(`--base must be a path such as /courses/lightcone; got ${JSON.stringify(base)}`);
  process.exit(2);
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** The decoded path, or null if it is not valid percent-encoded UTF-8 or holds a NUL. */
function decodePath(urlPath) {
  try {
    const path = decodeURIComponent(urlPath);
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

async function findFile(path) {
  const clean = normalize(path).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, clean);
  if (base !== root && !base.startsWith(root + sep)) return null;
  for (const candidate of [base, join(base, 'index.html'), `${base}.html`]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

function plain(res, status, text) {
  res.writeHead(status, { 'content-type': types['.txt'] });
  res.end(`${text}\n`);
}

async function handle(req, res) {
  let url;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return plain(res, 400, 'Bad request: the address could not be read.');
  }
  const path = decodePath(url.pathname);
  if (path === null) return plain(res, 400, 'Bad request: the path is not valid percent-encoding.');
  if (base !== '' && path === base) {
    res.writeHead(308, { location: `${base}/${url.search}` });
    return res.end();
  }
  const inside = base === '' || path.startsWith(`${base}/`);
  const file = inside ? await findFile(path.slice(base.length)) : null;
  if (!file) {
    const notFound = await findFile('/404.html');
    res.writeHead(404, { 'content-type': types['.html'] });
    res.end(notFound ? await readFile(notFound) : 'Not found');
    return;
  }
  const body = await readFile(file);
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  res.end(body);
}

const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) plain(res, 500, 'The server could not send this file.');
    else res.destroy();
  });
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Port ${port} is already in use. Pick another with PORT, e.g. PORT=3100 npm start (or npm run serve -- --port 3100).`,
    );
  } else {
    console.error(`Cannot serve on port ${port}: ${error.message}`);
  }
  process.exit(1);
});

server.listen(port, () => {
  // The port actually bound: with --port 0 the system picks a free one (tests use it).
  const bound = server.address().port;
  console.log(`Lightcone is served from ${root} at http://localhost:${bound}${base}/`);
});
