/** Where Firefox is: FIREFOX_PATH, else Debian's /usr/bin/firefox-esr. Missing is an error that says how to install it. */
import { existsSync } from 'node:fs';

export const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || DEFAULT_FIREFOX;
  if (!existsSync(path)) {
    throw new Error(
      `Firefox not found at ${path}. Install it (Debian: sudo apt-get update && sudo apt-get install -y firefox-esr, ` +
        '153 or later from the security repository) or set FIREFOX_PATH to a Firefox binary (142 or later).',
    );
  }
  return path;
}
