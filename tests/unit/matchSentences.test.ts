/**
 * Matching on real pages against the corpus: facts whose numbers agree or differ (with both dates), quotes
 * verbatim or paraphrased with their speaker, positions, and nothing where nothing matches.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceMatch } from '../../core/analysis';
import { analyzePage } from '../../core/analyzePage';
import { findCandidates } from '../../core/match/findCandidates';
import { buildMatchIndex, type MatchIndex } from '../../core/match/matchIndex';
import { matchSentences } from '../../core/match/matchSentences';
import { contentWords } from '../../core/text/terms';
import { splitSentences } from '../../core/text/segment';
import { fixtureText } from './analyzeFixtures';
import { positionOf, quoteBy } from './seedItems';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';

let index: MatchIndex;
let ruddMarr: string;
beforeAll(() => {
  index = buildMatchIndex(loadSeedCorpusFromDisk());
  ruddMarr = quoteBy(index.corpus, 'Amber Rudd', 'It is completely unacceptable').id;
});
const accessPosition = (holder: string) => positionOf(index.corpus, holder, 'state-access-to-encrypted-messages').id;

const subjectOf = (m: SentenceMatch) => index.facts.get(m.itemId)?.subject;
const matchesOf = (split: 'devset' | 'heldout', prefix: string) => analyzePage(fixtureText(split, prefix), index).matches;

describe('facts on real pages', () => {
  it('agrees with a page sentence on the 82 seconds', () => {
    const matches = matchesOf('heldout', '105-'); // The Scotsman: "shot dead by bodyguards 82 seconds after the rampage began"
    const duration = matches.find((m) => subjectOf(m) === 'attack.duration');
    expect(duration?.verdict).toBe('agrees');
    expect(duration?.sentence).toMatch(/82 seconds/);
  });

  it('matches "used WhatsApp minutes before" to the timing fact, agreeing with the source that says minutes', () => {
    const matches = matchesOf('devset', '009-'); // Irish Independent: "used WhatsApp just two minutes before"
    const timing = matches.find((m) => subjectOf(m) === 'attacker.whatsapp-timing' && /two minutes before/.test(m.sentence));
    expect(timing?.verdict).toBe('agrees');
    expect(index.facts.get(timing!.itemId)!.quantities[0]!.text).toBe('a couple of minutes before');
  });

  it('agrees with the seconds-before source when a page says "seconds earlier"', () => {
    const matches = matchesOf('devset', '012-'); // i: "reportedly used WhatsApp seconds earlier"
    const timing = matches.find((m) => subjectOf(m) === 'attacker.whatsapp-timing');
    expect(timing?.verdict).toBe('agrees');
    expect(index.facts.get(timing!.itemId)!.quantities[0]!.text).toBe('the seconds before');
  });

  it('shows a later development as a difference with both dates', () => {
    const page = { ...fixtureText('devset', '006-'), published: '2018-10-04' }; // The Guardian, inquest: "killed five people"
    const killed = analyzePage(page, index).matches.find((m) => subjectOf(m) === 'attack.killed');
    expect(killed?.verdict).toBe('differs');
    expect(killed?.differences?.[0]).toMatchObject({ subject: 'attack.killed', page: 'five people', corpus: 'four people', corpusAsOf: '2017-03-26', pageAsOf: '2018-10-04' });
  });

  it('compares a victim’s age only with that victim', () => {
    const matches = matchesOf('heldout', '107-'); // BBC: "PC Palmer, 48, American tourist Kurt Cochran, 54, ..."
    const ages = matches.filter((m) => subjectOf(m)?.startsWith('victim.age:'));
    expect(ages.length).toBeGreaterThanOrEqual(3);
    expect(ages.every((m) => m.verdict === 'agrees')).toBe(true);
  });

  it('finds the attacker’s age in a sentence that shares little else with the corpus', () => {
    const matches = matchesOf('devset', '001-'); // The Scotsman: "Khalid Masood, 52, mowed down pedestrians on Westminster Bridge..."
    const age = matches.find((m) => subjectOf(m) === 'attacker.age');
    expect(age).toMatchObject({ verdict: 'agrees', sentence: expect.stringMatching(/^Khalid Masood, 52, mowed down/) });
  });

  it('does not read one person’s age as another’s', () => {
    const matches = matchesOf('heldout', '103-'); // Topix: "Aysha Frade, 44, ... USA tourist Kurt Cochran, 54, ..."
    const ages = matches.filter((m) => subjectOf(m)?.startsWith('victim.age:') || subjectOf(m) === 'attacker.age');
    expect(ages.map(subjectOf).sort()).toEqual(expect.arrayContaining(['victim.age:aysha-frade', 'victim.age:kurt-cochran']));
    expect(ages.map(subjectOf)).not.toContain('attacker.age');
    expect(ages.every((m) => m.verdict === 'agrees')).toBe(true);
  });
});

describe('quotes and positions on real pages', () => {
  it('finds Rudd’s Marr quote verbatim with Amber Rudd as the speaker', () => {
    const matches = matchesOf('devset', '013-'); // Reuters
    const quote = matches.find((m) => m.kind === 'quote' && /no place for terrorists to hide/.test(m.sentence));
    expect(quote).toMatchObject({ itemId: ruddMarr, verdict: 'verbatim', speaker: 'Amber Rudd' });
  });

  it('reads the American spelling of the same words as verbatim', () => {
    const matches = matchesOf('devset', '021-'); // FOX61 (AP): "organizations like WhatsApp — and there are plenty ..."
    expect(matches.find((m) => m.kind === 'quote' && /organizations like WhatsApp/.test(m.sentence))).toMatchObject({ verdict: 'verbatim', speaker: 'Amber Rudd' });
  });

  it('calls her own words cut short in quotation marks verbatim, though the sentence around them is reported speech', () => {
    const matches = matchesOf('heldout', '130-'); // TechSpot: Back in March, Rudd called WhatsApp “a secret place for terrorists.”
    const quote = matches.find((m) => m.kind === 'quote' && /Back in March/.test(m.sentence));
    expect(quote).toMatchObject({ itemId: ruddMarr, verdict: 'verbatim', speaker: 'Amber Rudd' });
  });

  it('calls reported speech a paraphrase, with the speaker', () => {
    const matches = matchesOf('heldout', '121-'); // Counter Terror Business: "…Amber Rudd has said that encrypted messaging services such as WhatsApp should not offer terrorists a place to hide."
    const quote = matches.find((m) => m.kind === 'quote' && /should not offer terrorists a place to hide/.test(m.sentence));
    expect(quote).toMatchObject({ itemId: ruddMarr, verdict: 'paraphrase', speaker: 'Amber Rudd' });
  });

  it('needs the words attributed to the speaker before calling them a paraphrase', () => {
    const attributed = 'Ms Rudd said there should be no hiding place for terrorists and that apps like WhatsApp must not give terrorists a secret place to talk to each other.';
    const unattributed = 'There should be no hiding place for terrorists, and apps like WhatsApp must not give terrorists a secret place to talk to each other.';
    const quoteOf = (s: string) => matchSentences(index, splitSentences(s)).matches.find((m) => m.kind === 'quote');
    expect(quoteOf(attributed)).toMatchObject({ itemId: ruddMarr, verdict: 'paraphrase', speaker: 'Amber Rudd' });
    expect(quoteOf(unattributed)?.verdict).not.toBe('paraphrase');
  });

  it('joins hard-wrapped wire copy before reading its sentences', () => {
    const matches = matchesOf('devset', '013-'); // Reuters, wrapped at ~65 characters
    const quote = matches.find((m) => m.kind === 'quote' && /organisations like Whatsapp/.test(m.sentence));
    expect(quote?.verdict).toBe('verbatim');
    expect(quote?.sentence).toMatch(/^We need to make sure organisations like Whatsapp, and there are plenty of others like that/);
  });

  it('links a matched quote to the position it shows', () => {
    const matches = matchesOf('heldout', '121-'); // Counter Terror Business
    const position = matches.find((m) => m.kind === 'position');
    expect(position).toMatchObject({ itemId: accessPosition('Amber Rudd'), verdict: 'for', speaker: 'Amber Rudd' });
  });

  it('matches a critic’s words to the position against', () => {
    const sentence = 'Lord Paddick warned that by implementing draconian laws that limit our civil liberties, we would be playing into the terrorists’ hands.';
    const { matches } = matchSentences(index, splitSentences(sentence));
    expect(matches.find((m) => m.kind === 'position')).toMatchObject({ itemId: accessPosition('Lord Paddick'), verdict: 'against', speaker: 'Lord Paddick' });
  });
});

describe('nothing where nothing matches', () => {
  it('leaves an off-topic page without matches', () => {
    expect(matchesOf('devset', '025-')).toEqual([]); // London Bridge 2017
    expect(matchesOf('devset', '041-')).toEqual([]); // Nintendo Switch
  });

  it('does not read another attack’s toll as a correction', () => {
    const { matches } = matchSentences(index, splitSentences('The van attack on London Bridge killed eight people and injured 48 in Borough Market.'));
    expect(matches.filter((m) => m.verdict === 'differs')).toEqual([]);
  });

  it('scores only a handful of candidates per sentence', () => {
    const words = contentWords('Masood used WhatsApp a couple of minutes before the attack on Westminster Bridge, police said.');
    const candidates = findCandidates(index, words);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.length).toBeLessThanOrEqual(8);
  });
});
