import { describe, expect, it } from 'vitest';
import { quotationRuns, unquotedText } from '../../core/text/quotationRuns';

/** each sentence a paragraph of its own, as in the pages these come from */
const lines = (texts: string[]) => texts.map((text) => ({ text, opensLine: true }));

describe('quotationRuns', () => {
  it('follows a quotation over sentences and over paragraphs that open again with a mark', () => {
    // AOL/PA, 5 April 2017 (tests/fixtures/matching/dev/251-…)
    const runs = quotationRuns([
      { text: 'Companies like Google have made some progress in tackling terror and hate being spread in cyberspace but they must do more, the Prime Minister said.', opensLine: true },
      { text: 'Mrs May said: "The Government has already spent quite a lot of time talking with the companies about what they can do and what we think they should be doing.', opensLine: true },
      { text: 'They have made some progress.' },
      { text: '"We continue to talk to the companies.', opensLine: true },
      { text: 'We will continue to press them to make sure, because as we know, material on the internet can have an impact when it is seen by other people."' },
      { text: 'The meeting is on Thursday.', opensLine: true },
    ]);
    expect(runs.map((r) => r.run)).toEqual([undefined, 0, 0, 0, 0, undefined]);
    expect(runs[1]!.quoted).toEqual([[14, 157]]);
  });

  it('numbers separate quotations apart and blanks only the quoted words', () => {
    const sentences = ['"There should be no place for terrorists to hide," she said.', '“We need to make sure.”'];
    const runs = quotationRuns(lines(sentences));
    expect(runs.map((r) => r.run)).toEqual([0, 1]);
    expect(unquotedText(sentences[0]!, runs[0]!.quoted).trim()).toBe('she said.');
  });

  it('closes a quotation left open at the next paragraph of the reporter\'s words', () => {
    // The Week: 'She added: "There should be no place for terrorists to hide. / We need to make sure…' then the page's own boxes
    const runs = quotationRuns([
      { text: 'She added: "There should be no place for terrorists to hide.', opensLine: true },
      { text: 'We need to make sure that organisations like WhatsApp don\'t provide a secret place for terrorists.' },
      { text: 'Subscribe to The Week', opensLine: true },
      { text: 'Get the facts behind the news, plus analysis from multiple perspectives.', opensLine: true },
    ]);
    expect(runs.map((r) => r.run)).toEqual([0, 0, undefined, undefined]);
  });

  it('closes a quotation that never closes after a few sentences without a mark', () => {
    const runs = quotationRuns(['He said: "It never ends.', 'One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.'].map((text) => ({ text })));
    expect(runs.map((r) => r.run)).toEqual([0, 0, 0, 0, 0, undefined, undefined]);
  });
});
