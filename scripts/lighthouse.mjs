// Lighthouse on the built dist/, served on 127.0.0.1 the way README "Deploy" says (cache
// headers, precompressed files), in the Debian Chromium the tests use:
//   node scripts/lighthouse.mjs [mobile|desktop|both]     (default: both)
// Prints the Performance, Accessibility, Best Practices and SEO scores per form factor and
// whether Chromium finds the app installable; writes the full reports to target/lighthouse/.
// Exits 1 if any score is under 95 or the app is not installable.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { CHROMIUM_ARGS, ROOT, launchProfile, serve } from '../tests/e2e/harness.mjs';

const GOAL = 95;
const which = process.argv[2] ?? 'both';
const factors = which === 'both' ? ['mobile', 'desktop'] : [which];
if (!factors.every((f) => f === 'mobile' || f === 'desktop')) {
  console.error('usage: node scripts/lighthouse.mjs [mobile|desktop|both]');
  process.exit(2);
}
const out = join(ROOT, 'target', 'lighthouse');
mkdirSync(out, { recursive: true });

const server = await serve();
let failed = false;
try {
  // Installability, as Chromium itself judges it (Lighthouse 12 no longer audits it).
  const profile = mkdtempSync(join(tmpdir(), 'lede-lighthouse-'));
  const context = await launchProfile(profile);
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId('offline-status').filter({ hasText: 'Available offline' }).waitFor({ timeout: 20000 });
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    const ok = installabilityErrors.length === 0;
    failed ||= !ok;
    console.log(`installable: ${ok ? 'yes' : 'no — ' + installabilityErrors.map((e) => e.errorId).join(', ')}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }

  for (const factor of factors) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const result = await lighthouse(
        server.url,
        {
          port: chrome.port,
          output: ['html', 'json'],
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
        factor === 'desktop' ? desktopConfig : undefined,
      );
      const [html, json] = result.report;
      writeFileSync(join(out, `${factor}.html`), html);
      writeFileSync(join(out, `${factor}.json`), json);
      const lhr = result.lhr;
      const scores = Object.values(lhr.categories).map((c) => [c.title, Math.round(c.score * 100)]);
      console.log(`${factor}: ${scores.map(([t, s]) => `${t} ${s}`).join(' · ')}`);
      const m = (id) => lhr.audits[id]?.displayValue ?? '?';
      console.log(
        `  first contentful paint ${m('first-contentful-paint')}, largest contentful paint ${m('largest-contentful-paint')}, ` +
          `total blocking time ${m('total-blocking-time')}, cumulative layout shift ${m('cumulative-layout-shift')}`,
      );
      for (const [title, score] of scores) {
        if (score < GOAL) {
          failed = true;
          console.log(`  ${title} is under ${GOAL}`);
        }
      }
      for (const [, cat] of Object.entries(lhr.categories)) {
        for (const ref of cat.auditRefs) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 0.9) console.log(`  - ${cat.title}: ${a.title} (${a.displayValue ?? a.score})`);
        }
      }
    } finally {
      chrome.kill();
    }
  }
  console.log(`reports: ${out}/`);
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
