/**
 * The pre-check the content script runs on every page: "maybe" on every story page, "no" on most others,
 * cheap (reads at most the opening 30k characters) and small (no imports, so nothing heavy is bundled).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { precheckPage } from '../../core/detect/precheck';
import { bundledPrecheck } from '../../core/story/bundledPrecheck';
import { expectedTopic, labelledPages } from './analyzeFixtures';

const pages = [...labelledPages('devset'), ...labelledPages('heldout')];
const precheck = (p: (typeof pages)[number]) => precheckPage({ title: p.input.title, url: p.input.url ?? '', meta: '', text: p.input.text }, bundledPrecheck);

describe('precheckPage', () => {
  it('says maybe on every page about the story', () => {
    const missed = pages.filter((p) => expectedTopic(p.label) !== 'none' && !precheck(p)).map((p) => p.file);
    expect(missed).toEqual([]);
  });

  it('says no on most pages that are not', () => {
    const unrelated = pages.filter((p) => p.label === 'unrelated');
    const negatives = pages.filter((p) => expectedTopic(p.label) === 'none');
    const unrelatedMaybe = unrelated.filter(precheck);
    const negativeMaybe = negatives.filter(precheck);
    console.log(`pre-check: ${unrelatedMaybe.length}/${unrelated.length} unrelated and ${negativeMaybe.length}/${negatives.length} negative pages say maybe`);
    expect(unrelatedMaybe.length / unrelated.length).toBeLessThanOrEqual(0.1);
    expect(negativeMaybe.length / negatives.length).toBeLessThanOrEqual(0.5);
  });

  it('says no on a page where WhatsApp is only a share button', () => {
    const page = pages.find((p) => p.file.startsWith('042-'))!;
    expect(precheckPage({ title: page.input.title, url: 'https://www.bbc.co.uk/news/health-43511111', meta: 'Share on WhatsApp', text: `Share on WhatsApp Share on Facebook Copy link\n${page.input.text}` }, bundledPrecheck)).toBe(false);
  });

  it('reads only the opening of a long page', () => {
    const filler = 'The council met on Tuesday to discuss the new bus timetable for the town centre. '.repeat(400);
    expect(filler.length).toBeGreaterThan(30_000);
    const late = `${filler} Khalid Masood drove onto Westminster Bridge.`;
    expect(precheckPage({ title: 'Bus timetable', url: 'https://example.org/news/buses', meta: '', text: late }, bundledPrecheck)).toBe(false);
    expect(precheckPage({ title: 'Bus timetable', url: 'https://example.org/news/buses', meta: '', text: `Khalid Masood drove onto Westminster Bridge. ${filler}` }, bundledPrecheck)).toBe(true);
  });

  it('looks at the URL slug and metadata too', () => {
    expect(precheckPage({ title: 'Live', url: 'https://example.org/uk/westminster-attack-khalid-masood-latest', meta: '', text: 'Loading…' }, bundledPrecheck)).toBe(true);
    expect(precheckPage({ title: 'Live', url: 'https://example.org/live/123', meta: 'Amber Rudd: WhatsApp encryption gives terrorists a place to hide', text: '' }, bundledPrecheck)).toBe(true);
  });

  it('stays tiny: no imports but of types (they leave nothing in the bundle), a few kilobytes', () => {
    const source = readFileSync(fileURLToPath(new URL('../../core/detect/precheck.ts', import.meta.url)), 'utf8');
    expect(source).not.toMatch(/^\s*import\s(?!type\s)/m);
    expect(source.length).toBeLessThan(4_000);
  });
});
