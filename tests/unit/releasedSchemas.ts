/**
 * The schemas as they shipped, frozen: a database written with one of them is what a user who installed that
 * release has, and the current openDatabase() must open it without losing a row. storage/db.ts may only add
 * versions after these.
 */

/** The stores of the first released schema, exactly as shipped. */
export const RELEASED_V1_STORES = {
  sources: 'id, origin, url',
  passages: 'id, sourceId',
  facts: 'id, sourceId, passageId, subject',
  quotes: 'id, sourceId, speakerId',
  people: 'id',
  propositions: 'id',
  positions: 'id, propositionId, holderId, sourceId',
  discrepancies: 'id, subject',
  annotations: 'id, url, created, modified, *tags, topic',
  settings: 'key',
  dismissals: 'id, url',
};

/** The second: the first, plus where each annotation last anchored. Corpus, but no stored match index. */
export const RELEASED_V2_STORES = { ...RELEASED_V1_STORES, anchorStates: 'id, url, status' };

/**
 * The third: the second, plus the match index stored one row per term (a term's count and, up to 2,000 targets, its
 * delta-encoded list; a longer list in longPostings), the targets by number, and in settings the index's state
 * ('matchIndex') and every word's count ('matchIndexWords').
 */
export const RELEASED_V3_STORES = { ...RELEASED_V2_STORES, matchTargets: 'id, sourceId', postings: 'term', longPostings: 'term' };
