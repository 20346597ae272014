// Embedding: a host page on another origin embeds a dispatch with the snippet Lede gives;
// the iframe takes its content's height and keeps it; hostile messages change nothing.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, watchErrors, SHOTS } from './harness.mjs';

let lede;
let host;
let browser;
const hostDir = mkdtempSync(join(tmpdir(), 'lede-host-'));
const ARTICLE = '#article=001_7b244cf315c26bef';

before(async () => {
  lede = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await lede?.close();
  await host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

/** The embed code the reader copies for `hash`, from the "Copy embed code" action. */
async function copyEmbedCode(context, hash) {
  const page = await context.newPage();
  await page.goto(`${lede.url}${hash}`);
  await page.getByTestId('reader').waitFor();
  await page.getByTestId('copy-embed').click();
  await page.getByTestId('embed-status').filter({ hasText: 'copied' }).waitFor();
  const shown = await page.getByTestId('embed-snippet').inputValue();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, shown);
  await page.close();
  return copied;
}

test('a host page embeds a dispatch with the copied snippet; the height settles and stays', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: lede.origin });
  const snippet = await copyEmbedCode(context, ARTICLE);
  assert.match(snippet, new RegExp(`^<iframe data-lede src="${lede.url.replace(/[.]/g, '\\.')}\\?embed${ARTICLE}"`));
  assert.match(snippet, /<script src="[^"]+\/embed\.js" async><\/script>$/);

  // The host records every height message it receives, to count them.
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script>
  window.heights = [];
  addEventListener('message', (e) => { if (e.data && e.data.type === 'lede:height') heights.push(e.data.height); });
</script></head>
<body style="margin:0"><h1>A host page</h1>
${snippet}
<div data-lede="javascript:window.__xss=1//" id="bad-1"></div>
<div data-lede="https://elsewhere.invalid/?embed" id="bad-2"></div>
<p id="after">After the embed.</p></body></html>`,
  );
  host = await serve(hostDir);
  assert.notEqual(host.origin, lede.origin);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(host.url);
  const frame = page.frameLocator('iframe[data-lede]');
  await frame.getByTestId('reader').waitFor();
  await frame.locator('.article-body .m-place').first().waitFor();
  // embed.js frames only http(s) pages of the Lede it came from: never a javascript: URL
  // (which would run in the host page) or another site.
  assert.equal(await page.locator('#bad-1, #bad-2').count(), 2);
  assert.equal(await page.locator('iframe').count(), 1);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  // The embed does not take the focus or scroll the host page on load.
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY');
  assert.equal(await page.evaluate(() => scrollY), 0);

  // Within two messages the iframe has the content's height…
  const iframe = page.locator('iframe[data-lede]');
  await page.waitForFunction(() => window.heights.length > 0);
  await page.waitForTimeout(500);
  const heights = await page.evaluate(() => window.heights);
  const final = heights.at(-1);
  assert.ok(heights.indexOf(final) <= 1, `height settled only at message ${heights.indexOf(final) + 1}: ${heights}`);
  const contentHeight = await frame.locator('.app').evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom));
  assert.equal(final, contentHeight);
  assert.equal(await iframe.evaluate((el) => el.getBoundingClientRect().height), final);
  assert.ok(final > 700, `a whole article is taller than the window: ${final}`);
  // …and keeps it: no growth, no further messages, over 3 s.
  const count = heights.length;
  await page.waitForTimeout(3000);
  assert.equal(await iframe.evaluate((el) => el.getBoundingClientRect().height), final);
  assert.equal(await page.evaluate(() => window.heights.length), count);

  // The compact view: no list, no masthead, a link out to the full reader at the same view.
  assert.equal(await frame.locator('.list-pane').count(), 0);
  assert.equal(await frame.getByTestId('open-full').getAttribute('href'), `${lede.url}${ARTICLE}`);

  // Hostile or malformed messages from the host are ignored by the embedded page…
  await page.evaluate(() => {
    const w = document.querySelector('iframe[data-lede]').contentWindow;
    for (const data of [
      'lede:measure',
      null,
      [1, 2],
      { type: 'lede:measure', extra: true },
      { type: 'lede:height', height: 99999 },
      { type: 'lede:navigate', hash: '#q=x' },
      { type: { toString: () => 'lede:measure' } },
    ]) {
      try {
        w.postMessage(data, '*');
      } catch {}
    }
  });
  // …and forged height messages to the host are ignored by embed.js: one not from the iframe,
  // and ones from the iframe's own window that are out of range or malformed.
  await page.evaluate(() => postMessage({ type: 'lede:height', height: 5 }, '*'));
  const inner = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(lede.url));
  await inner.evaluate(() => {
    for (const height of [1e9, -1, NaN, Infinity, '300']) parent.postMessage({ type: 'lede:height', height }, '*');
  });
  await page.waitForTimeout(500);
  assert.equal(await iframe.evaluate((el) => el.getBoundingClientRect().height), final);
  // The host's own recorder saw the six forged messages and nothing from Lede since.
  assert.equal(await page.evaluate(() => window.heights.length), count + 6);
  assert.equal(await frame.getByTestId('reader').count(), 1);
  // The one well-formed request is answered, once, with the same height.
  await page.evaluate(() =>
    document.querySelector('iframe[data-lede]').contentWindow.postMessage({ type: 'lede:measure' }, '*'),
  );
  await page.waitForFunction((n) => window.heights.length === n + 7, count);
  assert.equal(await page.evaluate(() => window.heights.at(-1)), final);

  // A filter inside the embed stays embedded, and the height follows the new content.
  await frame.locator('.article-body .m-place', { hasText: 'Kupyansk' }).first().click();
  await frame.getByTestId('filter-view').waitFor();
  await page.waitForTimeout(500);
  const after = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const filterHeight = await frame.locator('.app').evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom));
  assert.equal(after, filterHeight);
  assert.equal(await frame.locator('.list-pane').count(), 0);
  assert.deepEqual(errors, []);
  // Last: a full-page screenshot briefly lays the iframe out at another size.
  await page.screenshot({ path: join(SHOTS, 'embed-host.png'), fullPage: true });
  await context.close();
});

test('an embed key in the hash asks for the compact view too', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
  const page = await context.newPage();
  try {
    await page.goto(`${lede.url}#embed&q=kupyansk`);
    await page.getByTestId('filter-view').waitFor();
    assert.equal(await page.locator('.list-pane').count(), 0);
    // Moved to the query string, where in-embed links (which set the hash) cannot drop it.
    assert.equal(page.url(), `${lede.url}?embed#q=kupyansk`);
  } finally {
    await context.close();
  }
});

test('in a short embed the entity card stays inside the frame, scrolling if need be', async () => {
  // An iframe as short as a host might make it: the card opens where there is more room
  // and is no taller than that room.
  const context = await browser.newContext({ viewport: { width: 800, height: 240 } });
  const page = await context.newPage();
  try {
    await page.goto(`${lede.url}?embed#article=001_7b244cf315c26bef`);
    await page.getByTestId('reader').waitFor();
    for (const name of ['Kupiansk', 'Kupyansk']) {
      const mention = page.locator('.article-body .m-place', { hasText: name }).first();
      await mention.scrollIntoViewIfNeeded();
      await mention.focus();
      const card = page.getByTestId('entity-card');
      await card.waitFor();
      const box = await card.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: innerHeight };
      });
      assert.ok(box.top >= 0 && box.bottom <= box.height + 1, `${name}: ${JSON.stringify(box)}`);
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
    }
  } finally {
    await context.close();
  }
});
