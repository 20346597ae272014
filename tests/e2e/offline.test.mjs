// The static folder as a product: offline after the first visit (at the root and under a
// sub-path), clean updates, and the whole app under a strict Content-Security-Policy.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { CSP, DIST, ROOT, serve, launch, watchErrors } from './harness.mjs';

let browser;
const tmp = mkdtempSync(join(tmpdir(), 'lede-e2e-'));

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Wait until the page says the offline copy is saved and a service worker controls it. */
async function offlineReady(page) {
  await page.getByTestId('offline-status').filter({ hasText: 'Available offline' }).waitFor({ timeout: 20000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
}

/** Load `url` afresh (not a same-document hash change). */
async function load(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
}

/** Read, filter and search: the features that must work offline. */
async function useTheReader(page, url) {
  await load(page, url);
  const items = page.getByTestId('article-item');
  await items.first().waitFor();
  assert.equal(await items.count(), 3);
  await load(page, `${url}#article=001_7b244cf315c26bef`);
  await page.getByTestId('reader').waitFor();
  assert.ok((await page.locator('.article-body .m-place').count()) > 5, 'places highlighted');
  // The card and its description.
  await page.locator('.article-body .m-place', { hasText: 'Kupyansk' }).first().hover();
  await page.getByTestId('entity-card').locator('.card-desc', { hasText: 'railway hub' }).waitFor();
  await page.locator('.article-body .m-place', { hasText: 'Kupyansk' }).first().click();
  await page.getByTestId('filter-view').waitFor();
  assert.equal(await page.getByTestId('result').count(), 8);
  await load(page, `${url}#q=kupjansk`);
  await page.getByTestId('filter-view').waitFor();
  assert.match(await page.getByTestId('filter-summary').textContent(), /9 paragraphs in 3 dispatches/);
}

for (const prefix of ['/', '/sub/path/']) {
  test(`works offline after the first visit, served at ${prefix}`, async () => {
    const server = await serve(DIST, { prefix });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    let closed = false;
    try {
      await page.goto(server.url);
      await offlineReady(page);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      assert.equal(scope, server.url);
      // Every file of the build is in the one versioned cache.
      const precache = JSON.parse(readFileSync(join(DIST, 'sw.js'), 'utf8').match(/const PRECACHE = (.*);/)[1]);
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        const cache = await caches.open(names[0]);
        return { names, urls: (await cache.keys()).map((r) => r.url) };
      });
      assert.equal(cached.names.length, 1);
      assert.match(cached.names[0], /^lede-app-[0-9a-f]{16}$/);
      assert.deepEqual(cached.urls.sort(), precache.map((p) => server.url + p).sort());

      // The network goes away: the server stops and the browser is offline.
      await server.close();
      closed = true;
      await context.setOffline(true);
      await useTheReader(page, server.url);
      // A deep link to an embed works offline too.
      await load(page, `${server.url}?embed#article=002_2de072fd7b9da36a`);
      await page.getByTestId('reader').waitFor();
      assert.ok((await page.locator('.article-body .m').count()) > 10);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      if (!closed) await server.close();
    }
  });
}

test('a new build replaces the offline copy only when the reader accepts', async () => {
  // Two builds: v2 differs from v1 by one line of index.html; scripts/postbuild.mjs gives it
  // a new cache version, as a real rebuild would.
  const v1 = join(tmp, 'v1');
  const v2 = join(tmp, 'v2');
  cpSync(DIST, v1, { recursive: true });
  cpSync(DIST, v2, { recursive: true });
  const index = join(v2, 'index.html');
  const html = readFileSync(index, 'utf8');
  assert.ok(html.includes('<title>'));
  writeFileSync(index, html.replace('<title>', '<meta name="lede-test-build" content="v2"><title>'));
  execFileSync('node', [join(ROOT, 'scripts', 'postbuild.mjs'), v2]);
  const version = (dir) => readFileSync(join(dir, 'sw.js'), 'utf8').match(/const VERSION = '([0-9a-f]+)'/)[1];
  assert.notEqual(version(v1), version(v2));

  const server = await serve(v1);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(`${server.url}#article=001_7b244cf315c26bef`);
    await offlineReady(page);
    // The reader's own data: a legend preference in local storage.
    await page.getByRole('button', { name: /Dates/ }).click();
    const prefs = await page.evaluate(() => JSON.stringify(localStorage));
    assert.notEqual(prefs, '{}');

    server.setDir(v2);
    await load(page, `${server.url}#article=001_7b244cf315c26bef`);
    const notice = page.getByTestId('update-notice');
    await notice.waitFor({ timeout: 20000 });
    assert.match(await notice.textContent(), /A new version of Lede is ready/);
    // Until accepted, the running version stays: still v1's page.
    assert.equal(await page.locator('meta[name="lede-test-build"]').count(), 0);

    await page.getByTestId('update-reload').click();
    await page.waitForFunction(() => document.querySelector('meta[name="lede-test-build"]') !== null, null, {
      timeout: 20000,
    });
    await page.getByTestId('reader').waitFor();
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`lede-app-${version(v2)}`]);
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), prefs);
    assert.equal(await page.getByTestId('update-notice').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('runs under the documented Content-Security-Policy with no violations', async () => {
  const server = await serve(DIST, { headers: { 'content-security-policy': CSP } });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(`${server.url}#article=001_7b244cf315c26bef`);
    await page.getByTestId('reader').waitFor();
    // The card is positioned by script: through the CSS object model, which CSP allows.
    await page.locator('.article-body .m-place', { hasText: 'Kupyansk' }).first().hover();
    const card = page.getByTestId('entity-card');
    await card.waitFor();
    assert.notEqual(await card.evaluate((el) => el.style.top), '');
    await page.getByTestId('search').fill('kupiansk');
    await page.getByTestId('filter-view').waitFor();
    await page.goto(`${server.url}#names`);
    await page.getByTestId('names-index').waitFor();
    await offlineReady(page);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(errors, []);

    // The policy is really enforced: an inline script is refused and reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
    });
    await page.waitForFunction(() => window.__cspViolations.length > 0);
    assert.equal(await page.evaluate(() => window.__inline), undefined);
  } finally {
    await context.close();
    await server.close();
  }
});

test('says plainly when the browser keeps no offline copy, and works online all the same', async () => {
  const server = await serve();
  // Chromium with cookies and site data blocked refuses the registration like this.
  const context = await browser.newContext();
  await context.addInitScript(() => {
    ServiceWorkerContainer.prototype.register = () =>
      Promise.reject(new DOMException('The user denied permission to use Service Worker.', 'SecurityError'));
  });
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}#article=001_7b244cf315c26bef`);
    await page.getByTestId('reader').waitFor();
    const status = page.getByTestId('offline-status');
    await status.filter({ hasText: 'Not available offline' }).waitFor();
    assert.equal(
      await status.textContent(),
      'Not available offline: the browser refused to store it (SecurityError: The user denied permission to use ' +
        'Service Worker). Lede still works while you are online.',
    );
    assert.ok((await page.locator('.article-body .m-place').count()) > 5);
  } finally {
    await context.close();
    await server.close();
  }
});
