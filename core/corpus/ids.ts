/**
 * Stable ids derived from content: the same text always gets the same id, so building a source again (seed
 * reload, extension update, re-import) overwrites its rows instead of adding copies.
 */

/** Two 32-bit FNV-1a hashes (different offset bases) of the string's UTF-16 code units, as 16 hex digits. */
export function contentHash(...parts: readonly (string | number)[]): string {
  const text = parts.join('\u0000');
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** `prefix-<hash of parts>` */
export function contentId(prefix: string, ...parts: readonly (string | number)[]): string {
  return `${prefix}-${contentHash(...parts)}`;
}

/** "Amber Rudd" -> "amber-rudd": people and propositions are keyed by their name. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
