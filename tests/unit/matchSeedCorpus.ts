/**
 * A hand-made Corpus over the two seed documents, for the matcher's tests while the corpus builder is not
 * there: passages are the seeds' paragraphs; facts, quotes, people and positions are written out by hand in
 * the shapes core/corpus/model.ts describes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Corpus, Fact, Passage, Position, Quote, Quantity, Source } from '../../core/corpus/model';

const seedDir = fileURLToPath(new URL('../../seeds/', import.meta.url));

function paragraphs(source: Source): Passage[] {
  const out: Passage[] = [];
  let at = 0;
  source.text.split(/\n\s*\n/).forEach((para, paragraph) => {
    const start = source.text.indexOf(para, at);
    at = start + para.length;
    if (para.trim()) out.push({ id: `${source.id}-p${paragraph}`, sourceId: source.id, paragraph, start, end: at, text: para.trim() });
  });
  return out;
}

export function handMadeSeedCorpus(): Corpus {
  const telegraph: Source = {
    id: 's000', title: "Amber Rudd: 'no place for terrorists to hide'", publisher: 'The Telegraph', date: '2017-03-26',
    text: readFileSync(`${seedDir}000_d1f0c12a1def70d6.txt`, 'utf8'), origin: 'seed', addedAt: 0,
  };
  const sky: Source = {
    id: 's002', title: "Westminster terror attack a 'wake-up call' for encrypted messaging firms", publisher: 'Sky News', date: '2017-03-29',
    text: readFileSync(`${seedDir}002_118f3e2256f089cb.txt`, 'utf8'), origin: 'seed', addedAt: 0,
  };
  const passages = [...paragraphs(telegraph), ...paragraphs(sky)];
  const passageWith = (sourceId: string, words: string) => {
    const p = passages.find((x) => x.sourceId === sourceId && x.text.includes(words));
    if (!p) throw new Error(`no passage with ${words}`);
    return p;
  };
  const q = (kind: Quantity['kind'], value: number, unit: string, text: string): Quantity => ({ kind, value, unit, text });
  let n = 0;
  const fact = (source: Source, words: string, subject: string, statement: string, quantities: Quantity[], entities: string[]): Fact => ({
    id: `f${n++}`, sourceId: source.id, passageId: passageWith(source.id, words).id, subject, statement, quantities, entities, asOf: source.date,
  });
  const facts: Fact[] = [
    fact(telegraph, '82 seconds', 'attack.duration', 'The attack lasted 82 seconds', [q('duration', 82, 'seconds', '82 seconds')], ['Khalid Masood']),
    fact(telegraph, '82 seconds', 'attack.killed', 'Masood killed four people', [q('count', 4, 'people', 'four people')], ['Khalid Masood']),
    fact(telegraph, 'the seconds before', 'attacker.whatsapp-timing', 'Masood used WhatsApp the seconds before the attack', [q('timing', 60, 'seconds', 'the seconds before')], ['Khalid Masood', 'WhatsApp']),
    fact(sky, 'a couple of minutes before', 'attacker.whatsapp-timing', 'Masood used WhatsApp a couple of minutes before the attack', [q('timing', 120, 'minutes', 'a couple of minutes before')], ['Khalid Masood', 'WhatsApp']),
    fact(sky, 'a couple of minutes before', 'attacker.age', 'Masood was 52', [q('age', 52, 'years', 'Masood, 52')], ['Khalid Masood']),
    fact(sky, 'lasted 82 seconds', 'attack.duration', 'The attack lasted 82 seconds', [q('duration', 82, 'seconds', '82 seconds')], ['Westminster Bridge']),
    fact(sky, '3,500 witnesses', 'attack.witnesses', 'Police had up to 3,500 witnesses', [q('count', 3500, 'witnesses', '3,500 witnesses')], ['Metropolitan Police']),
    fact(sky, 'Twelve people have been arrested', 'arrests.total', 'Twelve people have been arrested', [q('count', 12, 'arrested', 'Twelve people')], ['Metropolitan Police']),
    fact(sky, 'Kurt Cochran, 54', 'victim.age:kurt-cochran', 'Kurt Cochran was 54', [q('age', 54, 'years', 'Kurt Cochran, 54')], ['Kurt Cochran']),
    fact(sky, 'Kurt Cochran, 54', 'victim.age:keith-palmer', 'PC Keith Palmer was 48', [q('age', 48, 'years', 'PC Keith Palmer, 48')], ['Keith Palmer']),
    fact(sky, 'Kurt Cochran, 54', 'victim.age:leslie-rhodes', 'Leslie Rhodes was 75', [q('age', 75, 'years', 'Leslie Rhodes, 75')], ['Leslie Rhodes']),
    fact(sky, 'Kurt Cochran, 54', 'victim.age:aysha-frade', 'Aysha Frade was 44', [q('age', 44, 'years', 'Aysha Frade, 44')], ['Aysha Frade']),
  ];
  const quote = (id: string, source: Source, text: string, speakerId: string, speaker: string, venue: string, role?: string): Quote => {
    const ps = passages.filter((p) => p.sourceId === source.id && text.split(/(?<=[.!?])\s+/).some((s) => p.text.includes(s.slice(0, 40))));
    if (ps.length === 0) throw new Error(`no passage for quote ${id}`);
    return { id, sourceId: source.id, passageIds: ps.map((p) => p.id), text, speakerId, speaker, venue, date: source.date, ...(role ? { role } : {}) };
  };
  const quotes: Quote[] = [
    quote('q-rudd-marr', telegraph,
      "It is completely unacceptable, there should be no place for terrorists to hide. We need to make sure that organisations like WhatsApp, and there are plenty of others like that, don't provide a secret place for terrorists to communicate with each other. It used to be that people would steam-open envelopes or just listen in on phones when they wanted to find out what people were doing, legally, through warrantry. But on this situation we need to make sure that our intelligence services have the ability to get into situations like encrypted WhatsApp.",
      'amber-rudd', 'Amber Rudd', "BBC One's Andrew Marr Show", 'Home Secretary'),
    quote('q-rudd-sky', telegraph,
      'End-to-end encryption has a place, cyber security is really important and getting it wrong costs the economy and costs people money. So I support end-to-end encryption, it has its place to play.',
      'amber-rudd', 'Amber Rudd', "Sky News's Sophy Ridge on Sunday", 'Home Secretary'),
    quote('q-paddick', telegraph,
      'These terrorists want to destroy our freedoms and undermine our democratic society. By implementing draconian laws that limit our civil liberties, we would be playing into their hands.',
      'brian-paddick', 'Lord Paddick', 'The Telegraph', 'Liberal Democrat home affairs spokesman'),
    quote('q-mackey', sky,
      'This is a wake-up call for the industry to understand what it means to put your own house in order.',
      'craig-mackey', 'Craig Mackey', 'London Assembly Police and Crime Committee', 'Acting Metropolitan Police Commissioner'),
  ];
  const positions: Position[] = [
    { id: 'pos-rudd', propositionId: 'state-access', holderId: 'amber-rudd', holder: 'Amber Rudd', stance: 'for', quoteIds: ['q-rudd-marr'], sourceId: 's000', summary: 'Intelligence services must be able to get into encrypted WhatsApp' },
    { id: 'pos-paddick', propositionId: 'state-access', holderId: 'brian-paddick', holder: 'Lord Paddick', stance: 'against', quoteIds: ['q-paddick'], sourceId: 's000', summary: 'Draconian laws would play into the terrorists\' hands' },
  ];
  return {
    sources: [telegraph, sky],
    passages,
    facts,
    quotes,
    people: [
      { id: 'amber-rudd', name: 'Amber Rudd', role: 'Home Secretary', aliases: ['Ms Rudd', 'the Home Secretary'] },
      { id: 'brian-paddick', name: 'Lord Paddick', role: 'Liberal Democrat home affairs spokesman', aliases: ['The Liberal Democrat home affairs spokesman'] },
      { id: 'craig-mackey', name: 'Craig Mackey', role: 'Acting Metropolitan Police Commissioner', aliases: ['Mr Mackey'] },
    ],
    propositions: [{ id: 'state-access', text: 'Messaging services should give the state access to encrypted messages' }],
    positions,
    discrepancies: [{ id: 'd-timing', subject: 'attacker.whatsapp-timing', factIds: ['f2', 'f3'], values: ['the seconds before', 'a couple of minutes before'] }],
  };
}
