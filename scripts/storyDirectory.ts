/** The story folder a build or a script reads: seeds/, or the folder CROSSCHECK_STORY names. */
import { resolve } from 'node:path';

export function storyDirectory(): string {
  return resolve(process.env.CROSSCHECK_STORY ?? 'seeds');
}
