/**
 * The page's date as evidence, by the story's date windows: a page published before the event cannot report
 * it; one published in the weeks after speaks for both topics, a year on for the event alone (inquests,
 * anniversaries); years later is less likely to be about it. Not a hard window: a date only adds weight.
 */
import type { TopicEvidence } from '../analysis';
import type { Story } from '../story/model';
import { MONTH_NAMES } from '../text/months';

const MONTH = `(${MONTH_NAMES.join('|')})`;
/** "26 March 2017", "26th march, 2017" (lower-cased) */
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (20\d\d)\b`);
/** "march 26, 2017" (lower-cased) */
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH} (\d{1,2}),? (20\d\d)\b`);

/**
 * An ISO date from `published`, else from the address ("/2018/03/22/", "/news/2017-04-01/"), else from a dateline
 * near the top of the text ("26 March 2017", "March 26, 2017", "2017-03-26", "22/03/2018 16:04 GMT").
 */
export function pageDate(published: string | undefined, text: string, url?: string): { date: string; where: 'meta' | 'text' } | undefined {
  const fromMeta = (published && isoDate(published)) || (url && addressDate(url));
  if (fromMeta) return { date: fromMeta, where: 'meta' };
  const fromText = isoDate(text.slice(0, 400)) ?? numericDateline(text.slice(0, 400));
  return fromText ? { date: fromText, where: 'text' } : undefined;
}

/** a date in the path of a news address: "/2018/03/22/", "/2017/3/27/", "/news/2017-04-01/", "…-attack-20170323-gv4wif.html" */
function addressDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /\/(20\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/.exec(path) ?? /[/-](20\d\d)(\d\d)(\d\d)(?=[/-]|\.html?$|$)/.exec(path);
  if (!m) return undefined;
  const [month, day] = [Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${m[1]}-${pad(month)}-${pad(day)}` : undefined;
}

/** "22/03/2018 16:04 GMT", "22.03.2017": day first, as British and European pages write it, at the start of a line */
function numericDateline(text: string): string | undefined {
  const m = /(?:^|\n)\s*(\d{1,2})[/.](\d{1,2})[/.](20\d\d)\b/.exec(text);
  if (!m) return undefined;
  const [day, month] = [Number(m[1]), Number(m[2])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${m[3]}-${pad(month)}-${pad(day)}` : undefined;
}

function isoDate(text: string): string | undefined {
  const iso = /\b(20\d\d)-(\d\d)-(\d\d)/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const lower = text.toLowerCase();
  const dmy = DAY_MONTH_YEAR.exec(lower);
  if (dmy) return `${dmy[3]}-${pad(monthNumber(dmy[2]!))}-${pad(Number(dmy[1]))}`;
  const mdy = MONTH_DAY_YEAR.exec(lower);
  if (mdy) return `${mdy[3]}-${pad(monthNumber(mdy[1]!))}-${pad(Number(mdy[2]))}`;
  return undefined;
}

function monthNumber(name: string): number {
  return (MONTH_NAMES as readonly string[]).indexOf(name) + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function dateEvidence(found: { date: string; where: 'meta' | 'text' } | undefined, story: Story): TopicEvidence[] {
  if (!found) return [];
  const { date, where } = found;
  const label = `dated ${date}`;
  const { event, before, windows, after } = story.dates;
  if (date < event) return [{ label: `${label}, ${before.label}`, weight: before.weight, where, side: 'negative' }];
  const window = windows.find((w) => date <= w.until);
  if (!window) return [{ label: `${label}, ${after.label}`, weight: after.weight, where, side: 'negative' }];
  // the window's words go with the first topic it speaks for
  return Object.entries(window.weights).map(([topic, weight], i) => ({ label: i === 0 ? `${label}, ${window.label}` : label, weight, where, side: topic }));
}
