/** The source view and the first-run page, rendered from the corpus built from the seeds. */
import './domGlobals';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceView } from '../../components/source/SourceView';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { summarizeCorpus } from '../../core/context/corpusSummary';
import { seedCorpus } from './popupFixtures';
import { quoteBy } from './seedItems';

afterEach(cleanup);

describe('source view', () => {
  it('shows the whole source with the quote’s passages marked, the first one focused', () => {
    const { corpus } = seedCorpus();
    const quote = quoteBy(corpus, 'Lord Paddick', 'These terrorists want to destroy');
    const source = corpus.sources.find((s) => s.id === quote.sourceId)!;
    render(<SourceView source={source} passages={corpus.passages.filter((p) => p.sourceId === source.id)} highlight={quote.passageIds} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(source.title);
    expect(screen.getByText(/Seed document/)).toBeTruthy();
    const marks = [...document.querySelectorAll('mark')].map((m) => m.textContent).join(' ');
    expect(marks).toMatch(/These terrorists want to destroy our freedoms/);
    expect(marks).toMatch(/draconian laws/);
    expect(marks).not.toMatch(/Yvette Cooper/);
    expect(document.activeElement).toBe(document.querySelector('mark'));
    expect(document.querySelector('article')!.textContent).toMatch(/Europol’s director Rob Wainwright/); // the rest of the source is there too
  });

  it('says so when the passage is no longer in the source', () => {
    const { corpus } = seedCorpus();
    const source = corpus.sources[0]!;
    render(<SourceView source={source} passages={corpus.passages.filter((p) => p.sourceId === source.id)} highlight={['gone']} />);
    expect(screen.getByText('The passage is no longer in this source.')).toBeTruthy();
  });
});

describe('first-run page', () => {
  it('says what the corpus covers, how old it is, and that nothing leaves the machine', () => {
    const summary = summarizeCorpus(seedCorpus().corpus, new Date('2026-11-24T09:00:00Z'));
    render(<WelcomePage summary={summary} />);
    expect(screen.getByRole('heading', { name: 'Nothing leaves your machine' })).toBeTruthy();
    const coverage = screen.getByRole('heading', { name: 'What the corpus covers' }).parentElement!.textContent!;
    expect(coverage).toMatch(new RegExp(`2 sources, from which Crosscheck read ${summary.counts.facts} facts, ${summary.counts.quotes} quotes`));
    expect(coverage).toMatch(/the newest source is from 29 Mar 2017, 9 years ago/);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(summary.sources.map((s) => `/source.html?source=${encodeURIComponent(s.id)}`));
  });
});
