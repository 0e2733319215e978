/** Where Chromium is: CHROME_PATH, else Debian's /usr/bin/chromium. Missing is an error that says how to install it. */
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it (Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium) ` +
        'or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return path;
}
