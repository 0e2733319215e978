/**
 * The corpus built from the two seed documents, checked against what they say: every quote with its speaker
 * and venue (multi-paragraph quotes whole), the people behind "Ms Rudd" and "The Liberal Democrat home affairs
 * spokesman", the facts with their numbers, the WhatsApp-timing discrepancy, and the positions for and against.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, Fact } from '../../core/corpus/model';
import { buildSeedCorpus } from '../../core/corpus/seedCorpus';
import { loadSeedCorpusFromDisk, readSeedFiles } from '../../scripts/seedCorpus';

let corpus: Corpus;
let telegraph: string; // seed 000: Rudd's Sunday interviews
let sky: string; // seed 002: Mackey at the London Assembly
beforeAll(() => {
  corpus = loadSeedCorpusFromDisk();
  telegraph = corpus.sources.find((s) => s.text.startsWith('The Home Secretary Amber Rudd'))!.id;
  sky = corpus.sources.find((s) => s.text.startsWith('Westminster terror attack'))!.id;
});

const MARR = "BBC One's Andrew Marr Show";
const RIDGE = "Sky News's Sophy Ridge on Sunday";
const COMMITTEE = "London Assembly's Police and Crime Committee";

describe('quotes', () => {
  it('finds every quote in both documents, with its speaker and venue', () => {
    const seen = corpus.quotes.map((q) => [q.sourceId === telegraph ? '000' : '002', q.text.slice(0, 40), q.speaker, q.venue ?? null]);
    expect(seen).toEqual([
      ['000', 'no place for terrorists to hide', 'Amber Rudd', MARR],
      ['000', 'calling time on terrorists using social ', 'Amber Rudd', null],
      ['000', 'can and must', 'Theresa May', null],
      ['000', 'It is completely unacceptable, there sho', 'Amber Rudd', MARR],
      ['000', 'End-to-end encryption has a place, cyber', 'Amber Rudd', RIDGE],
      ['000', 'There is no doubt that encryption, encry', 'Rob Wainwright', 'BBC Sunday Politics'],
      ['000', 'lots and lots', 'Yvette Cooper', null],
      ['000', 'went around these issues again and again', 'Yvette Cooper', null],
      ['000', 'have to act', 'Yvette Cooper', null],
      ['000', 'draconian', 'Lord Paddick', null],
      ['000', 'These terrorists want to destroy our fre', 'Lord Paddick', null],
      ['002', 'a wake-up call', 'Craig Mackey', COMMITTEE],
      ['002', 'This is a wake-up call for the industry ', 'Craig Mackey', COMMITTEE],
      ['002', 'truly enormous', 'Craig Mackey', COMMITTEE],
      ['002', "It's a challenge when you are dealing wi", 'Craig Mackey', COMMITTEE],
      ['002', 'As the officer in charge last Wednesday,', 'Craig Mackey', COMMITTEE],
      ['002', 'co-operating with law enforcement as the', 'WhatsApp', null],
      ['002', 'disgusting', 'Boris Johnson', null],
    ]);
  });

  it('keeps multi-paragraph quotes whole, across curly and straight marks', () => {
    const marr = corpus.quotes.find((q) => q.venue === MARR && q.text.startsWith('It is'))!;
    expect(marr.text).toBe(
      "It is completely unacceptable, there should be no place for terrorists to hide. We need to make sure that organisations like WhatsApp, and there are plenty of others like that, don't provide a secret place for terrorists to communicate with each other. It used to be that people would steam-open envelopes or just listen in on phones when they wanted to find out what people were doing, legally, through warrantry. But on this situation we need to make sure that our intelligence services have the ability to get into situations like encrypted WhatsApp.",
    );
    expect(marr.passageIds).toHaveLength(4);
    const wainwright = corpus.quotes.find((q) => q.speaker === 'Rob Wainwright')!; // opens straight, closes curly
    expect(wainwright.text).toMatch(/a real challenge for investigators\. And at the heart of this .* messaging board for example\.$/);
    const paddick = corpus.quotes.find((q) => q.speaker === 'Lord Paddick' && q.text.length > 20)!;
    expect(paddick.text).toMatch(/^These terrorists .* playing into their hands\. My understanding is .* who they are communicating with\.$/);
    const ridge = corpus.quotes.find((q) => q.venue === RIDGE)!;
    expect(ridge.text).toMatch(/^End-to-end encryption .* So I support end-to-end encryption, it has its place to play\. But we also need .* when a terrorist is involved\.$/);
  });

  it('quotes the words exactly as the source prints them', () => {
    for (const q of corpus.quotes) {
      const source = corpus.sources.find((s) => s.id === q.sourceId)!;
      const passages = corpus.passages.filter((p) => q.passageIds.includes(p.id));
      expect(passages.length).toBeGreaterThan(0);
      for (const sentence of q.text.split(/(?<=[.!?])\s+(?=[A-Z])/)) expect(source.text).toContain(sentence);
    }
  });

  it('gives each speaker the role the text gives them', () => {
    const role = (speaker: string) => corpus.quotes.find((q) => q.speaker === speaker)?.role;
    expect(role('Amber Rudd')).toBe('Home Secretary');
    expect(role('Lord Paddick')).toBe('Liberal Democrat home affairs spokesman');
    expect(role('Craig Mackey')).toBe('acting Metropolitan Police Commissioner');
    expect(role('Yvette Cooper')).toBe('Labour MP and chair of the Commons Home Affairs Committee');
    expect(role('Boris Johnson')).toBe('Foreign Secretary');
    expect(role('Rob Wainwright')).toMatch(/Europol.s director/);
    expect(role('Theresa May')).toBe('Prime Minister'); // the text says "Prime Minster"; the overlay corrects it
  });
});

describe('people', () => {
  it('resolves the forms the text uses to the person', () => {
    const person = (name: string) => corpus.people.find((p) => p.name === name)!;
    expect(person('Amber Rudd').aliases).toEqual(expect.arrayContaining(['Ms Rudd', 'the Home Secretary']));
    expect(person('Lord Paddick').aliases).toContain('the Liberal Democrat home affairs spokesman');
    expect(person('Craig Mackey').aliases).toEqual(expect.arrayContaining(['Mr Mackey', "Britain's top cop"]));
    expect(person('Keith Palmer').aliases).toContain('PC Keith Palmer');
    expect(person('Khalid Masood').sourceIds).toEqual([telegraph, sky]);
  });

  it('does not take programme names or places for people', () => {
    const names = corpus.people.map((p) => p.name);
    for (const notAPerson of ['Andrew Marr', 'Sophy Ridge', 'Westminster Bridge', 'Parliament Square', 'Sunday Politics']) expect(names).not.toContain(notAPerson);
  });
});

describe('facts', () => {
  const factsOn = (subject: string) => corpus.facts.filter((f) => f.subject === subject);
  const values = (facts: Fact[]) => facts.map((f) => [f.sourceId === telegraph ? '000' : '002', f.quantities[0]!.value, f.quantities[0]!.text]);

  it('the attack lasted 82 seconds, in both sources', () => {
    expect(values(factsOn('attack.duration'))).toEqual([['000', 82, '82 seconds'], ['002', 82, '82 seconds']]);
  });

  it('four people were killed: "four people" in one, three victims and PC Keith Palmer in the other', () => {
    expect(values(factsOn('attack.killed'))).toEqual([['000', 4, 'four people'], ['002', 4, 'three victims and fatally stabbed PC Keith Palmer']]);
  });

  it('the four victims with their ages, and the attacker’s', () => {
    const ages = corpus.facts.filter((f) => f.subject.startsWith('victim.age:')).map((f) => [f.entities[0], f.quantities[0]!.value]);
    expect(ages).toEqual([['Kurt Cochran', 54], ['Keith Palmer', 48], ['Leslie Rhodes', 75], ['Aysha Frade', 44]]);
    expect(factsOn('attacker.age').map((f) => [f.statement, f.quantities[0]!.text])).toEqual([['Khalid Masood was 52', 'Masood, 52']]);
  });

  it('twelve arrests and what became of them', () => {
    expect(values(factsOn('arrests.total'))).toEqual([['002', 12, 'Twelve people']]);
    const outcomes = corpus.facts.filter((f) => /^arrests\.(?!total)/.test(f.subject)).map((f) => [f.subject, f.quantities[0]!.value]);
    expect(outcomes).toEqual([['arrests.in-custody', 2], ['arrests.bailed', 1], ['arrests.released-without-charge', 9]]);
  });

  it('up to 3,500 witnesses', () => {
    expect(factsOn('attack.witnesses').map((f) => [f.statement, f.quantities[0]!.value])).toEqual([['Police had up to 3,500 witnesses to the attack', 3500]]);
  });

  it('each value holds as of its source’s date, inferred and marked so', () => {
    for (const f of corpus.facts) expect(f.asOf).toBe(corpus.sources.find((s) => s.id === f.sourceId)!.date);
    expect(corpus.sources.map((s) => [s.date, s.dateBasis !== undefined, s.url, s.publisher])).toEqual([
      ['2017-03-26', true, undefined, undefined],
      ['2017-03-29', true, undefined, undefined],
    ]);
    expect(corpus.sources[0]!.titleBasis).toMatch(/no headline/);
    expect(corpus.sources[1]!.title).toBe("Westminster terror attack a 'wake-up call' for encrypted messaging firms");
    expect(corpus.sources[1]!.titleBasis).toBeUndefined();
  });
});

describe('discrepancies', () => {
  it('the seeds disagree on when Masood used WhatsApp, and on nothing else', () => {
    expect(corpus.discrepancies).toHaveLength(1);
    const [d] = corpus.discrepancies;
    expect(d!.subject).toBe('attacker.whatsapp-timing');
    expect(d!.values).toEqual(['the seconds before', 'a couple of minutes before']);
    const [a, b] = d!.factIds.map((id) => corpus.facts.find((f) => f.id === id)!);
    expect([a!.sourceId, b!.sourceId]).toEqual([telegraph, sky]);
    expect([a!.asOf, b!.asOf]).toEqual(['2017-03-26', '2017-03-29']);
  });
});

describe('positions', () => {
  const held = (propositionId: string) =>
    corpus.positions.filter((p) => p.propositionId === propositionId).map((p) => [p.holder, p.stance, p.quoteIds.map((id) => corpus.quotes.find((q) => q.id === id)!.text.slice(0, 30))]);

  it('access to encrypted messages: Rudd, Wainwright, Cooper and Mackey for, Paddick against', () => {
    expect(held('state-access-to-encrypted-messages')).toEqual([
      ['Amber Rudd', 'for', ['no place for terrorists to hid', 'It is completely unacceptable,', 'End-to-end encryption has a pl']],
      ['Rob Wainwright', 'for', ['There is no doubt that encrypt']],
      ['Yvette Cooper', 'for', ['have to act', 'went around these issues again']],
      ['Lord Paddick', 'against', ['draconian', 'These terrorists want to destr']],
      ['Craig Mackey', 'for', ['This is a wake-up call for the', "It's a challenge when you are "]],
    ]);
  });

  it('removing extremist material: May’s "can and must", Rudd and Johnson for', () => {
    expect(held('tech-firms-remove-extremist-material')).toEqual([
      ['Amber Rudd', 'for', ['calling time on terrorists usi']],
      ['Theresa May', 'for', ['can and must']],
      ['Boris Johnson', 'for', ['disgusting']],
    ]);
  });

  it('WhatsApp says it is co-operating; Ms Rudd wants the firms to help when the police investigate', () => {
    expect(held('messaging-firms-cooperate-with-investigators')).toEqual([
      ['Amber Rudd', 'for', ['End-to-end encryption has a pl']],
      ['WhatsApp', 'for', ['co-operating with law enforcem']],
    ]);
  });
});

describe('the curated overlay', () => {
  const { files, overlay } = readSeedFiles();
  const broken = (edit: (o: Record<string, unknown>) => void) => {
    const copy = structuredClone(overlay) as Record<string, unknown>;
    edit(copy);
    return () => buildSeedCorpus(files, copy);
  };

  it('is validated: a wrong field fails with its path', () => {
    expect(broken((o) => ((o.positions as Array<Record<string, unknown>>)[5]!.stance = 'maybe'))).toThrow(/seeds\/overlay\.json: positions\[5\]\.stance: expected \("for" \| "against"\)/);
    expect(broken((o) => delete (o.propositions as Array<Record<string, unknown>>)[1]!.text)).toThrow(/propositions\[1\]\.text: missing/);
    expect(broken((o) => ((o.propositions as Array<Record<string, unknown>>)[0]!.text = 7))).toThrow(/propositions\[0\]\.text: expected string, got 7/);
    expect(broken((o) => ((o.people as Record<string, unknown>).extra = 1))).toThrow(/people\.extra: expected Object, got 1/);
    expect(broken((o) => ((o.sources as Record<string, { date: { value: string } }>)['002_118f3e2256f089cb.txt']!.date.value = '29 March'))).toThrow(/sources\.002_118f3e2256f089cb\.txt\.date\.value: expected a date as YYYY-MM-DD/);
  });

  it('fails when a position names words no quote of that person has', () => {
    expect(broken((o) => ((o.positions as Array<{ quotes: string[] }>)[5]!.quotes = ['we must ban encryption']))).toThrow(/positions\[5\]\.quotes\[0\]: no quote by Lord Paddick in "000_d1f0c12a1def70d6\.txt" contains "we must ban encryption"/);
    expect(broken((o) => ((o.positions as Array<{ holder: string }>)[0]!.holder = 'Amber Ruud'))).toThrow(/positions\[0\]\.holder: the corpus has no person "Amber Ruud"/);
  });
});
