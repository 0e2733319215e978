// Code that the browser tests and the demo evaluate inside the extension's service worker or pages uses the
// `chrome` global, which has the same shape as WXT's `browser`.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
