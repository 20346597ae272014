// Shrinks a wasm module and its wasm-bindgen JS glue as a pair (postbuild.mjs, release builds):
//
// - Drops the classes the glue exports for dependencies' `#[wasm_bindgen]` structs (wasm-streams'
//   IntoUnderlying*, which Leptos's server functions bring in and the app never uses), then
//   every wasm export the glue no longer calls, and with them their code (wasm-opt).
// - Renames the wasm's imports and exports to one or two letters, in the module and in the
//   glue alike: wasm-bindgen names each import after its JS name and a 16-digit hash
//   (`__wbg_createElement_de4a31ed2fb252be`), and those hashes, twice each, do not compress.
//   Glue functions for imports the module no longer has are dropped.
// - Orders the functions by their type, then size and code (wasm-opt's
//   --reorder-functions-by-name on names given for the purpose): like code side by side
//   compresses better, about 2 KB of brotli.
// - Optimizes again (-Oz, and --low-memory-unused and the relooper, see below) and strips the
//   custom sections no browser reads (producers, target features, wasm-split's).
//
// The glue is wasm-bindgen's unminified output (the version Cargo.lock pins); anything in it
// that is not as expected stops the build with a message rather than ship a broken pair.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// --- wasm binary reading and writing --------------------------------------------------------

class Reader {
  constructor(bytes, at = 0) {
    this.b = bytes;
    this.at = at;
  }
  u32() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = this.b[this.at++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return result;
    }
  }
  byte() {
    return this.b[this.at++];
  }
  bytes(n) {
    const out = this.b.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  name() {
    return Buffer.from(this.bytes(this.u32())).toString('utf8');
  }
  limits() {
    const flags = this.u32();
    this.u32();
    if (flags & 1) this.u32();
  }
}

const u32 = (n) => {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return Buffer.from(out);
};
const nameBytes = (s) => {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([u32(b.length), b]);
};
const section = (id, body) => Buffer.concat([Buffer.from([id]), u32(body.length), body]);

function sections(wasm) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const r = new Reader(wasm, 8);
  const out = [];
  while (r.at < wasm.length) {
    const id = r.byte();
    const body = r.bytes(r.u32());
    const custom = id === 0 ? new Reader(body).name() : null;
    out.push({ id, body, custom });
  }
  return out;
}

const assemble = (secs) => Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), ...secs.map((s) => section(s.id, s.body))]);

// Imports as { module, field, desc } (desc: the kind and type bytes, as they are).
function readImports(body) {
  const r = new Reader(body);
  const out = [];
  for (let n = r.u32(); n > 0; n--) {
    const module = r.name();
    const field = r.name();
    const start = r.at;
    const kind = r.byte();
    if (kind === 0) r.u32();
    else if (kind === 1) (r.byte(), r.limits());
    else if (kind === 2) r.limits();
    else if (kind === 3) r.bytes(2);
    else if (kind === 4) (r.byte(), r.u32());
    else throw new Error(`import kind ${kind}`);
    out.push({ module, field, kind, desc: body.subarray(start, r.at) });
  }
  return out;
}
const writeImports = (imports) =>
  Buffer.concat([u32(imports.length), ...imports.flatMap((i) => [nameBytes(i.module), nameBytes(i.field), i.desc])]);

function readExports(body) {
  const r = new Reader(body);
  const out = [];
  for (let n = r.u32(); n > 0; n--) {
    const name = r.name();
    const kind = r.byte();
    out.push({ name, kind, index: r.u32() });
  }
  return out;
}
const writeExports = (exports) =>
  Buffer.concat([u32(exports.length), ...exports.flatMap((e) => [nameBytes(e.name), Buffer.from([e.kind]), u32(e.index)])]);

// Each function body's size, and its code without the local declarations.
function bodies(body) {
  const r = new Reader(body);
  const out = [];
  for (let n = r.u32(); n > 0; n--) {
    const size = r.u32();
    const end = r.at + size;
    for (let locals = r.u32(); locals > 0; locals--) (r.u32(), r.byte());
    out.push({ size, code: body.subarray(r.at, end) });
    r.at = end;
  }
  return out;
}

// The function section: each function's type index.
function readTypeIndices(body) {
  const r = new Reader(body);
  const out = [];
  for (let n = r.u32(); n > 0; n--) out.push(r.u32());
  return out;
}

// Short names: a … z, A … Z, then two letters.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const short = (i) => (i < LETTERS.length ? LETTERS[i] : short(Math.floor(i / LETTERS.length) - 1) + LETTERS[i % LETTERS.length]);

// --- the glue ------------------------------------------------------------------------------

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const count = (text, s) => text.split(s).length - 1;

// The exported classes, their `Symbol.dispose` lines and their finalization registries.
function dropClasses(glue) {
  const names = [...glue.matchAll(/^export class (\w+) \{$/gm)].map((m) => m[1]);
  for (const c of names) {
    const start = glue.indexOf(`export class ${c} {\n`);
    const end = glue.indexOf('\n}\n', start);
    if (end < 0) throw new Error(`the end of class ${c}`);
    glue = glue.slice(0, start) + glue.slice(end + 3);
    const dispose = `if (Symbol.dispose) ${c}.prototype[Symbol.dispose] = ${c}.prototype.free;\n`;
    if (count(glue, dispose) !== 1) throw new Error(`the Symbol.dispose line of class ${c}`);
    glue = glue.replace(dispose, '');
    const registry = glue.match(new RegExp(`^const ${c}Finalization = [^;]*;\\n`, 'm'));
    if (!registry) throw new Error(`the finalization registry of class ${c}`);
    glue = glue.replace(registry[0], '');
    if (new RegExp(`\\b${c}`).test(glue)) throw new Error(`class ${c} is still used`);
  }
  return { glue, classes: names };
}

// The entries of the import object `const import0 = { __proto__: null, key: …, … };`.
function importObject(glue) {
  const open = 'const import0 = {\n        __proto__: null,\n';
  const start = glue.indexOf(open);
  const end = glue.indexOf('\n    };\n', start);
  if (start < 0 || end < 0 || count(glue, open) !== 1) throw new Error("the glue's import object");
  const inner = glue.slice(start + open.length, end + 1);
  const at = [...inner.matchAll(/^ {8}([\w$]+): /gm)];
  if (at.length === 0 || at[0].index !== 0) throw new Error("the glue's import object entries");
  const entries = at.map((m, i) => ({ key: m[1], text: inner.slice(m.index + m[0].length, at[i + 1]?.index ?? inner.length) }));
  return {
    entries,
    with: (kept) => glue.slice(0, start + open.length) + kept.map((e) => `        ${e.key}: ${e.text}`).join('') + glue.slice(end + 1),
  };
}

// --- the pair ------------------------------------------------------------------------------

export function shrinkWasm(wasm, glue, root) {
  const local = join(root, 'node_modules', '.bin', 'wasm-opt');
  const wasmOpt = existsSync(local) ? local : 'wasm-opt';
  const tmp = mkdtempSync(join(tmpdir(), 'lede-wasm-'));
  const opt = (bytes, args) => {
    writeFileSync(join(tmp, 'in.wasm'), bytes);
    execFileSync(wasmOpt, [join(tmp, 'in.wasm'), ...args, '-o', join(tmp, 'out.wasm')], { stdio: ['ignore', 'ignore', 'inherit'] });
    return readFileSync(join(tmp, 'out.wasm'));
  };
  try {
    // 1. No exported classes; no exports the glue does not call.
    const dropped = dropClasses(glue);
    glue = dropped.glue;
    const called = new Set([...glue.matchAll(/\bwasm\.([\w$]+)/g)].map((m) => m[1]));
    let secs = sections(wasm);
    const exportSec = secs.find((s) => s.id === 7);
    const importSec = secs.find((s) => s.id === 2);
    const exports = readExports(exportSec.body).filter((e) => called.has(e.name));
    for (const name of called) {
      if (!exports.some((e) => e.name === name)) throw new Error(`the glue calls wasm.${name}, which the module does not export`);
    }

    // 2. Short import and export names, in the module and the glue.
    const imports = readImports(importSec.body);
    // (No old name may look like a new one: the glue is renamed one name after another.)
    for (const n of [...imports.map((i) => i.field), ...exports.map((e) => e.name)]) {
      if (/^[a-zA-Z]{1,2}$/.test(n)) throw new Error(`an import or export is already named ${n}`);
    }
    const modules = [...new Set(imports.map((i) => i.module))];
    const moduleName = new Map(modules.map((m, i) => [m, short(i)]));
    const fieldName = new Map();
    imports.forEach((imp, i) => {
      if (imp.kind !== 0 || fieldName.has(imp.field)) throw new Error(`import ${imp.field}: not a function, or twice`);
      fieldName.set(imp.field, short(i));
    });
    for (const m of modules) {
      if (count(glue, `"${m}": import0`) !== 1) throw new Error(`the glue's import module "${m}"`);
      glue = glue.replace(`"${m}": import0`, `"${moduleName.get(m)}": import0`);
    }
    exports.forEach((e, i) => {
      glue = glue.replace(new RegExp(`\\bwasm\\.${escape(e.name)}\\b`, 'g'), `wasm.${short(i)}`);
      e.name = short(i);
    });
    exportSec.body = writeExports(exports);
    importSec.body = writeImports(imports.map((i) => ({ ...i, module: moduleName.get(i.module), field: fieldName.get(i.field) })));
    // wasm-opt drops the code only those exports reached (and imports it alone called). With
    // --low-memory-unused it may fold a constant added to an address into the access's offset:
    // Rust's wasm32 places the stack first (data starts at 1 MiB), so the lowest 1 KiB is the
    // far end of the stack, reached only by a stack about to overflow anyway. Then the control
    // flow is flattened and rebuilt by the relooper, and optimized again: 1.1 KB less brotli.
    wasm = opt(assemble(secs), ['-Oz', '--low-memory-unused', '--flatten', '--rereloop', '-Oz', '-Oz']);

    // 3. The glue's functions for the imports that are left, under their new names.
    secs = sections(wasm);
    const left = new Set(readImports(secs.find((s) => s.id === 2).body).map((i) => i.field));
    const object = importObject(glue);
    const keyOf = new Map([...fieldName].map(([from, to]) => [to, from]));
    for (const e of object.entries) {
      if (!fieldName.has(e.key)) throw new Error(`the glue provides ${e.key}, which the module does not import`);
    }
    glue = object.with(
      object.entries.filter((e) => left.has(fieldName.get(e.key))).map((e) => ({ key: fieldName.get(e.key), text: e.text })),
    );
    for (const f of left) if (!keyOf.has(f)) throw new Error(`import ${f} has no glue`);

    // 4. Functions ordered by type, then size, then code (of the orders tried, the one brotli
    // liked best), without the custom sections.
    const code = bodies(secs.find((s) => s.id === 10).body);
    const types = readTypeIndices(secs.find((s) => s.id === 3).body);
    const order = code
      .map((_, i) => i)
      .sort((a, b) => types[a] - types[b] || code[a].size - code[b].size || Buffer.compare(code[a].code, code[b].code) || a - b);
    const rank = new Array(code.length);
    order.forEach((f, r) => (rank[f] = r));
    const width = String(code.length).length;
    const names = code.map((_, f) => Buffer.concat([u32(left.size + f), nameBytes(`f${String(rank[f]).padStart(width, '0')}`)]));
    const sub = Buffer.concat([u32(code.length), ...names]);
    secs = secs.filter((s) => s.id !== 0 || s.custom === 'target_features');
    secs.push({ id: 0, body: Buffer.concat([nameBytes('name'), Buffer.from([1]), u32(sub.length), sub]) });
    wasm = opt(assemble(secs), [
      '--reorder-functions-by-name',
      '--shrink-level=2',
      '--optimize-level=2',
      '--generate-stack-ir',
      '--optimize-stack-ir',
      '--strip-debug',
      '--strip-producers',
      '--strip-target-features',
    ]);
    const custom = sections(wasm).filter((s) => s.id === 0);
    if (custom.length) throw new Error(`custom sections left: ${custom.map((s) => s.custom)}`);
    return { wasm, glue, classes: dropped.classes };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
