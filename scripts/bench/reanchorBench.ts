/**
 * The annotator in a real page: reading a 1 MB page's text and placing 100 saved annotations again after an
 * edit at the top, against reading that page's innerText, medians of several rounds on fresh documents.
 */
import { chromium } from 'playwright-core';
import { chromiumPath } from '../browser/chromiumPath';
import { innerTextMs, megabytePage, probeScript } from './browserBench';
import { median } from './timing';

const ROUNDS = 5;

export interface ReanchorFigures {
  reanchor100Ms1MB: number;
  reanchor100VsInnerText1MB: number;
  reanchorPlacedOf100: number;
}

export async function measureReanchor(): Promise<ReanchorFigures> {
  const probe = await probeScript('./reanchorProbe.ts', 'reanchorProbe');
  const html = megabytePage();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    const reanchor: number[] = [];
    const innerText: number[] = [];
    let placed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await page.setContent(html);
      await page.addScriptTag({ content: probe });
      const result = await page.evaluate(() => (window as unknown as { reanchorProbe: { timeReanchor(): { ms: number; placed: number } } }).reanchorProbe.timeReanchor());
      reanchor.push(result.ms);
      placed = result.placed;
      await page.setContent(html);
      innerText.push(await innerTextMs(page));
    }
    const ms = median(reanchor);
    return { reanchor100Ms1MB: Math.round(ms), reanchor100VsInnerText1MB: Math.round((ms / median(innerText)) * 10) / 10, reanchorPlacedOf100: placed };
  } finally {
    await browser.close();
  }
}
