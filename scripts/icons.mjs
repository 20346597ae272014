// Render the app icons (PNG, for the web app manifest) from style/icon.svg with the headless
// Chromium the tests use. The PNGs are committed; run this again only when the SVG changes:
//   node scripts/icons.mjs
// Writes style/icon-192.png, style/icon-512.png and style/icon-maskable-512.png (the mark
// inside the 80% safe zone on a full-bleed background, for launchers that crop to a shape).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch } from '../tests/e2e/harness.mjs';

const svg = readFileSync(join(ROOT, 'style', 'icon.svg'), 'utf8');
const background = svg.match(/fill="(#[0-9a-f]{3,8})"/i)?.[1];
if (!background) throw new Error('style/icon.svg: cannot find the background fill of its first shape');

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0, radius: true },
  { file: 'icon-512.png', size: 512, inset: 0, radius: true },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.1, radius: false },
];

const browser = await launch();
try {
  for (const { file, size, inset, radius } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const mark = radius ? svg : svg.replace(/\srx="[^"]*"/, '');
    const pad = Math.round(size * inset);
    await page.setContent(
      `<html><body style="margin:0;background:${radius ? 'transparent' : background}">` +
        `<div style="width:${size}px;height:${size}px;box-sizing:border-box;padding:${pad}px">` +
        mark.replace('<svg ', '<svg width="100%" height="100%" ') +
        '</div></body></html>',
    );
    await page.screenshot({
      path: join(ROOT, 'style', file),
      omitBackground: radius,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    console.log(`style/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
