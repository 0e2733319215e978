import { describe, expect, it } from 'vitest';
import { pageDate } from '../../core/detect/pageDate';

describe('pageDate', () => {
  it('reads the date a news address carries when the page has no published date', () => {
    // tests/fixtures/matching/dev/214-huffingtonpost-victims-remembered-on-first-anniversary.txt
    const url = 'https://www.huffingtonpost.co.uk/2018/03/22/victims-of-westminster-terror-attack-remembered-on-first-anniversary_n_19402622.html';
    expect(pageDate(undefined, 'Victims of the Westminster terror attack have been remembered.', url)).toEqual({ date: '2018-03-22', where: 'meta' });
    expect(pageDate(undefined, '', 'http://www.itv.com/news/2017-04-01/westminster-attack-twelve-arrested-have-now-been-released-by-police/')?.date).toBe('2017-04-01');
    expect(pageDate(undefined, '', 'https://www.aljazeera.com/opinions/2017/4/3/dont-blame-whatsapp-for-the-westminster-attack')?.date).toBe('2017-04-03');
    // tests/fixtures/matching/dev/2062-theage-turnbull-moves-to-reassure-australians.txt: Fairfax writes the date in one run of digits
    expect(pageDate(undefined, '', 'http://www.theage.com.au/federal-politics/political-news/turnbull-moves-to-reassure-australians-after-london-terrorist-attack-20170323-gv4wif.html')?.date).toBe('2017-03-23');
    expect(pageDate(undefined, '', 'https://www.afr.com/politics/london-terror-an-attack-on-all-democracies-malcolm-turnbull-20170323-gv4crs')?.date).toBe('2017-03-23');
  });

  it('prefers the published date to the address, and reads no date from an article number', () => {
    expect(pageDate('2017-03-24T10:00:00Z', '', 'https://www.huffingtonpost.co.uk/2018/03/22/x.html')?.date).toBe('2017-03-24');
    expect(pageDate(undefined, '', 'http://www.cityam.com/261700/amber-rudd-just-called-whatsapps-end-end-encryption')).toBeUndefined();
    expect(pageDate(undefined, '', 'https://example.com/2017/13/40/not-a-date')).toBeUndefined();
    expect(pageDate(undefined, '', 'https://example.com/story-20171340.html')).toBeUndefined();
    expect(pageDate(undefined, '', 'https://example.com/news/201703231234/story')).toBeUndefined();
  });

  it('reads a day-first dateline at the top of the text', () => {
    expect(pageDate(undefined, '22/03/2018 16:04 GMT\nVictims Of Westminster Terror Attack Remembered')?.date).toBe('2018-03-22');
    expect(pageDate(undefined, 'He scored 3/4 of the goals in 2017/18.')).toBeUndefined();
  });
});
