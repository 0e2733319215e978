/**
 * The builder on other real news texts (the labelled pages in tests/fixtures/pages, each with its source URL),
 * not only the seeds: the quotes it finds there, who said them and where, and the facts it reads.
 */
import { describe, expect, it } from 'vitest';
import { buildSource } from '../../core/corpus/buildSource';
import { fixtureText, type SPLITS } from './analyzeFixtures';

function build(split: keyof typeof SPLITS, prefix: string) {
  const page = fixtureText(split, prefix);
  return buildSource({ text: page.text, title: page.title, origin: 'user', ...(page.url ? { url: page.url } : {}) });
}
const quotesOf = (b: ReturnType<typeof build>) => b.quotes.map((q) => [q.speaker, q.text.slice(0, 40), q.venue ?? null]);

describe('quotes and speakers in other news texts', () => {
  it('i (inews.co.uk): "Ms Rudd said:", "She told the BBC’s Andrew Marr Show:", a quote closing at the end of its second paragraph', () => {
    const b = build('devset', '012-');
    expect(quotesOf(b)).toEqual([
      ['Amber Rudd', 'completely unacceptable', null],
      ['Amber Rudd', 'It is completely unacceptable, there sho', null],
      ['Amber Rudd', 'It used to be that people would steam-op', 'BBC’s Andrew Marr Show'],
    ]);
    expect(b.quotes[1]!.text).toMatch(/to hide\. We need to make sure .* with each other\.$/);
  });

  it('Reuters wire copy hard-wrapped at 65 characters: the quote after "Rudd told the BBC’s Andrew Marr show." goes on with her', () => {
    const b = build('devset', '013-');
    expect(quotesOf(b)).toEqual([
      ['Amber Rudd', 'completely unacceptable', "BBC's Andrew Marr show"],
      ['Amber Rudd', 'secret place for terrorists to communica', "BBC's Andrew Marr show"],
      ['Amber Rudd', 'That is my view - it is completely unacc', "BBC's Andrew Marr show"],
      ['Amber Rudd', 'We need to make sure that our intelligen', "BBC's Andrew Marr show"],
    ]);
    expect(b.people.find((p) => p.name === 'Amber Rudd')?.role).toBe('British interior minister');
  });

  it('USA Today: "Police in London on Monday said", a speaker in apposition, "he said" after a quote, an organisation as speaker', () => {
    const b = build('devset', '020-');
    expect(quotesOf(b)).toEqual([
      ['Police', 'a main line of enquiry', null],
      ['Neil Basu', 'please come forward now.', null],
      ['Neil Basu', 'may prove important to establishing his ', null],
      ['WhatsApp', 'horrified at the attack', null],
      ['Neil Basu', 'appears to be based on low sophisticatio', null],
    ]);
    expect(b.quotes[1]!.role).toBe('senior national coordinator for UK Counter Terrorism Policing');
    expect(b.facts.map((f) => [f.subject, f.quantities[0]!.value])).toEqual([
      ['attacker.whatsapp-timing', 600],
      ['arrests.total', 12],
      ['arrests.released-without-charge', 9],
      ['arrests.bailed', 1],
    ]);
  });

  it('Irish Independent: "she told \'The Independent\'", "Mr Rowley said"', () => {
    expect(quotesOf(build('devset', '009-'))).toEqual([
      ['Mark Rowley', 'encouraged, supported or directed', null],
      ['Nikita Malik', 'In a lot of other incidents people have ', 'The Independent'],
      ['Nikita Malik', 'It can act as a sort of a modern suicide', 'The Independent'],
      ['Mark Rowley', 'significant', null],
    ]);
  });

  it('Counter Terror Business: paragraph breaks lost inside a quote, "Rob Wainwright, Europol director, agreed:"', () => {
    const b = build('heldout', '121-');
    expect(quotesOf(b)).toEqual([
      ['Amber Rudd', 'It is completely unacceptable, there sho', null],
      ['Amber Rudd', 'I would ask Tim Cook to think again abou', null],
      ['Rob Wainwright', 'I would agree something has to be done t', null],
      ['WhatsApp', 'horrified at the attack', null],
    ]);
    expect(b.quotes[0]!.text).not.toMatch(/"/);
    expect(b.quotes[2]!.role).toBe('Europol director');
  });
});

describe('who "she" and "he" are', () => {
  it('CNBC: "she said" after a quote is the Home Secretary named in apposition before it, not the attacker named earlier', () => {
    expect(quotesOf(build('heldout', '144-'))).toEqual([['Amber Rudd', 'We need to make sure that organizations ', null]]);
  });

  it('Norman Gee Star: "she said" is "Ms Rudd", not the attacker named in possessive ("Khalid Masood’s rampage")', () => {
    expect(quotesOf(build('heldout', '127-'))).toEqual([['Ms Rudd', 'If I was talking to (Apple CEO) Tim Cook', null]]);
  });

  it('New York Post: "his deadly rampage" makes Masood "he", so "She appeared ..." is Amber Rudd; programme titles in quotation marks are venues, not quotes', () => {
    expect(quotesOf(build('devset', '023-'))).toEqual([
      ['Amber Rudd', 'It’s completely unacceptable', 'BBC’s Andrew Marr Show'],
      ['Amber Rudd', 'We need to make sure that or- ganization', 'BBC’s Andrew Marr Show'],
      ['Amber Rudd', 'They’re going to get a lot more than a t', 'Sky’s Sophy Ridge on Sunday'],
      ['Cassie Havard', 'He wasn’t a proper Muslim,', 'The Sun'],
      ['Cassie Havard', 'He [had sex with] prostitutes, smoked co', 'The Sun'],
    ]);
  });

  it('Metro: "He said:" after "Chief Coroner Mark Lucraft QC addressed the jury" is the coroner', () => {
    const b = build('devset', '007-');
    expect(quotesOf(b)).toEqual([
      ['Mark Lucraft', 'The only short form conclusion that you ', null],
      ['Mark Lucraft', 'honestly believed it was necessary', null],
    ]);
    expect(b.people.find((p) => p.name === 'Mark Lucraft')?.role).toBe('Chief Coroner');
  });

  it('Yahoo: "Prosecutor Alison Morgan QC said", "The Crown Prosecution Service said", "..., saying:"', () => {
    expect(quotesOf(build('devset', '029-'))).toEqual([
      ['Alison Morgan', 'cause maximum death and injury', null],
      ['Crown Prosecution Service', 'reasonable to assume he had a terrorist ', null],
      ['Justice McGowan', 'I need to consider two aspects – whether', null],
    ]);
  });
});

describe('facts in other news texts', () => {
  it('BBC on the 2018 inquest: five victims with their ages, the fifth toll as of then', () => {
    const b = build('heldout', '107-');
    expect(b.facts.filter((f) => f.subject.startsWith('victim.age:')).map((f) => f.statement)).toEqual([
      'Keith Palmer was 48', 'Kurt Cochran was 54', 'Leslie Rhodes was 75', 'Aysha Frade was 44', 'Andreea Cristea was 31',
    ]);
    expect(b.facts.filter((f) => f.subject === 'attack.killed').map((f) => f.quantities[0]!.value)).toEqual([4, 5]);
  });

  it('The Scotsman: "killing four and seriously injuring another 29 people" is four killed and 29 injured', () => {
    const b = build('heldout', '105-');
    expect(b.facts.map((f) => [f.subject, f.quantities[0]!.value])).toEqual([
      ['attack.injured', 29],
      ['attack.killed', 4],
      ['attack.duration', 82],
    ]);
  });

  it('the service a timing is about: "the messaging service owned by Facebook" is the WhatsApp the text named, "the Facebook-owned service" too', () => {
    for (const [split, prefix] of [['heldout', '142-'], ['heldout', '134-'], ['heldout', '143-']] as const) {
      expect(build(split, prefix).facts.filter((f) => f.subject.endsWith('-timing')).map((f) => f.subject)).toEqual(['attacker.whatsapp-timing']);
    }
  });

  it('no timing without a service ("Minutes earlier the attacker had mown down pedestrians"), no duration the attack did not last', () => {
    expect(build('heldout', '104-').facts.filter((f) => f.subject.endsWith('-timing'))).toEqual([]);
    expect(build('heldout', '108-').facts.filter((f) => f.subject === 'attack.duration')).toEqual([]); // "two hours", "22 minutes" of other things
  });
});
