// Print the size of each file in dist/: raw, gzip and brotli (best compression); the total of
// the first load (index.html and every file it links to: the start-up script, the JS glue, the
// wasm with its data, the CSS, the icon); and the total of everything, which adds what comes
// later (the service worker, the manifest and its PNG icons, embed.js for host pages).
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = resolve(fileURLToPath(new URL('..', import.meta.url)), process.argv[2] ?? 'dist');
const rows = [];
for (const name of readdirSync(dist).sort()) {
  const path = join(dist, name);
  if (!statSync(path).isFile() || /\.(br|gz)$/.test(name)) continue;
  const data = readFileSync(path);
  rows.push({
    name,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  });
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log(`${'file'.padEnd(40)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const linked = new Set(['index.html', ...[...html.matchAll(/(?:href|src)=("?)\.?\/?([^"\s>#?]+)\1/g)].map((m) => m[2])]);
const first = rows
  .filter((r) => linked.has(r.name) && /\.(html|js|wasm|css|svg)$/.test(r.name))
  .reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
for (const r of [...rows, { name: 'first load', ...first }, { name: 'total', ...total }]) {
  console.log(`${r.name.padEnd(40)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);
}
