/**
 * The story is data: a second story (the 2019 Christchurch mosque shootings and New Zealand's gun-law reform)
 * lives only in tests/fixtures/stories/christchurch-2019 (a story file, two seed articles, an overlay and 16
 * labelled pages by other publishers, with their URLs), and the same code reads it: the story file is checked,
 * the corpus built from its seeds, its pages pre-checked, detected and matched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/analyzePage';
import type { Corpus } from '../../core/corpus/model';
import { precheckPage } from '../../core/detect/precheck';
import { pageInputFromText } from '../../scripts/cli/pageInputFromText';
import { buildMatchIndex, type MatchIndex } from '../../core/match/matchIndex';
import type { Story } from '../../core/story/model';
import { parseStory } from '../../core/story/storySchema';
import { loadSeedCorpusFromDisk, readSeedFiles } from '../../scripts/seedCorpus';
import { buildSeedCorpus } from '../../core/corpus/seedCorpus';
import { corpusWording } from '../../core/corpus/corpusWording';

const DIR = fileURLToPath(new URL('../fixtures/stories/christchurch-2019/', import.meta.url));
const storyData = () => JSON.parse(readFileSync(`${DIR}seeds/story.json`, 'utf8')) as Record<string, unknown>;

const VERDICT_OF_LABEL: Record<string, string> = { event: 'shootings', policy: 'gunlaw', both: 'both', 'related-other': 'none', unrelated: 'none' };

let story: Story;
let corpus: Corpus;
let index: MatchIndex;
beforeAll(() => {
  story = parseStory(storyData(), 'christchurch-2019/story.json');
  corpus = loadSeedCorpusFromDisk(`${DIR}seeds/`);
  index = buildMatchIndex(corpus);
});

const pages = () =>
  readdirSync(`${DIR}pages/`)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(`${DIR}pages/${file}`, 'utf8');
      return { file, label: /^LABEL: (.+)$/m.exec(raw)![1]!, input: pageInputFromText(raw) };
    });

describe('the story file', () => {
  it('is checked field by field, with the path of what is wrong', () => {
    const broken = storyData();
    (broken.cues as Array<Record<string, unknown>>)[2]!.pattern = '(unclosed';
    expect(() => parseStory(broken, 'story.json')).toThrow('story.json: cues[2].pattern: not a regular expression');
    const unknownTopic = storyData();
    (unknownTopic.cues as Array<Record<string, unknown>>)[0]!.topic = 'floods';
    expect(() => parseStory(unknownTopic, 'story.json')).toThrow('story.json: cues[0].topic: no topic "floods"');
    const unknownSlot = storyData();
    ((unknownSlot.facts as Record<string, Record<string, string>>).statements!).killed = '{gunman} killed {count} people';
    expect(() => parseStory(unknownSlot, 'story.json')).toThrow('story.json: facts.statements.killed: slots may be {attacker}, {count}');
    const unknownLabel = storyData();
    (unknownLabel.anchorCombinations as Array<{ all: string[][] }>)[0]!.all[1] = ['Winston Peters'];
    expect(() => parseStory(unknownLabel, 'story.json')).toThrow('anchorCombinations[0].all[1][0]: no cue labelled "Winston Peters"');
  });
});

describe('its corpus, built by the same builder from its two seeds', () => {
  it('reads the toll as each source gave it, with the source\'s date', () => {
    const tolls = corpus.facts.filter((f) => f.subject === 'attack.killed').map((f) => `${f.quantities[0]!.value} as of ${f.asOf}`);
    expect(tolls.sort()).toEqual(['49 as of 2019-03-16', '50 as of 2019-04-10']);
  });

  it('words its facts as its story file says', () => {
    const toll = (c: Corpus) => c.facts.filter((f) => f.subject === 'attack.killed').map((f) => f.statement).sort();
    expect(toll(corpus)).toEqual(['The gunman killed 49 people', 'The gunman killed 50 people']);
    const reworded = storyData();
    (reworded.facts as { statements: Record<string, string> }).statements.killed = '{Count} people were shot dead';
    const { files, overlay } = readSeedFiles(`${DIR}seeds/`);
    const rebuilt = buildSeedCorpus(files, overlay, corpusWording(parseStory(reworded, 'story.json')));
    expect(toll(rebuilt)).toEqual(['49 people were shot dead', '50 people were shot dead']);
  });

  it('gives the quotes to their speakers and the positions to their holders', () => {
    const by = (speaker: string) => corpus.quotes.filter((q) => q.speaker === speaker).map((q) => q.text);
    expect(by('Jacinda Ardern')).toContain('These weapons were designed to kill, and they were designed to maim and that is what they did on the 15th of March.');
    expect(by('David Seymour')).toEqual(['not an attempt to improve public safety', 'an exercise in political theatre']);
    expect(corpus.positions.map((p) => `${p.holder} ${p.stance} ${p.propositionId}`).sort()).toEqual([
      'David Seymour against gun-law-passed-under-urgency',
      'Jacinda Ardern for ban-military-style-semi-automatics',
    ]);
  });
});

describe('its pages, read by the same detector and matcher', () => {
  it('gives every labelled page its verdict: the shootings, the gun law, both, or none for the near misses', () => {
    const verdicts = pages().map((p) => `${p.file} ${analyzePage(p.input, index, undefined, story).topic.topic}`);
    expect(verdicts).toEqual(pages().map((p) => `${p.file} ${VERDICT_OF_LABEL[p.label]}`));
  });

  it('pre-checks every page about the story as worth a look, and most others not', () => {
    const maybe = pages().map((p) => ({ ...p, maybe: precheckPage({ title: p.input.title, url: p.input.url ?? '', meta: '', text: p.input.text }, story.precheck) }));
    expect(maybe.filter((p) => VERDICT_OF_LABEL[p.label] !== 'none' && !p.maybe).map((p) => p.file)).toEqual([]);
    expect(maybe.filter((p) => VERDICT_OF_LABEL[p.label] === 'none' && p.maybe).length).toBeLessThanOrEqual(1);
  });

  it('checks a day-one toll against the seed of that day, and a critic\'s words against his position', () => {
    const standard = pages().find((p) => p.file.startsWith('001-'))!;
    const toll = analyzePage(standard.input, index, undefined, story).matches.find((m) => m.kind === 'fact');
    expect(toll).toMatchObject({ verdict: 'agrees', agreement: { page: '49 people were killed', corpus: '49 people' } });

    const theWeek = pages().find((p) => p.file.startsWith('006-'))!;
    const seymour = analyzePage(theWeek.input, index, undefined, story).matches.filter((m) => m.speaker === 'David Seymour');
    expect(seymour.some((m) => m.kind === 'position' && m.verdict === 'against' && /political theater/.test(m.sentence))).toBe(true);
  });

  it('reads "a rampage … which claimed 50 lives" as the toll, agreeing with the later count', () => {
    const vote = pages().find((p) => p.file.startsWith('005-'))!;
    const toll = analyzePage(vote.input, index, undefined, story).matches.find((m) => m.kind === 'fact' && /claimed 50 lives/.test(m.sentence));
    expect(toll).toMatchObject({ verdict: 'agrees', agreement: { page: '50 lives' } });
  });

  it('does not read the Westminster story into these pages, nor these into it', () => {
    const westminster = pages().map((p) => analyzePage(p.input, index).topic.topic);
    expect(new Set(westminster)).toEqual(new Set(['none']));
  });
});
