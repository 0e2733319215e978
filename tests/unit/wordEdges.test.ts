import { describe, expect, it } from 'vitest';
import { hasWordStart, letterOrNumberAt, letterOrNumberBefore } from '../../core/text/wordEdges';

describe('word edges read a character at a time', () => {
  it('finds a term only where a word starts, as (?<![\\p{L}\\p{N}]) does', () => {
    expect(hasWordStart('end-to-end encrypted messages', 'encrypt')).toBe(true);
    expect(hasWordStart('the unencrypted messages', 'encrypt')).toBe(false);
    expect(hasWordStart('4encrypt', 'encrypt')).toBe(false);
    // a second occurrence counts when the first is inside a word
    expect(hasWordStart('unencrypted, then encrypted', 'encrypt')).toBe(true);
    expect(hasWordStart('', 'encrypt')).toBe(false);
  });

  it('treats letters beyond ASCII as letters, whole code points included', () => {
    expect(letterOrNumberBefore('Frade', 0)).toBe(false);
    expect(letterOrNumberBefore('éFrade', 1)).toBe(true);
    expect(letterOrNumberBefore('—Frade', 1)).toBe(false);
    // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter written as two UTF-16 units
    expect(letterOrNumberBefore('\u{1D400}x', 2)).toBe(true);
    expect(letterOrNumberBefore('\u{1F600}x', 2)).toBe(false);
    expect(letterOrNumberAt('Rudd’s', 4)).toBe(false);
    expect(letterOrNumberAt('Ruddé', 4)).toBe(true);
    expect(letterOrNumberAt('Rudd', 4)).toBe(false);
  });

  it('agrees with the regular expression on every character of a mixed text', () => {
    const text = 'Ms Frade, 43 — “Señora” naïve 𝐀x 😀 Åsa 1,200 l’été';
    const before = /(?<![\p{L}\p{N}])/uy;
    const at = /[\p{L}\p{N}]/uy;
    for (let i = 0; i <= text.length; i++) {
      // skip the middle of a surrogate pair, where the regular expression and a code-unit index disagree on purpose
      if (i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]!)) continue;
      before.lastIndex = i;
      at.lastIndex = i;
      expect(letterOrNumberBefore(text, i), `before ${i}`).toBe(!before.test(text));
      expect(letterOrNumberAt(text, i), `at ${i}`).toBe(at.test(text));
    }
  });
});
