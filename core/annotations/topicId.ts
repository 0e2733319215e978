/**
 * A topic as an annotation keeps it: the id of one of a story's topics ("attack", "gunlaw"), "both" or "none".
 * Any story's ids are kept as they are, so an export from one story imports into another without loss.
 */
import * as v from 'valibot';

export const topicIdSchema = v.pipe(
  v.string('a topic must be text'),
  v.regex(/^[a-z0-9-]{1,40}$/, 'a topic must be a short id of lower-case letters, digits and dashes, such as "attack"'),
);
