/**
 * The story Crosscheck follows, as data (seeds/story.json): its two topics (the event and the policy row after
 * it) with the names every screen shows, the cues that find them in a page with their weights and flags, the
 * near misses that share their words, the pre-check the content script runs, and the date windows of the
 * coverage. Detection, the pre-check, the badge, the popup, the pick lists and the annotation model all read it,
 * so adding a cue, a near miss or a whole story touches data only.
 *
 * Validated with valibot, with field-path errors ("cues[3].pattern: not a regular expression"), and checked
 * across fields: every topic a cue or a date window names exists, every label an anchor rule names is a cue.
 */
import * as v from 'valibot';
import { describeIssues } from '../validation/describeIssues';
import { compileStory } from './compileStory';
import type { Story } from './model';

const text = v.pipe(v.string(), v.minLength(1, 'expected a non-empty string'));
const id = v.pipe(text, v.regex(/^[a-z0-9-]+$/, 'expected an id of lower-case letters, digits and dashes'));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
const pattern = v.pipe(
  text,
  v.check((source) => {
    try {
      new RegExp(source, 'gi');
      return true;
    } catch {
      return false;
    }
  }, 'not a regular expression'),
);
const weight = v.pipe(v.number(), v.minValue(0.1), v.maxValue(10));

/** A sentence with {slots}: each kind of fact statement may use only its own slots ({Count}: capitalised). */
const template = (...slots: string[]) =>
  v.pipe(
    text,
    v.check((t) => [...t.matchAll(/\{(\w+)\}/g)].every((m) => slots.includes(m[1]!.toLowerCase())), `slots may be ${slots.map((x) => `{${x}}`).join(', ') || 'none'}`),
  );

const topicSchema = v.strictObject({
  id,
  /** as the popup's chip and the pick lists show it: "Westminster attack" */
  name: text,
  /** as a sentence names it: "the Westminster attack" */
  phrase: text,
  /** how the evidence line counts its sentences: "3 sentence(s) report the attack" */
  reports: text,
});

const cueSchema = v.strictObject({
  /** what the evidence shows: "PC Keith Palmer" */
  label: text,
  /** matched case-insensitively, every occurrence counted */
  pattern,
  weight,
  /** the topic id it speaks for */
  topic: id,
  /** only this story has it: a page with no anchor is never about the story */
  anchor: v.optional(v.literal(true)),
  /** counts for the policy fight itself, not only for naming the app or the technique */
  policy: v.optional(v.literal(true)),
  /** names the event without reporting anything about it ("Khalid Masood", "terror") */
  trigger: v.optional(v.literal(true)),
});

export const storySchema = v.strictObject({
  id,
  /** what a page is not, when it is not about the story: "the Westminster attack or the 2017 encryption row" */
  name: text,
  /** what the extension says of itself, for this story: its store description and its words to a new reader */
  reader: v.strictObject({
    /** the manifest's description: at most 132 characters, the Chrome Web Store's limit */
    description: v.pipe(text, v.maxLength(132, 'at most 132 characters (the Chrome Web Store\'s limit)')),
    /** "Crosscheck knows the March 2017 Westminster attack and …" */
    knows: text,
    /** the first-run page: "Context for the news about …" */
    lede: text,
    /** "Open a news story about … in a tab" */
    either: text,
    /** the first-run page: "open … The number on the button counts…" */
    firstPage: text,
    /** the corpus search's placeholder */
    searchExamples: text,
  }),
  topics: v.strictObject({
    event: topicSchema,
    policy: topicSchema,
    both: v.strictObject({ name: text, phrase: text }),
  }),
  cues: v.pipe(v.array(cueSchema), v.minLength(1, 'expected at least one cue')),
  /** a page anchored in a topic by cues together: one of each group, and the other topic's anchor if named */
  anchorCombinations: v.array(
    v.strictObject({ topic: id, all: v.pipe(v.array(v.pipe(v.array(text), v.minLength(1))), v.minLength(1)), withAnchorOf: v.optional(id) }),
  ),
  /** other events that share the story's words: negative evidence */
  nearMisses: v.array(v.strictObject({ label: text, pattern, weight })),
  /** other events a sentence may set beside this one: their numbers are not the story's */
  otherEvents: v.strictObject({
    places: pattern,
    words: pattern,
    /** what only another event has, with no place named ("suicide bombers" in a story of a car and a knife) */
    markers: v.optional(pattern),
  }),
  precheck: v.strictObject({
    /** names that on their own make a page worth a closer look */
    names: pattern,
    /** terms that count only together, each distinct one once */
    terms: v.pipe(v.array(v.strictObject({ id: text, pattern })), v.minLength(1)),
    /** how many distinct terms are enough */
    enough: v.pipe(v.number(), v.integer(), v.minValue(1)),
    /** pairs of terms that are enough together */
    pairs: v.array(v.tuple([text, text])),
  }),
  /**
   * How the corpus builder words the facts it reads from the seeds, as the popup and the card show them:
   * "{attacker} killed {count} people". `attacker`: who did it when the text names nobody.
   */
  facts: v.strictObject({
    attacker: text,
    statements: v.strictObject({
      age: template('person', 'age'),
      duration: template('duration'),
      timingUsed: template('attacker', 'service', 'when'),
      timingOn: template('attacker', 'service', 'when'),
      killed: template('attacker', 'count'),
      arrestedOne: template(),
      arrested: template('count'),
      witnesses: template('count'),
      injured: template('count'),
      arrestOutcome: template('count', 'outcome'),
    }),
  }),
  /** Capitalised words of the story's country that name places, bodies or parties, never a person: "Commons". */
  notNames: v.array(v.pipe(text, v.regex(/^\p{Lu}\S*$/u, 'expected one capitalised word'))),
  /** Bodies that speak as one in the story's coverage ("Scotland Yard said"), as the texts name them; "Police" is always one. */
  institutions: v.array(text),
  dates: v.strictObject({
    event: isoDate,
    before: v.strictObject({ label: text, weight: v.number() }),
    /** from the event to `until`, each topic's weight; the first window whose `until` the date is within counts */
    windows: v.array(v.strictObject({ until: isoDate, label: text, weights: v.record(id, v.number()) })),
    after: v.strictObject({ label: text, weight: v.number() }),
  }),
});

export type StoryData = v.InferOutput<typeof storySchema>;

export class StoryDataError extends Error {
  override name = 'StoryDataError';
}

/** The story file read, checked and compiled; throws a StoryDataError naming the field that is wrong. */
export function parseStory(data: unknown, what = 'story'): Story {
  const result = v.safeParse(storySchema, data);
  if (!result.success) throw new StoryDataError(`${what}: ${describeIssues(result.issues)}`);
  const s = result.output;
  const topicIds = [s.topics.event.id, s.topics.policy.id];
  const fail = (path: string, message: string): never => {
    throw new StoryDataError(`${what}: ${path}: ${message}`);
  };
  if (s.topics.event.id === s.topics.policy.id) fail('topics.policy.id', 'the two topics need distinct ids');
  if (topicIds.some((t) => t === 'both' || t === 'none')) fail('topics', '"both" and "none" are verdicts, not topic ids');
  s.cues.forEach((c, i) => topicIds.includes(c.topic) || fail(`cues[${i}].topic`, `no topic "${c.topic}"`));
  const labels = new Set(s.cues.map((c) => c.label));
  s.anchorCombinations.forEach((combo, i) => {
    if (!topicIds.includes(combo.topic)) fail(`anchorCombinations[${i}].topic`, `no topic "${combo.topic}"`);
    if (combo.withAnchorOf && !topicIds.includes(combo.withAnchorOf)) fail(`anchorCombinations[${i}].withAnchorOf`, `no topic "${combo.withAnchorOf}"`);
    combo.all.forEach((group, g) => group.forEach((label, k) => labels.has(label) || fail(`anchorCombinations[${i}].all[${g}][${k}]`, `no cue labelled "${label}"`)));
  });
  const termIds = s.precheck.terms.map((t) => t.id);
  s.precheck.pairs.forEach((pair, i) => pair.forEach((t, k) => termIds.includes(t) || fail(`precheck.pairs[${i}][${k}]`, `no pre-check term "${t}"`)));
  let last = s.dates.event;
  s.dates.windows.forEach((w, i) => {
    if (w.until < last) fail(`dates.windows[${i}].until`, `${w.until} is before ${last}`);
    last = w.until;
    Object.keys(w.weights).forEach((t) => topicIds.includes(t) || fail(`dates.windows[${i}].weights.${t}`, `no topic "${t}"`));
  });
  return compileStory(s);
}
