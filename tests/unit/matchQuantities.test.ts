/** Numbers in page sentences, read the way corpus facts store them, and compared like with like. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/corpus/model';
import { agesInSentence } from '../../core/match/agesInSentence';
import { compareFact } from '../../core/match/compareFact';
import { comparableUnit, extractQuantities, parseNumber } from '../../core/text/quantities';
import { arrestOutcomes, deathToll } from '../../core/match/statedCounts';
import { isEventDuration } from '../../core/match/eventDuration';

const kinds = (s: string) => extractQuantities(s).map((q) => `${q.kind}:${q.value}:${comparableUnit(q, s)}`);

describe('extractQuantities', () => {
  it('reads durations, counts, ages and timing from real sentences', () => {
    expect(kinds('It took just 82 seconds for Masood to kill four people, including a police officer, in Westminster.')).toEqual(['duration:82:duration', 'count:4:count:killed']);
    expect(kinds('Twelve people have been arrested in connection with the Westminster attack.')).toEqual(['count:12:count:arrested']);
    expect(kinds('Mr Mackey revealed police had up to 3,500 witnesses to the attack')).toEqual(['count:3500:count:witnesses']);
    expect(kinds('The inquest heard how Masood mowed down pedestrians on Westminster Bridge, killing four and seriously injuring 29')).toEqual(['count:4:count:killed', 'count:29:count:injured']);
    expect(kinds('An inquest for the victims - Kurt Cochran, 54; PC Keith Palmer, 48')).toEqual(['age:54:age', 'age:48:age']);
    expect(kinds('The London attacker used WhatsApp just two minutes before he ploughed his car into pedestrians')).toEqual(['timing:120:timing']);
    expect(kinds('the messaging app terrorist Khalid Masood used the seconds before he launched his deadly rampage')).toEqual(['timing:60:timing']);
    expect(kinds('Masood used WhatsApp, which is owned by Facebook, just minutes before the attack')).toEqual(['timing:600:timing']);
    // The National: "…more than 3,000 people questioned", "…and interviewed nearly 3,500 people about Masood’s life…": witnesses
    expect(kinds('still unclear after thousands of pieces of evidence collected and more than 3,000 people questioned.')).toEqual(['count:3000:count:witnesses']);
    expect(kinds('and interviewed nearly 3,500 people about Masood’s life and final hours')).toEqual(['count:3500:count:witnesses']);
    // Hamza La (blog): "…all within the couple of minutes between message and attack?"
    expect(kinds('then to brief and dispatch officers to its exact location, all within the couple of minutes between message and attack?')).toEqual(['timing:120:timing']);
  });

  it('reads no total in a count of "other" or "more" people: some besides those counted already', () => {
    // The Guardian, 30 March 2017, on the inquest's opening (theguardian.com/uk-news/2017/mar/30/westminster-terrorrist-attack-khalid-masood-died-of-gunshot-wound-to-chest-inquest-hears)
    expect(kinds('Ten other people were arrested and released without further action, including Masood’s partner, Rohey Hydara.')).toEqual([]);
  });

  it('reads no fate of those arrested into an age ("who\u2019s 58", "a 32 year old woman"), and a death "to die" as a toll', () => {
    // normangeestar.net, 27 March 2017
    const fates = arrestOutcomes('Another man, who\u2019s 58, remains in custody \u2013 nine people have been released without charge, while a 32 year old woman arrested in Manchester remains on bail.');
    expect(fates.map((q) => `${q.value} ${q.unit}`)).toEqual(['9 released without charge']);
    // Breitbart, 24 March 2017: two more, not two in all
    expect(kinds('The acting deputy commissioner also disclosed that two more people were arrested overnight in the West Midlands and the north-west of England, in connection with Wednesday\u2019s attack.')).toEqual([]);
    // The Guardian, 24 March 2017
    expect(deathToll('The fourth person to die in the terror attack on Westminster Bridge has been named as Leslie Rhodes, 75, from Clapham in south London.').toll?.value).toBe(4);
  });

  it('reads the fate of a count after the clause that says who they are ("who had been arrested")', () => {
    // DW via kzinfonews, 25 March 2017 (tests/fixtures/matching/dev/1306-kzinfonews-dw-police-believe-uk-attacker-acted-alone.txt)
    const fates = arrestOutcomes('Nine others who had been arrested in connection with the investigation have been released.');
    expect(fates.map((q) => `${q.value} ${q.unit}`)).toEqual(['9 released without charge']);
    // the arrest is who they are, not their fate, and a count of another man's arrest is still nobody's fate
    expect(arrestOutcomes('Two men who were held in custody overnight remain on bail.').map((q) => `${q.value} ${q.unit}`)).toEqual(['2 bailed']);
    expect(arrestOutcomes('12 people, including a 30-year-old man who was detained in Birmingham, were questioned.')).toEqual([]);
  });

  it('counts "him or 11 others arrested" as twelve, and "Eleven others were arrested" as no total', () => {
    // Arab Times, 26 March 2017 (tests/fixtures/matching/dev/2456-arabtimes-police-free-final-man-questioned-masood-probably-lone-wolf.txt)
    expect(kinds('No further action is planned against him or 11 others arrested in the probe.')).toEqual(['count:12:count:arrested']);
    expect(kinds('Eleven others were arrested in Birmingham.')).toEqual([]);
  });

  it('leaves alone numbers it cannot place', () => {
    expect(extractQuantities('The 1971 Immigration Act gave Commonwealth citizens leave to remain.')).toEqual([]);
    expect(extractQuantities('Nintendo sold 1.5 million Switch units worldwide during its first week.')).toEqual([]);
  });

  it('reads a toll however it is put, and an age or an arrest as tabloids write them', () => {
    const toll = (s: string) => deathToll(s).toll?.value;
    expect(toll('The death toll from the Westminster attack rose to five when Andreea Cristea died.')).toBe(5);
    expect(toll("The attack's death toll now stands at four.")).toBe(4);
    expect(toll('a rampage which claimed 50 lives')).toBe(50);
    expect(toll('The toll road reopened to 40 vehicles.')).toBeUndefined();
    expect(kinds('Khalid Masood (52) was born in Kent.')).toEqual(['age:52:age']);
    expect(arrestOutcomes('Detectives made their 11th arrest on Sunday.')).toMatchObject([{ value: 11, unit: 'arrested' }]);
    expect(toll('A fourth person died in hospital after the attack.')).toBe(4);
    expect(toll('The number of dead in the attack rose to four.')).toBe(4);
    expect(kinds('Khalid Masood, who was 52, was shot dead.')).toEqual(['age:52:age']);
    expect(kinds('The attacker, 52, was born in Kent.')).toEqual(['age:52:age']);
    expect(kinds('Masood was 52 years old.')).toEqual(['age:52:age']);
    // Daily Mail via PressReader, a print page whose hyphen broke at the line: "…could reveal the 52-yearold’s contacts."
    expect(kinds('because they could reveal the 52-yearold’s contacts.')).toEqual(['age:52:age']);
    // "detained" is arrested; only "still detained" is in custody
    expect(arrestOutcomes('Twelve people have been detained since the attack.')).toEqual([]);
    expect(arrestOutcomes('Two men remain detained after arrests in Birmingham.')).toMatchObject([{ value: 2, unit: 'in custody' }]);
  });

  it('parses number words and digits alike', () => {
    expect(parseNumber('twenty-two')).toBe(22);
    expect(parseNumber('3,500')).toBe(3500);
    expect(parseNumber('a couple of')).toBe(2);
  });

  it('reads the number a sentence states, whatever surrounds it', () => {
    const numbers: Array<[string, number]> = [['four', 4], ['twelve', 12], ['82', 82], ['3,500', 3500], ['twenty-two', 22], ['a dozen', 12], ['1,024', 1024]];
    const phrases: Array<[string, string]> = [['{n} people were killed', 'count:killed'], ['{n} people have been arrested', 'count:arrested'], ['{n} witnesses', 'count:witnesses'], ['it lasted {n} seconds', 'duration']];
    const filler = fc.string({ maxLength: 80 }).map((s) => s.replace(/[\d]/g, ''));
    fc.assert(
      fc.property(filler, fc.constantFrom(...numbers), fc.constantFrom(...phrases), filler, (before, [words, value], [phrase, unit], after) => {
        const sentence = `${before} ${phrase.replace('{n}', words)}. ${after}`;
        const read = extractQuantities(sentence);
        for (const q of read) expect(Number.isFinite(q.value)).toBe(true);
        const stated = read.find((q) => comparableUnit(q, sentence) === unit);
        expect(stated?.value).toBe(value);
      }),
    );
  });
});

describe('compareFact', () => {
  const fact = (quantities: Fact['quantities'], subject: string, entities: string[] = []): Fact => ({
    id: 'f', sourceId: 's', passageId: 'p', subject, statement: subject, quantities, entities, asOf: '2017-03-26',
  });
  const killedFour = fact([{ kind: 'count', value: 4, unit: 'people', text: 'four people' }], 'attack.killed');

  it('agrees on the same value, differs on another, and carries both dates', () => {
    const s1 = 'Masood killed four people on Westminster Bridge.';
    const s2 = 'Masood killed five people on Westminster Bridge.';
    expect(compareFact(killedFour, s1, extractQuantities(s1))?.verdict).toBe('agrees');
    expect(compareFact(killedFour, s2, extractQuantities(s2), '2018-10-04')).toEqual({
      verdict: 'differs',
      differences: [{ subject: 'attack.killed', page: 'five people', corpus: 'four people', corpusAsOf: '2017-03-26', pageAsOf: '2018-10-04' }],
    });
  });

  it('does not compare counts of different things', () => {
    const s = 'Police have arrested 12 people in the investigation.';
    expect(compareFact(killedFour, s, extractQuantities(s))).toBeUndefined();
  });

  it('compares an age only with the same person', () => {
    const cochran = fact([{ kind: 'age', value: 54, unit: 'years', text: 'Kurt Cochran, 54' }], 'victim.age:kurt-cochran', ['Kurt Cochran']);
    const other = 'Leslie Rhodes, 75, died in hospital.';
    const same = 'Kurt Cochran, 54, from Utah, was on holiday.';
    const ages = (s: string) => agesInSentence(s, new Map([['kurt-cochran', { id: 'kurt-cochran', name: 'Kurt Cochran', aliases: [] }], ['leslie-rhodes', { id: 'leslie-rhodes', name: 'Leslie Rhodes', aliases: [] }]]));
    expect(compareFact(cochran, other, extractQuantities(other), undefined, ages(other))).toBeUndefined();
    expect(compareFact(cochran, same, extractQuantities(same), undefined, ages(same))?.verdict).toBe('agrees');
  });

  it('reads a duration as the event\'s length unless it is plainly something else\'s', () => {
    expect(isEventDuration('The entire attack on Westminster Bridge and in the grounds of Parliament was over within 82 seconds.', '82 seconds')).toBe(true);
    expect(isEventDuration('The lives of many were torn apart by 82 seconds of high and terrible drama.', '82 seconds')).toBe(true);
    expect(isEventDuration('It took paramedics 20 minutes to reach PC Palmer after the attack.', '20 minutes')).toBe(false);
    expect(isEventDuration('Within 10 minutes of the attack, Parliament was locked down.', '10 minutes')).toBe(false);
    expect(isEventDuration('The attack on Parliament was over within minutes, but the lockdown lasted five hours.', 'five hours')).toBe(false);
  });

  it('gives an age to whom the sentence is about, not to a name it passes on the way', () => {
    const people = new Map([
      ['khalid-masood', { id: 'khalid-masood', name: 'Khalid Masood', aliases: [] }],
      ['keith-palmer', { id: 'keith-palmer', name: 'Keith Palmer', aliases: ['PC Palmer'] }],
    ]);
    const owners = (s: string) => agesInSentence(s, people).map((a) => `${a.value}:${a.personId ?? 'nobody'}`);
    // the one who shot him, not Masood
    expect(owners('The bodyguard who shot Masood, 41, was cleared.')).toEqual(['41:nobody']);
    expect(owners('The officer who shot Masood, a 38-year-old close protection officer, told the inquest he feared for his life.')).toEqual(['38:nobody']);
    // the man named after the age, not the officer before it
    expect(owners('A man who helped PC Palmer, 30-year-old Tobias Ellwood, gave CPR.')).toEqual(['30:nobody']);
    // still his own
    expect(owners('Khalid Masood, 52, was shot dead.')).toEqual(['52:khalid-masood']);
    expect(owners('He stabbed PC Palmer, a 48-year-old father of two.')).toEqual(['48:keith-palmer']);
  });
});
