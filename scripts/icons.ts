/**
 * Draws the extension's icons from assets/icon.svg: public/icon/<size>.png at every size the browsers and the
 * stores ask for (WXT lists them in the manifest). Drawn by Chromium, so nothing else is needed; run again after
 * changing the drawing: `npm run icons`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './browser/chromiumPath';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(resolve('assets/icon.svg'), 'utf8');
const out = resolve('public/icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: `${out}/${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`public/icon/{${SIZES.join(',')}}.png drawn from assets/icon.svg`);
