/** The part of a long page sentence the popup shows beside a corpus item: the words that speak to it. */
import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../components/excerptAround';
import { fixtureText } from './analyzeFixtures';

// The Week (tests/fixtures/pages/010-…): one sentence that states two facts far from its start.
const THE_WEEK = fixtureText('devset', '010-').text.split('\n').find((line) => line.startsWith('Intelligence agencies must'))!;

describe('excerptAround', () => {
  it('shows the part of a long sentence that states the fact, not its opening', () => {
    const excerpt = excerptAround(THE_WEEK, 'Khalid Masood used WhatsApp a couple of minutes before the attack');
    expect(excerpt).toMatch(/^…/);
    expect(excerpt).toContain('Khalid Masood connected to messaging app WhatsApp minutes before');
    expect(excerpt.length).toBeLessThanOrEqual(152);
    expect(THE_WEEK).toContain(excerpt.replace(/^…|…$/g, ''));
  });

  it('picks the words of the other fact the same sentence states', () => {
    const excerpt = excerptAround(THE_WEEK, 'Khalid Masood killed four people');
    expect(excerpt).toContain('Khalid Masood');
    expect(excerpt).toContain('killed four people');
    expect(excerpt).not.toContain('Intelligence agencies');
  });

  it('returns a sentence that fits whole, and cuts one with nothing in common at its start', () => {
    expect(excerptAround('Khalid Masood, 52, was named by police.', 'Masood was 52')).toBe('Khalid Masood, 52, was named by police.');
    const cut = excerptAround(THE_WEEK, 'Nintendo Switch sales');
    expect(cut).toMatch(/^Intelligence agencies must be given access.*…$/);
  });
});
