// Shared end-to-end test helpers: a static server for dist/ on 127.0.0.1 and a headless
// Chromium from Debian, driven by playwright-core. Everything started here is stopped by the
// returned close functions, which tests call in `finally`/`after`.

import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'target', 'screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Security-Policy the README documents for hosting Lede; the tests serve under it. */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; " +
  "form-action 'none'";

/** Cache-Control as README "Deploy" says: a year for hashed names, revalidate the rest. */
const cacheControl = (file) =>
  /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';

/**
 * Serve `dir` on 127.0.0.1 at a free port, like a static host configured as README "Deploy"
 * says (cache headers; the build's .br/.gz copies when the browser accepts them): under
 * `prefix` (a sub-path such as '/sub/path/'), with `headers` added to every response (a CSP).
 * Returns { url, origin, close, setDir(dir) } — setDir swaps the folder served (a new build).
 */
export async function serve(dir = DIST, { prefix = '/', headers = {} } = {}) {
  const check = (d) => {
    if (!existsSync(join(d, 'index.html'))) {
      throw new Error(`${d}/index.html is missing: build first (trunk build --release)`);
    }
  };
  check(dir);
  let root = dir;
  const server = createServer(async (req, res) => {
    try {
      const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!full.startsWith(prefix)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const path = '/' + full.slice(prefix.length);
      let file = normalize(join(root, path));
      if (!file.startsWith(root + sep) && file !== root) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const accepts = req.headers['accept-encoding'] ?? '';
      let body = await readFile(file);
      let encoding;
      for (const [token, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!accepts.includes(token)) continue;
        const packed = await readFile(file + ext).catch(() => null);
        if (packed) {
          body = packed;
          encoding = token;
          break;
        }
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': cacheControl(file),
        ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    setDir: (d) => {
      check(d);
      root = d;
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Headless Debian Chromium with the flags this closed, root-run machine needs. */
export async function launch() {
  return chromium.launch(CHROMIUM);
}

/**
 * The same Chromium with a real (temporary) profile rather than an incognito-like context, for
 * what incognito changes (installability). Returns a BrowserContext; close it when done.
 */
export async function launchProfile(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, CHROMIUM);
}

/** The flags this closed, root-run machine needs (also for chrome-launcher in scripts/). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const CHROMIUM = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
};

/** Collect console errors and uncaught exceptions of a page, to assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
