/** The months' names, lower-cased, January first (a month's number is its index + 1). */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** the short forms newspapers write them in: "Mar 26", "Sept 3" */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;

/** Whether the word is a month's name, in any case: "May" of "Theresa May" */
export function isMonthName(word: string): boolean {
  return (MONTH_NAMES as readonly string[]).includes(word.toLowerCase());
}
