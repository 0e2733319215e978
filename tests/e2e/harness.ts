/** What the browser tests drive: Chromium with the built extension, and the local page server. */
export { launchExtension, type ExtensionSession, type LaunchOptions } from '../../scripts/browser/launchExtension';
export { startPageServer, type PageServer } from '../../scripts/server/pageServer';
