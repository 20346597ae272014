// End to end: the built dist/ served on 127.0.0.1, read in real headless Chromium.
// Screenshots land in target/screenshots/ for a person to look at.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, watchErrors, SHOTS } from './harness.mjs';

let server;
let browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('lists the dispatches and reads one, with captions and furniture toggle', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const asked = [];
  page.on('request', (r) => asked.push(r.url()));
  try {
    await page.goto(server.url);
    const items = page.getByTestId('article-item');
    await items.first().waitFor();
    assert.equal(await items.count(), 3);
    assert.equal(await page.title(), 'Lede — news reader');

    // Open the UPI dispatch from the list.
    await items.filter({ hasText: 'Ukrainian troops advance' }).click();
    const title = page.getByTestId('article-title');
    await title.waitFor();
    assert.equal(
      await title.textContent(),
      'Ukrainian troops advance, forcing Russian withdrawal from key areas',
    );
    assert.match(page.url(), /#article=001_7b244cf315c26bef$/);
    assert.equal(
      await page.title(),
      'Ukrainian troops advance, forcing Russian withdrawal from key areas — Lede',
    );
    const meta = await page.locator('.article-meta').textContent();
    assert.equal(meta, 'By Simon Druker · UPI · Sat 10 Sep 2022, 12:38');
    assert.equal(await page.getByTestId('caption').count(), 1);

    // Entities are highlighted in the text, typed, with the canonical name on hover; the
    // type is not written into the text, so the paragraph reads (and copies) as the original.
    const zelensky = page.locator('.article-body .m-person', { hasText: 'Volodymyr Zelensky' });
    assert.equal(await zelensky.getAttribute('data-entity'), 'person:volodymyr-zelenskyy');
    assert.equal(await zelensky.getAttribute('title'), 'Volodymyr Zelenskyy (person)');
    const kupyansk = page.locator('.article-body .m-place', { hasText: 'Kupyansk' });
    assert.equal(await kupyansk.getAttribute('title'), 'Kupiansk (place)');
    const para = page.locator('p.para', { hasText: 'a strategic supply hub' });
    assert.equal(
      await para.textContent(),
      "Ukrainian troops entered the city of Kupiansk on Saturday, a strategic supply hub for Russian forces in of eastern Ukraine, Russia's defense ministry confirmed Saturday.",
    );
    for (const kind of ['person', 'place', 'org', 'date', 'quantity']) {
      assert.ok((await page.locator(`.article-body .m-${kind}`).count()) > 0, kind);
    }

    // Hover a name: its card says what it is, how each source spells it, and why, with nothing
    // more to fetch (the app has the corpus as the engine read it at build time).
    const before = asked.length;
    await kupyansk.hover();
    const card = page.getByTestId('entity-card');
    await card.waitFor();
    assert.equal(await card.locator('.card-name').textContent(), 'Kupiansk');
    await card.locator('.card-desc').waitFor();
    assert.equal(
      await card.locator('.card-desc').textContent(),
      'City in Kharkiv Oblast on the Oskil; railway hub retaken in September 2022',
    );
    assert.deepEqual(asked.slice(before), [], 'the card fetched nothing');
    assert.match(await card.locator('.card-also').textContent(), /Kupyansk \(UPI, RFE\/RL\)/);
    assert.match(await card.locator('.card-why').textContent(), /same after folding/);
    assert.match(await card.locator('.card-detail').textContent(), /Kharkiv Oblast · 49\.71°N, 37\.62°E/);
    assert.match(await card.locator('.card-counts').textContent(), /8 mentions in 2 dispatches/);
    await page.screenshot({ path: join(SHOTS, 'entity-card.png') });
    // Escape closes it; keyboard focus opens it too.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await page.locator('.article-body .m-quantity', { hasText: '400 square miles' }).focus();
    await card.waitFor();
    assert.match(await card.locator('.card-detail').textContent(), /“400 square miles” ≈ 1,036 km²/);

    // Page furniture is hidden until asked for, then shown in place.
    assert.equal(await page.getByTestId('furniture').count(), 0);
    const toggle = page.getByTestId('furniture-toggle');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(
      await page.getByTestId('furniture').first().textContent(),
      'Photo courtesy of Ukraine Defense Ministry/EPA-EFE',
    );
    await page.screenshot({ path: join(SHOTS, 'reader-desktop.png'), fullPage: true });

    // Back returns to the previous view: the list with nothing open.
    await page.goBack();
    await page.getByTestId('welcome').waitFor();
    assert.equal(await page.title(), 'Lede — news reader');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a deep link opens the gallery; captions read as captions', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(`${server.url}#article=000_9ef5ad5f0c065b89`);
    await page.getByTestId('reader').waitFor();
    assert.equal(await page.getByTestId('caption').count(), 16);
    assert.equal(await page.locator('.para').count(), 0);
    // The caption label is generated by CSS: the text itself is only the article's words.
    const first = await page.getByTestId('caption').first().textContent();
    assert.ok(first.startsWith('A Ukrainian paratrooper reacts'), first);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('click an entity to filter; search finds every spelling; Back steps through', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(`${server.url}#article=002_2de072fd7b9da36a`);
    await page.getByTestId('reader').waitFor();
    // Click a highlighted name: every paragraph in the corpus that names the town, in any
    // spelling, with its article.
    await page.locator('.article-body .m-place', { hasText: 'Kupyansk' }).first().click();
    await page.getByTestId('filter-view').waitFor();
    assert.equal(await page.locator('#filter-heading').textContent(), 'Mentions of Kupiansk');
    assert.equal(await page.getByTestId('result').count(), 8);
    assert.match(await page.getByTestId('filter-summary').textContent(), /8 paragraphs in 2 dispatches/);
    const spellings = await page.locator('.result .m-selected').allTextContents();
    assert.deepEqual([...new Set(spellings)].sort(), ['Kupiansk', 'Kupyansk']);
    assert.match(page.url(), /#entity=place%3Akupiansk\.07\.6308$/);
    await page.screenshot({ path: join(SHOTS, 'filter-entity.png'), fullPage: true });

    // Another name's card offers to add it: the filter then needs both, or either.
    await page.locator('.result .m-place', { hasText: 'Kharkiv region' }).first().hover();
    await page.getByTestId('add-to-filter').click();
    await page.getByTestId('filter-view').waitFor();
    assert.equal(await page.locator('#filter-heading').textContent(), 'Mentions of Kupiansk and Kharkiv Oblast');
    const both = await page.getByTestId('result').count();
    await page.getByTestId('combine').click();
    await page.waitForFunction(() => document.querySelector('#filter-heading')?.textContent.includes(' or '));
    const either = await page.getByTestId('result').count();
    assert.ok(both >= 1 && either > both, `${both} vs ${either}`);
    await page.getByTestId('remove-entity').nth(1).click();
    await page.waitForFunction(() => document.querySelector('#filter-heading')?.textContent === 'Mentions of Kupiansk');
    assert.equal(await page.getByTestId('result').count(), 8);
    // Narrow by source: RFE/RL off leaves UPI's three paragraphs; on again, all eight.
    await page.getByTestId('source-toggle').filter({ hasText: 'RFE/RL' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=result]').length === 3);
    await page.getByTestId('source-toggle').filter({ hasText: 'RFE/RL' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=result]').length === 8);

    // j/k walk the mentions of the entity; Esc closes the card, then clears the filter.
    const at = () =>
      page.evaluate(() => [...document.querySelectorAll('#main .m-selected')].indexOf(document.activeElement));
    await page.keyboard.press('j');
    assert.equal(await at(), 0);
    await page.keyboard.press('j');
    assert.equal(await at(), 1);
    await page.keyboard.press('k');
    assert.equal(await at(), 0);
    await page.getByTestId('entity-card').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('entity-card').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.getByTestId('welcome').waitFor();
    await page.goBack();
    await page.getByTestId('filter-view').waitFor();

    // "/" focuses search; variants find the same paragraphs.
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
    const counts = {};
    for (const q of ["Kup'yansk", 'KUPIANSK', 'kupjansk', 'Kupyansk']) {
      await page.getByTestId('search').fill(q);
      await page.getByTestId('filter-view').waitFor();
      counts[q] = await page.getByTestId('result').count();
    }
    assert.deepEqual(Object.values(counts), [9, 9, 9, 9], JSON.stringify(counts));

    // Clearing returns to the dispatches; Back steps through the filter changes, back to the
    // article they started from.
    await page.getByTestId('search').fill('');
    await page.getByTestId('welcome').waitFor();
    await page.goBack();
    await page.getByTestId('filter-view').waitFor();
    await page.waitForFunction(() => !location.hash.includes('q='));
    for (let i = 0; i < 10 && !(await page.getByTestId('reader').isVisible()); i++) {
      await page.goBack();
      await page.waitForTimeout(100);
    }
    await page.getByTestId('reader').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the names index compares spellings by source, sorts and filters', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(server.url);
    await page.getByTestId('names-link').click();
    await page.getByTestId('names-index').waitFor();
    const rows = page.getByTestId('name-row');
    assert.ok((await rows.count()) > 30);
    // Sorted by mentions: the most named first.
    const first = await rows.first().locator('th').textContent();
    assert.equal(first, 'Izium');
    // The comparison: how each source spells Kupiansk.
    await page.getByTestId('names-filter').fill('kupyansk');
    // The town, and the raion named after it ("Kupyansk district"), which stays apart.
    assert.deepEqual(await rows.locator('th').allTextContents(), ['Kupiansk', 'Kupiansk Raion']);
    const cells = await rows.first().locator('td').allTextContents();
    assert.deepEqual(cells, ['place', '8', '2', 'Kupyansk', 'Kupiansk, Kupyansk', '']);
    const heads = await page.locator('.names-table thead th').allTextContents();
    assert.deepEqual(heads.slice(4), ['Spelling: RFE/RL', 'Spelling: UPI', 'Spelling: source unknown']);
    await page.getByTestId('names-filter').fill('');
    await page.getByTestId('names-sort').click();
    assert.equal(await page.getByTestId('names-sort').getAttribute('aria-pressed'), 'false');
    const byName = await rows.locator('th').allTextContents();
    assert.deepEqual(byName, [...byName].sort());
    await page.screenshot({ path: join(SHOTS, 'names-comparison.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('narrow by the types a paragraph names and by the dispatches\' dates', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(server.url);
    // From the welcome: every paragraph with a figure.
    await page.getByTestId('browse-types').getByRole('link', { name: 'figures' }).click();
    await page.getByTestId('filter-view').waitFor();
    assert.equal(await page.locator('#filter-heading').textContent(), 'Paragraphs that name figures');
    assert.match(page.url(), /#types=quantity$/);
    const results = page.getByTestId('result');
    const n = await results.count();
    assert.ok(n >= 5, `${n} paragraphs with figures`);
    for (let i = 0; i < n; i++) assert.ok((await results.nth(i).locator('.m-quantity').count()) > 0, `result ${i}`);
    const toggles = page.getByTestId('type-toggle');
    const pressed = async () =>
      Promise.all((await toggles.all()).map(async (t) => (await t.getAttribute('aria-pressed')) === 'true'));
    assert.deepEqual(await pressed(), [false, false, false, false, true]);
    // Add people: paragraphs that name either.
    await toggles.filter({ hasText: 'people' }).click();
    await page.locator('#filter-heading', { hasText: 'people or figures' }).waitFor();
    assert.ok((await results.count()) > n);

    // Only the dispatches about 11 September onwards: the undated gallery is left out, and says so.
    await page.getByTestId('date-from').fill('2022-09-11');
    await page.locator('#filter-heading', { hasText: 'dispatches from Sun 11 Sep 2022 on' }).waitFor();
    assert.match(page.url(), /from=2022-09-11/);
    assert.match(await page.getByTestId('filter-summary').textContent(), /in 1 dispatch \(1 dispatch with no known date left out\)/);
    const metas = await page.locator('.result-meta').allTextContents();
    assert.ok(metas.every((m) => m.includes('RFE/RL')), metas.join('\n'));
    // A date range alone is a filter too; "Any date" lifts it; Back steps back through it.
    await page.getByTestId('any-date').click();
    await page.locator('#filter-heading', { hasText: /^Paragraphs that name people or figures$/ }).waitFor();
    await page.goBack();
    await page.locator('#filter-heading', { hasText: 'dispatches from Sun 11 Sep 2022 on' }).waitFor();
    await page.getByTestId('clear-filter').click();
    await page.getByTestId('welcome').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('long result lists show 10 paragraphs at a time', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}#types=place`);
    await page.getByTestId('filter-view').waitFor();
    const total = Number((await page.getByTestId('filter-summary').textContent()).match(/^(\d+) paragraphs/)[1]);
    assert.ok(total > 20, `${total} paragraphs name places`);
    assert.equal(await page.getByTestId('result').count(), 10);
    const more = page.getByTestId('show-more');
    assert.equal(await more.textContent(), `Show 10 more (${total - 10} not shown)`);
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="result"]').length === 20);
    while ((await more.count()) > 0) await more.click();
    assert.equal(await page.getByTestId('result').count(), total);
  } finally {
    await context.close();
  }
});

test('an unknown article id says so plainly', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}#article=no-such-thing`);
    await page.getByTestId('not-found').waitFor();
    assert.match(await page.getByTestId('not-found').textContent(), /no-such-thing/);
  } finally {
    await context.close();
  }
});

test('phone width, dark mode and keyboard', async () => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    colorScheme: 'dark',
    deviceScaleFactor: 2,
    hasTouch: true,
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(server.url);
    await page.getByTestId('article-item').first().waitFor();
    // Nothing overflows sideways at 360 px.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
    // Keyboard only: Tab to the first dispatch, Enter opens it, focus lands on its headline.
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // brand
    await page.keyboard.press('Tab'); // search
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
    await page.keyboard.press('Tab'); // the names index
    await page.keyboard.press('Tab'); // first dispatch
    await page.keyboard.press('Enter');
    await page.getByTestId('reader').waitFor();
    const focused = await page.evaluate(() => document.activeElement?.dataset.testid);
    assert.equal(focused, 'article-title');
    // On a phone the list gives way to the reader, with a way back.
    assert.equal(await page.getByTestId('article-list').isVisible(), false);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(21, 20, 18)', 'dark theme follows the system');
    await page.screenshot({ path: join(SHOTS, 'reader-phone-dark.png'), fullPage: false });
    // On a touch screen the first tap on a name opens its card; the card links onwards.
    const before = page.url();
    await page.locator('.article-body .m-place', { hasText: 'Izyum' }).first().tap();
    const card = page.getByTestId('entity-card');
    await card.waitFor();
    assert.equal(page.url(), before, 'the first tap does not navigate');
    assert.equal(await card.locator('.card-name').textContent(), 'Izium');
    await card.getByText('Show every mention').tap();
    await page.getByTestId('filter-view').waitFor();
    await page.goBack();
    await page.getByTestId('reader').waitFor();
    await page.getByText('← All dispatches').click();
    await page.getByTestId('article-list').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
