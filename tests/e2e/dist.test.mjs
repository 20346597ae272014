// The built folder itself (no browser): what scripts/postbuild.mjs promises about dist/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST, ROOT } from './harness.mjs';

const names = () => readdirSync(DIST).sort();
const plain = () => names().filter((n) => !/\.(br|gz)$/.test(n));

test('the service worker precaches exactly the files of the build', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precache = JSON.parse(sw.match(/const PRECACHE = (.*);/)[1]);
  assert.deepEqual(precache, plain().filter((n) => n !== 'sw.js'));
  assert.match(sw, /const VERSION = '[0-9a-f]{16}';/);
  assert.ok(!sw.includes('__LEDE_'), 'every placeholder filled');
  for (const needed of ['index.html', 'manifest.webmanifest', 'embed.js', 'icon-192.png', 'icon-512.png']) {
    assert.ok(precache.includes(needed), needed);
  }
  for (const hashed of [/^lede-app-[0-9a-f]+\.js$/, /^lede-app-[0-9a-f]+_bg\.wasm$/, /^main-[0-9a-f]+\.css$/, /^boot-[0-9a-f]+\.js$/]) {
    assert.ok(precache.some((n) => hashed.test(n)), String(hashed));
  }
});

test('index.html has no inline script or style, and its start-up script matches its integrity', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/);
  assert.doesNotMatch(html, /<style[\s>]|\sstyle="/);
  const [, src, integrity] = html.match(/<script type="module" src="\.\/(boot-[0-9a-f]+\.js)" integrity="([^"]+)">/);
  const digest = createHash('sha384').update(readFileSync(join(DIST, src))).digest('base64');
  assert.equal(integrity, `sha384-${digest}`);
  // Relative URLs only, so the folder works under any sub-path.
  assert.doesNotMatch(html, /(href|src)="?\//);
});

test('the JS glue is minified, keeps its exports, and every integrity in index.html matches its file', async () => {
  const glue = plain().find((n) => /^lede-app-[0-9a-f]+\.js$/.test(n));
  const code = readFileSync(join(DIST, glue), 'utf8');
  assert.ok(!/\n\s/.test(code), `${glue} is minified (no indented lines)`);
  const glueModule = await import(pathToFileURL(join(DIST, glue)));
  assert.equal(typeof glueModule.default, 'function', 'init, the default export');
  assert.equal(typeof glueModule.initSync, 'function');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const checked = [];
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*\sintegrity=[^>]*>/g)) {
    const [, file] = tag.match(/\s(?:href|src)="?\.\/([^"\s>]+)/);
    const [, algo, digest] = tag.match(/\sintegrity="?(sha\d+)-([^"\s>]+)/);
    assert.equal(digest, createHash(algo).update(readFileSync(join(DIST, file))).digest('base64'), file);
    checked.push(file);
  }
  assert.ok(checked.includes(glue), `index.html has an integrity for ${glue}`);
});

test('precompressed copies decompress to their originals', () => {
  const all = new Set(names());
  for (const name of plain()) {
    const data = readFileSync(join(DIST, name));
    if (/\.(js|wasm|css|html|svg|webmanifest)$/.test(name)) {
      assert.ok(all.has(`${name}.br`) && all.has(`${name}.gz`), `${name} has .br and .gz`);
    }
    if (all.has(`${name}.br`)) assert.ok(brotliDecompressSync(readFileSync(join(DIST, `${name}.br`))).equals(data), name);
    if (all.has(`${name}.gz`)) assert.ok(gunzipSync(readFileSync(join(DIST, `${name}.gz`))).equals(data), name);
  }
});

test('the post-build step gives the same folder when run again', () => {
  const copy = mkdtempSync(join(tmpdir(), 'lede-dist-'));
  try {
    cpSync(DIST, copy, { recursive: true });
    execFileSync('node', [join(ROOT, 'scripts', 'postbuild.mjs'), copy], { stdio: 'pipe' });
    assert.deepEqual(readdirSync(copy).sort(), names());
    for (const name of names()) {
      assert.ok(readFileSync(join(copy, name)).equals(readFileSync(join(DIST, name))), name);
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
