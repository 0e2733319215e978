/**
 * The demo's report says what happened to a page that got no result in time: no result within the wait, and
 * whether the analysis had started. It never claims the pre-check found nothing, which it cannot know.
 */
import { describe, expect, it } from 'vitest';
import { noResultReason } from '../../scripts/browser/tabResultInBrowser';

describe('the demo report of a page without a result', () => {
  it('says there was no result in time, and whether the page was being analysed', () => {
    expect(noResultReason(8_000, true)).toBe('no result within 8 s: the page passed the pre-check and was being analysed');
    expect(noResultReason(8_000, false)).toBe('no result within 8 s: the pre-check had not passed by then, so the page was not analysed');
    expect(noResultReason(8_000, false)).not.toMatch(/found nothing/);
  });
});
