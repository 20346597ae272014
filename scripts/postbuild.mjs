// Trunk's post-build hook (see Trunk.toml); also runs alone on a built folder:
//   node scripts/postbuild.mjs [DIR]      (default: $TRUNK_STAGING_DIR, else dist/)
//
// 1a. Minifies wasm-bindgen's JS glue (<name>.js beside <name>_bg.wasm) with terser, which
//    Trunk's own minifier cannot do ("Failed to minify JS"); not in Trunk's debug builds
//    (TRUNK_PROFILE=debug). Keeps its exports, renames it after its new content, and updates
//    index.html's references to it and their integrity.
// 1b. Before that, shrinks the wasm and the glue as a pair (scripts/shrink-wasm.mjs: unused
//    exports dropped, short import and export names, functions ordered for compression); the
//    wasm too is renamed after its new content, with its references and integrity.
// 1. Moves Trunk's inline start-up <script> out of index.html into boot-<hash>.js, so the app
//    runs under a Content-Security-Policy without 'unsafe-inline' (Trunk 0.21 always inlines
//    it). Fails if index.html still has any inline script or style afterwards, or if any
//    integrity in it does not match its file.
// 2. Writes sw.js from src/web/sw.js with the precache list (every file of the build) and a
//    cache version (a hash of every file's name and content): never kept by hand, so Trunk's
//    hashed names cannot make it stale, and any change to any file makes a new version.
// 3. Writes precompressed .br and .gz beside every file they make smaller, for static hosts
//    that serve them (nginx gzip_static/brotli_static, Caddy precompressed, …).
// Running it twice on the same folder gives the same result.

import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { shrinkWasm } from './shrink-wasm.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dir = resolve(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? join(ROOT, 'dist'));
const fail = (message) => {
  console.error(`postbuild: ${message}`);
  process.exit(1);
};

const sha = (algo, data) => createHash(algo).update(data).digest();
const files = (d) =>
  readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const url = (path) => relative(dir, path).split(sep).join('/');

// 0. Start from what Trunk wrote: drop this script's own output of an earlier run.
for (const path of files(dir)) {
  if (/\.(br|gz)$/.test(path) || url(path) === 'sw.js') rmSync(path);
}

const indexPath = join(dir, 'index.html');
let html;
try {
  html = readFileSync(indexPath, 'utf8');
} catch {
  fail(`${indexPath} is missing: run this on a folder Trunk built`);
}
// Trunk's start-up module, as it writes it or minified (`<script type=module>`).
const inline = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/;
const found = html.match(inline);

// 1a. The JS glue, minified: module code (wasm-bindgen writes an ES module), so terser keeps the
// exported names (init as default, initSync, the exported classes) and renames only what is
// local; the wasm's imports are object keys, which it never renames. The minified glue is
// renamed after its own content (Trunk names it after the wasm's): hosts serve hashed names as
// immutable, so a name must never stand for two contents (as it would when only the minifier
// changed). Done on Trunk's own output only (while the start-up script that imports the glue by
// name is still inline), so a second run of this script leaves a processed folder as it is.
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
const local = (tag) => {
  const m = attr(tag, 'href') ?? attr(tag, 'src');
  const ref = m && (m[1] ?? m[2] ?? m[3]);
  return ref && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref) ? ref.replace(/^(?:\.?\/)+/, '').replace(/[?#].*/, '') : null;
};
const sri = (algo, data) => `${algo}-${sha(algo, data).toString('base64')}`;
const tags = /<(?:link|script)\b[^>]*>/gi;
// Write `data` in place of file `name`, renamed after its content (Trunk's hash, of 8 or more hex
// digits before `suffix`, makes way for the content's), and point index.html's references to it
// and their integrity at the new file; returns the new name.
const renameAfterContent = (name, suffix, data) => {
  const hash = sha('sha256', data).toString('hex').slice(0, 16);
  const renamed = name.replace(new RegExp(`(-[0-9a-f]{8,})?${suffix.replace('.', '\\.')}$`), `-${hash}${suffix}`);
  rmSync(join(dir, name));
  writeFileSync(join(dir, renamed), data);
  html = html.split(name).join(renamed);
  html = html.replace(tags, (tag) => {
    const m = local(tag) === renamed && attr(tag, 'integrity');
    if (!m) return tag;
    const algo = (m[1] ?? m[2] ?? m[3]).split('-')[0];
    return tag.replace(m[0], ` integrity="${sri(algo, data)}"`);
  });
  return renamed;
};
if (found && process.env.TRUNK_PROFILE !== 'debug') {
  const top = readdirSync(dir);
  // wasm-bindgen's glue X.js sits beside its module X_bg.wasm.
  for (const name of top.filter((n) => n.endsWith('.js') && top.includes(n.replace(/\.js$/, '_bg.wasm')))) {
    // 1b. The wasm and its glue made smaller together (scripts/shrink-wasm.mjs); the wasm too is
    // renamed after its new content, and index.html's references to it and their integrity follow.
    const wasmName = name.replace(/\.js$/, '_bg.wasm');
    let glue = readFileSync(join(dir, name), 'utf8');
    try {
      const shrunk = shrinkWasm(readFileSync(join(dir, wasmName)), glue, ROOT);
      glue = shrunk.glue;
      renameAfterContent(wasmName, '_bg.wasm', shrunk.wasm);
    } catch (e) {
      fail(`cannot shrink ${wasmName} with its glue: ${e.message}`);
    }
    let code;
    try {
      ({ code } = await minify(glue, { module: true }));
    } catch (e) {
      fail(`terser cannot minify ${name}: ${e.message}`);
    }
    renameAfterContent(name, '.js', code);
  }
}

// 1. The start-up script, out of index.html.
if (found) {
  const code = html.match(inline)[1].trim() + '\n';
  const name = `boot-${sha('sha256', code).toString('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), code);
  const integrity = `sha384-${sha('sha384', code).toString('base64')}`;
  html = html.replace(inline, `<script type="module" src="./${name}" integrity="${integrity}"></script>`);
}
if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(html)) fail('index.html still has an inline <script>');
if (/<style[\s>]/i.test(html) || /\sstyle="/i.test(html)) fail('index.html has an inline style');
// Every integrity index.html gives (for its own files) matches the file; only then is it written.
for (const tag of html.match(tags) ?? []) {
  const m = attr(tag, 'integrity');
  const ref = local(tag);
  if (!m || !ref) continue;
  const want = (m[1] ?? m[2] ?? m[3]).trim().split(/\s+/);
  let data;
  try {
    data = readFileSync(join(dir, ref));
  } catch {
    fail(`index.html has an integrity for ${ref}, which is not a file of the build`);
  }
  if (!want.some((w) => w === sri(w.split('-')[0], data))) fail(`index.html: the integrity of ${ref} does not match the file`);
}
if (found) writeFileSync(indexPath, html);

// 2. The service worker, with the precache list and the cache version.
const precache = files(dir).map(url).sort();
const version = createHash('sha256');
for (const path of precache) version.update(`${path}\0`).update(sha('sha256', readFileSync(join(dir, path))));
const versionId = version.digest('hex').slice(0, 16);
const template = readFileSync(join(ROOT, 'src', 'web', 'sw.js'), 'utf8');
for (const marker of ['__LEDE_VERSION__', '__LEDE_PRECACHE__']) {
  if (!template.includes(marker)) fail(`src/web/sw.js lacks the placeholder ${marker}`);
}
writeFileSync(
  join(dir, 'sw.js'),
  template.replace('__LEDE_VERSION__', versionId).replace('__LEDE_PRECACHE__', JSON.stringify(precache)),
);

// 3. Precompressed copies.
let written = 0;
for (const path of files(dir)) {
  const data = readFileSync(path);
  const br = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  const gz = gzipSync(data, { level: 9 });
  if (br.length < data.length) writeFileSync(`${path}.br`, br), written++;
  if (gz.length < data.length) writeFileSync(`${path}.gz`, gz), written++;
}
console.log(`postbuild: ${precache.length} files precached as version ${versionId}; ${written} precompressed copies`);
