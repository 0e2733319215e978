/**
 * A happy-dom window installed as the globals Preact and Testing Library use, for component tests that also
 * read fixtures from disk. (Vitest's happy-dom environment transforms modules for the web, which rewrites
 * `new URL('../seeds/', import.meta.url)` into an http URL, so the fixture readers could not find their files.)
 * Imported first, before Testing Library captures `document`.
 */
import { Window } from 'happy-dom';

const window = new Window({ url: 'chrome-extension://crosscheck/popup.html' });
const names = Object.getOwnPropertyNames(window).filter((name) => !(name in globalThis) || name === 'document');
for (const name of ['document', 'window', 'navigator', ...names]) {
  const value = name === 'window' ? window : (window as unknown as Record<string, unknown>)[name];
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
}
