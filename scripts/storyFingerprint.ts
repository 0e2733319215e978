/**
 * A hash of the story folder's files that the extension bundles (the seed texts, the overlay, the learned
 * proposition words, the story file), made by the build (wxt.config.ts) and bundled as
 * `import.meta.env.CROSSCHECK_STORY_FINGERPRINT`: the seed loader's cheap check, on every wake of the service
 * worker, that the stored seeds are this build's (storage/seedLoader.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function storyFingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt') || n.endsWith('.json')).sort()) {
    hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}
