// The browser benchmark: Lede in headless Chromium against Pagefind on the same synthetic corpus.
//   node scripts/bench-browser.mjs [--sizes 100,1000] [--no-build] [--runs 5] [--repeat 5]
// (scripts/setup.sh puts the tools on PATH; run it via `. scripts/setup.sh` first, or use
//  `./scripts/bench.sh`.)
//
// 1. Builds the app with the `synthetic-corpus` feature into target/bench-dist/ (it reads
//    `?synthetic=N`), and writes the same N dispatches as text (`lede synth`) and as one HTML
//    page each for Pagefind, which indexes them (timed).
// 2. Load: navigation to the first highlighted paragraph of a deep-linked dispatch, per size.
// 3. Keystrokes at 1,000 dispatches: the same queries typed a letter at a time into Lede's
//    search box (input event → next frame painted) and given to Pagefind's search API
//    (search → the first 10 results' data, what a results list shows), each typed --repeat
//    times: a keystroke's time is its median over the repeats; then p50/p95 over keystrokes.
// Prints a table and writes target/bench/browser.json. Service workers are off (cold loads).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT, launch, serve } from '../tests/e2e/harness.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg('sizes', '100,1000').split(',').map(Number);
const RUNS = Number(arg('runs', '5'));
const REPEAT = Number(arg('repeat', '5'));
const KEYSTROKE_SIZE = 1000;
const QUERIES = ['kupyansk', 'zelensky', 'kharkiv oblast', 'izium', 'balakleya', 'counteroffensive', 'russian troops'];
const OUT = join(ROOT, 'target', 'bench');
const DIST = join(ROOT, 'target', 'bench-dist');
const PAGEFIND = join(ROOT, 'node_modules', '@pagefind', 'linux-x64', 'bin', 'pagefind_extended');

const say = (s) => console.error(`bench: ${s}`);
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], ...opts });
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const median = (xs) => pct(xs, 50);
const ms = (x) => `${x.toFixed(1)} ms`;

mkdirSync(OUT, { recursive: true });
if (!process.argv.includes('--no-build')) {
  say('building the app with the synthetic corpus (target/bench-dist/)');
  run('trunk', ['build', '--release', '--features', 'synthetic-corpus', '--dist', DIST], { stdio: 'inherit' });
  say('building the lede CLI');
  run('cargo', ['build', '--release', '--bin', 'lede'], { stdio: 'inherit' });
}
const LEDE = join(ROOT, 'target', 'release', 'lede');

// The same corpora as text and as HTML pages; Pagefind indexes the pages.
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sites = {};
const indexing = {};
for (const n of [...new Set([...SIZES, KEYSTROKE_SIZE])]) {
  const text = join(OUT, `corpus-${n}`);
  const site = join(OUT, `pagefind-${n}`);
  rmSync(text, { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
  run(LEDE, ['synth', String(n), text]);
  const { articles } = JSON.parse(run(LEDE, ['extract', '--compact', text], { maxBuffer: 1 << 30 }).toString());
  mkdirSync(site, { recursive: true });
  for (const a of articles) {
    const body = a.blocks
      .filter((b) => b.kind === 'paragraph' || b.kind === 'quote' || b.kind === 'caption')
      .map((b) => `<p>${escape(b.text)}</p>`)
      .join('\n');
    const title = escape(a.title ?? a.file);
    writeFileSync(
      join(site, `${basename(a.file).replace(/\.txt$/, '')}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
        `<body><main data-pagefind-body><h1>${title}</h1>\n${body}</main></body></html>`,
    );
  }
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search</title></head><body></body></html>',
  );
  const t0 = performance.now();
  run(PAGEFIND, ['--site', site, '--glob', 'synth_*.html', '--quiet']);
  indexing[n] = performance.now() - t0;
  sites[n] = site;
  say(`${n} dispatches: Pagefind indexed ${readdirSync(site).length - 2} pages in ${ms(indexing[n])}`);
}

const browser = await launch();
const lede = await serve(DIST);
const results = { sizes: SIZES, runs: RUNS, queries: QUERIES, load: {}, keystrokes: {}, pagefind: { indexing } };
try {
  // 2. Navigation → first highlighted paragraph.
  const firstId = readdirSync(join(OUT, `corpus-${SIZES[0]}`)).sort()[1].replace(/\.txt$/, '');
  for (const n of SIZES) {
    const times = [];
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await context.addInitScript(() => {
        new MutationObserver((_, obs) => {
          if (document.querySelector('.article-body .m')) {
            window.__firstHighlight = performance.now();
            obs.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      await page.goto(`${lede.url}?synthetic=${n}#article=${firstId}`);
      await page.waitForFunction(() => window.__firstHighlight !== undefined, null, { timeout: 120000 });
      times.push(await page.evaluate(() => window.__firstHighlight));
      await context.close();
    }
    results.load[n] = { median: median(times), all: times };
    say(`${n} dispatches: first highlighted paragraph after ${ms(median(times))} (median of ${RUNS})`);
  }

  // 3. Keystrokes, in Lede…
  const prefixes = QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
  {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${lede.url}?synthetic=${KEYSTROKE_SIZE}`);
    await page.getByTestId('article-item').first().waitFor({ timeout: 120000 });
    // Per keystroke: `work` is input event → the DOM updated, styled and laid out (a
    // macrotask after the event lets the app's scheduled updates run; reading offsetHeight
    // forces style and layout); `frame` is input event → the next frame (requestAnimationFrame,
    // then a task), which adds the wait for the display's next refresh.
    const type = (values) =>
      page.evaluate(async (values) => {
        const box = document.querySelector('[data-testid="search"]');
        const channel = new MessageChannel();
        const task = () =>
          new Promise((r) => {
            channel.port1.onmessage = () => r();
            channel.port2.postMessage(0);
          });
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const out = { work: [], frame: [] };
        for (const v of values) {
          const t0 = performance.now();
          box.value = v;
          box.dispatchEvent(new Event('input', { bubbles: true }));
          await task();
          void document.body.offsetHeight;
          const t1 = performance.now();
          await frame();
          const t2 = performance.now();
          if (v.length > 0) {
            out.work.push(t1 - t0);
            out.frame.push(t2 - t0);
          }
        }
        return out;
      }, values);
    await page.getByTestId('search').focus(); // the reader's intent: the engine starts
    await type(['warm', '']); // not measured: builds the index
    // Each query typed REPEAT times; a keystroke's figure is its median over the repeats, so
    // one stall of a shared machine does not count as the keystroke's cost.
    const work = [];
    const frame = [];
    for (const q of QUERIES) {
      const runs = [];
      for (let r = 0; r < REPEAT; r++) runs.push(await type([...[...q].map((_, i) => q.slice(0, i + 1)), '']));
      for (let k = 0; k < q.length; k++) {
        work.push(median(runs.map((t) => t.work[k])));
        frame.push(median(runs.map((t) => t.frame[k])));
      }
    }
    const stat = (xs) => ({ p50: pct(xs, 50), p95: pct(xs, 95), max: Math.max(...xs), n: xs.length });
    results.keystrokes.lede = { work: stat(work), frame: stat(frame) };
    say(
      `Lede, ${KEYSTROKE_SIZE} dispatches: keystroke work p50 ${ms(pct(work, 50))}, p95 ${ms(pct(work, 95))}; ` +
        `to the next frame p50 ${ms(pct(frame, 50))}, p95 ${ms(pct(frame, 95))} (${work.length} keystrokes)`,
    );
    await context.close();
  }

  // …and in Pagefind, the same strings.
  const pf = await serve(sites[KEYSTROKE_SIZE]);
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(pf.url);
    const times = await page.evaluate(async ([prefixes, repeat]) => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const query = async (q) => {
        const r = await pagefind.search(q);
        await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
      };
      await query('warm');
      const out = [];
      for (const q of prefixes) {
        const runs = [];
        for (let r = 0; r < repeat; r++) {
          const t0 = performance.now();
          await query(q);
          runs.push(performance.now() - t0);
        }
        runs.sort((a, b) => a - b);
        out.push(runs[Math.floor(runs.length / 2)]);
      }
      return out;
    }, [prefixes, REPEAT]);
    results.keystrokes.pagefind = { p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times), n: times.length };
    say(`Pagefind, ${KEYSTROKE_SIZE} pages: query p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}`);
    await context.close();
  } finally {
    await pf.close();
  }
} finally {
  await browser.close();
  await lede.close();
}

writeFileSync(join(OUT, 'browser.json'), JSON.stringify(results, null, 2));
const k = results.keystrokes;
console.log(`
Lede vs Pagefind, headless Chromium (${RUNS} runs per load figure)
${SIZES.map((n) => `  load, ${n} dispatches: navigation → first highlighted paragraph ${ms(results.load[n].median)}`).join('\n')}
  keystroke at ${KEYSTROKE_SIZE} dispatches, Lede: work p50 ${ms(k.lede.work.p50)}, p95 ${ms(k.lede.work.p95)} (goal p95 ≤ 16 ms); to the next frame p50 ${ms(k.lede.frame.p50)}, p95 ${ms(k.lede.frame.p95)}
  query at ${KEYSTROKE_SIZE} pages, Pagefind (search + first 10 results): p50 ${ms(k.pagefind.p50)}, p95 ${ms(k.pagefind.p95)}
  Lede work / Pagefind query at p95: ${(k.lede.work.p95 / k.pagefind.p95).toFixed(2)}×
  Pagefind indexing: ${Object.entries(indexing).map(([n, t]) => `${n} pages ${ms(t)}`).join(', ')}
Written: target/bench/browser.json`);
