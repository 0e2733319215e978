/**
 * A picture for the stores' listings, at the 1280×800 both ask for: a story page as a reader sees it, its
 * highlights painted, with the extension's popup open over its top right corner, where the toolbar button
 * opens it. JPEG, as the Chrome Web Store takes no PNG with an alpha channel.
 */
import type { Page } from 'playwright-core';

export const STORE_SCREENSHOT_SIZE = { width: 1280, height: 800 };

export async function storeScreenshot(page: Page, popupPng: Buffer, path: string): Promise<void> {
  const viewport = page.viewportSize();
  await page.setViewportSize(STORE_SCREENSHOT_SIZE);
  await page.evaluate(() => {
    const first = [...CSS.highlights.values()].flatMap((h) => [...h])[0] as Range | undefined;
    first?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  });
  const pagePng = await page.screenshot();
  if (viewport) await page.setViewportSize(viewport);

  const canvas = await page.context().newPage();
  await canvas.setViewportSize(STORE_SCREENSHOT_SIZE);
  const image = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await canvas.setContent(`<body style="margin:0;overflow:hidden">
    <img src="${image(pagePng)}" style="display:block">
    <img src="${image(popupPng)}" style="position:absolute;top:8px;right:16px;border-radius:8px;box-shadow:0 6px 28px rgb(0 0 0 / 0.35)">
  </body>`);
  await canvas.screenshot({ path, type: 'jpeg', quality: 90 });
  await canvas.close();
}
