/**
 * The popup's sections for real pages analysed against the seed corpus: what a reader sees and can do in
 * each section, found the way they find it (by role, name and text).
 */
import './domGlobals';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/popup/PopupApp';
import { popupApiFor, tabResultFor } from './popupFixtures';

afterEach(cleanup);

describe('header', () => {
  it('names the topic, says why, counts the matching sentences, and says which side is left out', async () => {
    const result = tabResultFor('devset', '013-'); // Reuters: Rudd on the Andrew Marr Show
    render(<PopupApp api={popupApiFor(result)} />);
    expect(await screen.findByText('Encryption row')).toBeTruthy();
    const count = new Set(result.analysis.matches.map((m) => m.sentenceIndex)).size;
    expect(screen.getByText(/matching sentences?/).textContent).toBe(`${count} matching sentence${count === 1 ? '' : 's'}`);
    expect(screen.getByText(result.analysis.topic.why)).toBeTruthy();
    const [banner, inPositions] = screen.getAllByText(/it quotes no critic/); // the header's line comes first
    expect(banner!.compareDocumentPosition(inPositions!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(banner!.textContent).toMatch(/^This page quotes the Home Secretary, Amber Rudd; it quotes no critic: Lord Paddick\./);
    expect(within(banner!).getByRole('link', { name: 'See both sides' }).getAttribute('href')).toBe('#pp-proposition-state-access-to-encrypted-messages');
  });
});

describe('facts', () => {
  it('puts the page’s value beside the corpus’s, with both dates, when a later report differs', async () => {
    render(<PopupApp api={popupApiFor(tabResultFor('devset', '006-', { published: '2018-10-04' }))} />); // The Guardian at the inquest
    const facts = await screen.findByRole('region', { name: /Facts/ });
    const killed = within(facts).getByText('Khalid Masood killed four people', { selector: '.cc-fact-statement' }).closest('li')!;
    expect(within(killed).getByText('Differs')).toBeTruthy();
    // every sentence that gives the toll is listed; the first gives five
    const page = within(killed).getAllByText('This page')[0]!.parentElement!;
    const corpus = within(killed).getAllByText('Corpus')[0]!.parentElement!;
    expect(page.textContent).toBe('This pagefive people, as of 4 Oct 2018');
    expect(corpus.textContent).toMatch(/^Corpusfour people, as of 26 Mar 2017/);
    expect(within(killed).getByText(/later development rather than an error/)).toBeTruthy();
    const duration = within(facts).getByText('The attack lasted 82 seconds', { selector: '.cc-fact-statement' }).closest('li')!;
    expect(within(duration).getByText('Agrees')).toBeTruthy();
    expect(duration.textContent).toMatch(/Corpus: 82 seconds/);
  });

  it('says a later report may differ when the page gives no date', async () => {
    render(<PopupApp api={popupApiFor(tabResultFor('devset', '006-'))} />); // the inquest report, without its date
    const facts = await screen.findByRole('region', { name: /Facts/ });
    const killed = within(facts).getByText('Khalid Masood killed four people', { selector: '.cc-fact-statement' }).closest('li')!;
    expect(within(killed).getAllByText('This page')[0]!.parentElement!.textContent).toBe('This pagefive people');
    expect(within(killed).getByText(/The page gives no date; the corpus value holds as of its source’s date/)).toBeTruthy();
  });

  it('shows both sources’ values where they disagree, and which one the page agrees with', async () => {
    render(<PopupApp api={popupApiFor(tabResultFor('devset', '009-'))} />); // "used WhatsApp just two minutes before"
    const facts = await screen.findByRole('region', { name: /Facts/ });
    const timing = within(facts).getByText(/used WhatsApp a couple of minutes before/, { selector: '.cc-fact-statement' }).closest('li')!;
    const disagreement = within(timing).getByText('The sources disagree on this').parentElement!;
    const values = within(disagreement).getAllByRole('listitem').map((li) => li.textContent);
    expect(values).toHaveLength(2);
    expect(values[0]).toMatch(/^“the seconds before”.*26 Mar 2017/);
    expect(values[0]).not.toMatch(/This page agrees/);
    expect(values[1]).toMatch(/^“a couple of minutes before”.*29 Mar 2017.*This page agrees$/);
  });
});

describe('quotes', () => {
  it('gives speaker, role, venue and date, and what the same person said that the page leaves out', async () => {
    render(<PopupApp api={popupApiFor(tabResultFor('devset', '013-'))} />);
    const quotes = await screen.findByRole('region', { name: /Quotes/ });
    const marr = within(quotes).getByText(/It is completely unacceptable/, { selector: 'blockquote p' }).closest('li')!;
    expect(marr.querySelector('figcaption')!.textContent).toBe("Amber Rudd, Home Secretary · BBC One's Andrew Marr Show · 26 Mar 2017 (inferred)");
    expect(marr.querySelector('figcaption time')!.getAttribute('title')).toMatch(/^Inferred: it reports Sunday's interviews/);
    expect(within(marr).getByText('Verbatim')).toBeTruthy();
    expect(within(quotes).getByRole('heading', { name: 'Also said by Amber Rudd, not on this page' })).toBeTruthy();
    expect(within(quotes).getByText(/End-to-end encryption has a place/).closest('figure')!.textContent).toMatch(/Sky News's Sophy Ridge on Sunday/);
  });

  it('shows the page’s own words beside a quote it only paraphrases', async () => {
    // Counter Terror Business: "A spokeswoman for WhatsApp has said it was ‘horrified at the attack’ and was co-operating with the investigation."
    render(<PopupApp api={popupApiFor(tabResultFor('heldout', '121-'))} />);
    const quotes = await screen.findByRole('region', { name: /Quotes/ });
    const whatsapp = within(quotes).getByText(/co-operating with law enforcement/, { selector: 'blockquote p' }).closest('li')!;
    expect(within(whatsapp).getByText('Paraphrase')).toBeTruthy();
    expect(whatsapp.querySelector('.pp-page-words')!.textContent).toMatch(/^On this page: .*A spokeswoman for WhatsApp has said it was ‘horrified at the attack’ and was co-operating with the investigation\./);
  });
});

describe('positions', () => {
  it('shows the critic the page leaves out first, in his own words, then who is for and against', async () => {
    render(<PopupApp api={popupApiFor(tabResultFor('devset', '013-'))} />);
    const positions = await screen.findByRole('region', { name: /Positions/ });
    const leftOut = within(positions).getByRole('note', { name: /left out/ });
    expect(leftOut.textContent).toMatch(/^This page quotes the Home Secretary, Amber Rudd; it quotes no critic:/);
    expect(within(leftOut).getByText(/draconian laws that limit our civil liberties/)).toBeTruthy();
    expect(leftOut.textContent).toMatch(/Lord Paddick, Liberal Democrat home affairs spokesman/);
    const forList = within(positions).getByRole('heading', { name: /^For/ });
    expect(leftOut.compareDocumentPosition(forList) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const supporters = forList.nextElementSibling!.textContent!;
    expect(supporters).toMatch(/^Amber Rudd, Home Secretary · quoted on this page/);
    expect(supporters).toMatch(/Rob Wainwright.* · not on this page/);
    expect(within(positions).getByRole('heading', { name: /^Against/ }).nextElementSibling!.textContent).toMatch(/^Lord Paddick.* · not on this page/);
  });
});

describe('actions', () => {
  it('scrolls the page to each sentence of a quote in turn', async () => {
    const result = tabResultFor('devset', '013-');
    const api = popupApiFor(result);
    render(<PopupApp api={api} />);
    const quotes = await screen.findByRole('region', { name: /Quotes/ });
    const show = within(quotes).getAllByRole('button', { name: /^Show on page/ })[0]!;
    fireEvent.click(show);
    await waitFor(() => expect(api.scrolled).toHaveLength(1));
    fireEvent.click(show);
    await waitFor(() => expect(api.scrolled).toHaveLength(2));
    const quoteSentences = result.context.quotes[0]!.sentences.map((s) => s.index);
    expect(api.scrolled).toEqual(quoteSentences.slice(0, 2));
  });

  it('saves a fact’s sentence as an annotation linked to the fact', async () => {
    const result = tabResultFor('devset', '009-');
    const api = popupApiFor(result);
    render(<PopupApp api={api} />);
    const facts = await screen.findByRole('region', { name: /Facts/ });
    const fact = result.context.facts[0]!;
    fireEvent.click(within(facts).getByRole('button', { name: `Save as annotation: Fact: ${fact.statement}` }));
    await within(facts).findByRole('button', { name: `Save as annotation: Fact: ${fact.statement} — Saved` }).then((b) => expect((b as HTMLButtonElement).disabled).toBe(true));
    expect(api.saved).toEqual([{ url: api.tab.url, title: result.analysis.title, exact: fact.sentences[0]!.text, links: [{ kind: 'fact', itemId: fact.itemId, label: `Fact: ${fact.statement}` }], topic: 'attack' }]);
  });

  it('adds the page to the corpus as a source of its own, once, and says what it brought', async () => {
    const result = tabResultFor('devset', '013-'); // Reuters: Rudd's words quoted
    const api = popupApiFor(result, 'https://cn.reuters.com/article/britain-security-rudd-idCNL5N1H309A');
    render(<PopupApp api={api} />);
    const section = await screen.findByRole('region', { name: 'Corpus' });
    fireEvent.click(within(section).getByRole('button', { name: 'Add this page to the corpus' }));
    const status = await within(section).findByText(/from this page; remove it in the options page\.$/);
    const [source] = await api.db.sources.where('origin').equals('user').toArray();
    expect(source).toMatchObject({ url: 'https://cn.reuters.com/article/britain-security-rudd-idCNL5N1H309A', title: result.analysis.title });
    const quotes = await api.db.quotes.where('sourceId').equals(source!.id).count();
    expect(status.textContent).toMatch(new RegExp(`^${quotes} quotes? and \\d+ facts? from this page`));
    expect((within(section).getByRole('button', { name: 'Added to the corpus' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('links each item to its passage in the source view', async () => {
    const result = tabResultFor('devset', '013-');
    render(<PopupApp api={popupApiFor(result)} />);
    const quotes = await screen.findByRole('region', { name: /Quotes/ });
    const quote = result.context.quotes[0]!;
    const link = within(quotes).getAllByRole('link', { name: /^Source passage, in a new tab: / })[0]!;
    const url = new URL(link.getAttribute('href')!, 'chrome-extension://x/');
    expect(url.pathname).toBe('/source.html');
    expect(url.searchParams.get('source')).toBe(quote.source.id);
    expect(url.searchParams.getAll('passage')).toEqual(quote.passageIds);
  });

  it('hides an item marked not relevant, remembers it for the page, and can show it again', async () => {
    const result = tabResultFor('devset', '009-');
    const api = popupApiFor(result);
    const { unmount } = render(<PopupApp api={api} />);
    const facts = await screen.findByRole('region', { name: /Facts/ });
    const fact = result.context.facts[0]!;
    fireEvent.click(within(facts).getByRole('button', { name: `Not relevant, hide on this page: Fact: ${fact.statement}` }));
    await waitFor(() => expect(screen.queryByText(fact.statement)).toBeNull());
    unmount();

    render(<PopupApp api={api} />); // the popup opened again on the same page
    const show = await screen.findByRole('button', { name: '1 marked not relevant: show' });
    expect(screen.queryByText(fact.statement)).toBeNull();
    fireEvent.click(show);
    expect(await screen.findByText(fact.statement)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Show again: Fact: ${fact.statement}` }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /marked not relevant/ })).toBeNull());
    expect(await api.dismissals()).toEqual([]);
  });
});

describe('empty state and search', () => {
  it('says what to do on a page that is not about the story, and finds corpus items from the search box', async () => {
    render(<PopupApp api={popupApiFor(null, 'https://www.technobuffalo.com/nintendo-switch-sales')} />);
    expect(await screen.findByRole('heading', { name: 'Nothing to cross-check on this page' })).toBeTruthy();
    expect(screen.getByText(/Open a news story about either/)).toBeTruthy();
    const box = screen.getByRole('searchbox', { name: 'Search the corpus' });
    fireEvent.input(box, { target: { value: 'draconian' } });
    const results = await screen.findByRole('list', { name: 'Search results' });
    const items = within(results).getAllByRole('listitem');
    expect(items[0]!.textContent).toMatch(/“draconian”Lord Paddick, Liberal Democrat home affairs spokesman/);
    expect(items.some((li) => /These terrorists want to destroy our freedoms/.test(li.textContent!))).toBe(true);
    fireEvent.input(box, { target: { value: 'Nintendo Switch' } });
    expect(await screen.findByText('Nothing in the corpus matches “Nintendo Switch”.')).toBeTruthy();
  });

  it('fills in when the page finishes analysing after the popup opened', async () => {
    const result = tabResultFor('devset', '013-');
    const api = popupApiFor(null, 'https://www.reuters.com/article/uk-britain-security-rudd');
    render(<PopupApp api={api} />);
    expect(await screen.findByRole('heading', { name: 'Nothing to cross-check on this page' })).toBeTruthy();
    api.storeTabResult(result);
    expect(await screen.findByText('Encryption row')).toBeTruthy();
    expect(screen.getByRole('region', { name: /Quotes/ })).toBeTruthy();
  });

  it('pauses on this site or everywhere from the footer, and says so on a paused page', async () => {
    const api = popupApiFor(null, 'https://www.bbc.co.uk/news/uk-39355108');
    render(<PopupApp api={api} />);
    const here = await screen.findByRole('switch', { name: 'Pause on bbc.co.uk' });
    fireEvent.click(here);
    expect(await screen.findByRole('heading', { name: 'Crosscheck is paused here' })).toBeTruthy();
    const everywhere = screen.getByRole('switch', { name: 'Pause everywhere' });
    fireEvent.click(everywhere);
    await waitFor(async () => expect((await api.pauseState()).pausedEverywhere).toBe(true));
    expect((everywhere as HTMLInputElement).checked).toBe(true);
  });
});
