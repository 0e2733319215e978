// @vitest-environment happy-dom
/**
 * The in-page card as a reader sees it: for each kind of match, what was matched, both values and their
 * dates when a fact differs, who said a quote (role, venue, date), a position's stance, and the source.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MatchCard } from '../../components/MatchCard';
import type { SentenceMatch } from '../../core/analysis';
import type { Fact, Position, Proposition, Quote, Source } from '../../core/corpus/model';
import { matchedSentences } from '../../core/highlight/matchedSentences';
import type { MatchedItems } from '../../core/tabResult';

afterEach(cleanup);

const source: Source = {
  id: 's1', title: "Amber Rudd: 'no place for terrorists to hide'", publisher: 'The Telegraph', date: '2017-03-26',
  text: '', origin: 'seed', addedAt: 0,
};
const fact: Fact = {
  id: 'f1', sourceId: 's1', passageId: 'p1', subject: 'attack.killed', statement: 'Masood killed four people',
  quantities: [{ kind: 'count', value: 4, unit: 'people', text: 'four people' }], entities: ['Khalid Masood'], asOf: '2017-03-26',
};
const quote: Quote = {
  id: 'q1', sourceId: 's1', passageIds: ['p2'], text: 'It is completely unacceptable, there should be no place for terrorists to hide.',
  speakerId: 'amber-rudd', speaker: 'Amber Rudd', role: 'Home Secretary', venue: "BBC One's Andrew Marr Show", date: '2017-03-26',
};
const proposition: Proposition = { id: 'access', text: 'Messaging services should give the state access to encrypted messages' };
const position: Position = {
  id: 'pos1', propositionId: 'access', holderId: 'lord-paddick', holder: 'Lord Paddick', stance: 'against', quoteIds: [],
  sourceId: 's1', summary: 'Calls the demand draconian',
};
const items: MatchedItems = { facts: [fact], quotes: [quote], positions: [position], propositions: [proposition], sources: [source] };

const match = (over: Partial<SentenceMatch>): SentenceMatch => ({
  sentence: 'Masood killed five people.', sentenceIndex: 3, kind: 'fact', itemId: 'f1', verdict: 'agrees', score: 0.9,
  passageId: 'p1', sourceId: 's1', ...over,
});

function renderCard(matches: SentenceMatch[], withItems: MatchedItems | null = items, opens = true, saves: () => Promise<void> = async () => {}) {
  const handlers = { onStep: vi.fn(), onOpenPopup: vi.fn(async () => opens), onSave: vi.fn(saves), onClose: vi.fn() };
  const [sentence] = matchedSentences(matches);
  render(<MatchCard sentence={sentence!} items={withItems} place={2} total={5} {...handlers} />);
  return handlers;
}

describe('MatchCard', () => {
  it('shows a differing fact with the page\u2019s value, the record\u2019s, and the dates of both', () => {
    renderCard([
      match({ verdict: 'differs', differences: [{ subject: 'attack.killed', page: 'five people', corpus: 'four people', corpusAsOf: '2017-03-26', pageAsOf: '2018-09-10' }] }),
    ]);
    const card = screen.getByRole('dialog');
    expect(card.getAttribute('aria-label')).toBe('Crosscheck: Fact: differs from the record');
    expect(card.textContent).toContain('Masood killed four people');
    expect(card.textContent).toContain('five people (as of 10 Sep 2018)');
    expect(card.textContent).toContain('four people (as of 26 Mar 2017)');
    expect(card.textContent).toContain("Source: Amber Rudd: 'no place for terrorists to hide' (The Telegraph, 26 Mar 2017)");
  });

  it('shows a quote with its speaker, role, venue and date', () => {
    renderCard([match({ kind: 'quote', itemId: 'q1', verdict: 'verbatim', sentence: 'It is completely unacceptable.' })]);
    const text = screen.getByRole('dialog').textContent!;
    expect(text).toContain('Quoted word for word');
    expect(text).toContain('\u201CIt is completely unacceptable, there should be no place for terrorists to hide.\u201D');
    expect(text).toContain("Amber Rudd · Home Secretary · BBC One's Andrew Marr Show · 26 Mar 2017");
  });

  it('shows the part of a long quote the page carries', () => {
    const long: Quote = {
      ...quote,
      text: `${quote.text} We need to make sure that organisations like WhatsApp don't provide a secret place for terrorists to communicate with each other. But on this situation we need to make sure that our intelligence services have the ability to get into situations like encrypted WhatsApp.`,
    };
    const [sentence] = matchedSentences([match({ kind: 'quote', itemId: 'q1', verdict: 'verbatim', sentence: 'We need to make sure that our intelligence services have the ability to get into encrypted WhatsApp' })]);
    render(<MatchCard sentence={sentence!} items={{ ...items, quotes: [long] }} place={1} total={1} onStep={vi.fn()} onOpenPopup={vi.fn(async () => true)} onSave={vi.fn(async () => {})} onClose={vi.fn()} />);
    const shown = screen.getByRole('dialog').querySelector('blockquote')!.textContent!;
    expect(shown).toContain('our intelligence services have the ability');
    expect(shown).toMatch(/^“…/);
  });

  it('shows a position with its holder, stance and proposition', () => {
    renderCard([match({ kind: 'position', itemId: 'pos1', verdict: 'against' })]);
    expect(screen.getByRole('dialog').textContent).toContain(
      'Lord Paddick is against: Messaging services should give the state access to encrypted messages',
    );
  });

  it('lists every match of the sentence, the one that chose the colour first', () => {
    renderCard([
      match({ verdict: 'agrees' }),
      match({ kind: 'quote', itemId: 'q1', verdict: 'paraphrase' }),
    ]);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('A close paraphrase of');
    expect(items[1]!.textContent).toContain('This page agrees');
  });

  it('says it is looking things up until the items arrive', () => {
    renderCard([match({})], null);
    expect(screen.getByRole('dialog').textContent).toContain('Looking up what this sentence matched');
  });

  it('steps, opens the popup and closes from its buttons', () => {
    const handlers = renderCard([match({})]);
    expect(screen.getByText('2 of 5')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next match' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous match' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open Crosscheck' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(handlers.onStep.mock.calls).toEqual([[1], [-1]]);
    expect(handlers.onOpenPopup).toHaveBeenCalledOnce();
    expect(handlers.onClose).toHaveBeenCalledOnce();
    expect(screen.queryByText(/toolbar/)).toBeNull();
  });

  it('saves the sentence once and says so, or says why it could not', async () => {
    const handlers = renderCard([match({})]);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved to your annotations, with what it matched.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Saved' }) as HTMLButtonElement).disabled).toBe(true);
    expect(handlers.onSave).toHaveBeenCalledOnce();
    cleanup();

    renderCard([match({})], items, true, async () => {
      throw new Error('Invalid annotation: url: the page URL must be an http(s) address');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Not saved: Invalid annotation: url: the page URL must be an http(s) address')).toBeTruthy();
  });

  it('keeps what it said about saving with its sentence when it moves to another one', async () => {
    const handlers = { onStep: vi.fn(), onOpenPopup: vi.fn(async () => true), onSave: vi.fn(async () => {}), onClose: vi.fn() };
    const [first] = matchedSentences([match({ sentenceIndex: 3 })]);
    const [second] = matchedSentences([match({ sentenceIndex: 8, sentence: 'Another sentence.' })]);
    const { rerender } = render(<MatchCard sentence={first!} items={items} place={1} total={2} {...handlers} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Saved' });
    rerender(<MatchCard sentence={second!} items={items} place={2} total={2} {...handlers} />);
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    rerender(<MatchCard sentence={first!} items={items} place={1} total={2} {...handlers} />);
    expect(screen.getByRole('button', { name: 'Saved' })).toBeTruthy();
  });

  it('cannot save before it knows what the sentence matched', () => {
    renderCard([match({})], null);
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('points to the toolbar button where the browser will not open the popup from the page', async () => {
    renderCard([match({})], items, false);
    fireEvent.click(screen.getByRole('button', { name: 'Open Crosscheck' }));
    expect(await screen.findByText('Click the Crosscheck button in the toolbar to see everything this page matches.')).toBeTruthy();
  });
});
