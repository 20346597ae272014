// Accessibility: axe-core finds no violations in the main views, in light and dark themes.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serve, launch } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const VIEWS = [
  ['welcome', '', 'welcome'],
  ['reader', '#article=001_7b244cf315c26bef', 'reader'],
  ['gallery', '#article=000_9ef5ad5f0c065b89', 'reader'],
  ['filter', '#entity=place%3Akupiansk.07.6308', 'filter-view'],
  ['search', '#q=kupyansk', 'filter-view'],
  ['names', '#names', 'names-index'],
  ['embed', '?embed#article=001_7b244cf315c26bef', 'reader'],
  ['narrowed', '#types=person,quantity&from=2022-09-11', 'filter-view'],
];

for (const scheme of ['light', 'dark']) {
  test(`no axe violations (${scheme})`, async () => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const report = [];
    try {
      for (const [name, hash, testid] of VIEWS) {
        await page.goto(`${server.url}${hash}`);
        await page.getByTestId(testid).waitFor();
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
        });
        for (const v of violations) report.push(`${name}: ${v}`);
      }
      assert.deepEqual(report, []);
    } finally {
      await context.close();
    }
  });
}
