/** A term is a word start ("encrypt" finds "encrypted") or a phrase, looked for in a lower-cased text. */
export function hasTerm(lower: string, term: string): boolean {
  const t = term.toLowerCase();
  let at = lower.indexOf(t);
  while (at !== -1) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1]!)) return true;
    at = lower.indexOf(t, at + 1);
  }
  return false;
}

/** Whether the text holds a term of every group. */
export function hasEveryGroup(lower: string, groups: readonly (readonly string[])[]): boolean {
  return groups.every((group) => group.some((term) => hasTerm(lower, term)));
}
