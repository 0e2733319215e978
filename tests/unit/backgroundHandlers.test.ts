/**
 * The background as it is wired (entrypoints/background/index.ts), on WXT's fakeBrowser: the browser's events,
 * tabs, badge and storage areas in memory, the database in fake-indexeddb, the seed corpus real. Messages are
 * handed to the handlers directly, as @webext-core/messaging would; what the browser cannot fake (injecting
 * scripts, menus, commands) is recorded.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProtocolMap } from '../../messaging/protocol';
import type { SentenceMatch } from '../../core/analysis';
import { FIRST_PART_SENTENCES } from '../../core/analyzePage';
import type { MatchedItems } from '../../core/tabResult';

// @wxt-dev/storage reads the extension API from the global scope when it loads: fakeBrowser has to be there first.
const { fakeBrowser } = await vi.hoisted(async () => {
  const testing = await import('wxt/testing');
  (globalThis as { chrome?: unknown }).chrome = testing.fakeBrowser;
  // the service worker's global scope, where the background listens for what no catch saw
  (globalThis as { self?: unknown }).self = new EventTarget();
  return testing;
});

type Handler = (message: { data: unknown; sender: { tab?: { id?: number; url?: string }; frameId?: number } }) => unknown;
const handlers = vi.hoisted(() => new Map<string, Handler>());
const toTabs = vi.hoisted(() => [] as { type: string; data: unknown; tabId: unknown }[]);

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing')).fakeBrowser }));
vi.mock('../../messaging/protocol', () => ({
  onMessage: (type: string, handler: Handler) => {
    if (handlers.has(type)) throw new Error(`two listeners for ${type}`);
    handlers.set(type, handler);
    return () => handlers.delete(type);
  },
  // messages to tabs: none of the tabs here holds a Crosscheck script, so none answers
  sendMessage: async (type: string, data: unknown, tabId: unknown) => {
    toTabs.push({ type, data, tabId });
    throw new Error('No response');
  },
}));

const { default: background } = await import('../../entrypoints/background/index');
const { fixtureText } = await import('./analyzeFixtures');
const { TabSession } = await import('../../storage/tabSession');
const { errorLog, clearErrorLog } = await import('../../storage/errorLog');
const { tabResultStorageKey } = await import('../../core/tabResult');

async function ask<K extends keyof ProtocolMap>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
  sender: { tab?: { id?: number; url?: string }; frameId?: number } = {},
): Promise<ReturnType<ProtocolMap[K]>> {
  const handler = handlers.get(type);
  if (!handler) throw new Error(`no handler for ${type}`);
  return (await handler({ data, sender })) as ReturnType<ProtocolMap[K]>;
}

const STORY_URL = 'https://news.example/westminster-attack';
const story = { ...fixtureText('devset', '009-'), url: STORY_URL };
const injected: unknown[] = [];
const menus: unknown[] = [];
const commandListeners: ((command: string, tab?: { id?: number }) => void)[] = [];
const listeners = {
  tabsUpdated: vi.spyOn(fakeBrowser.tabs.onUpdated, 'addListener'),
  tabsRemoved: vi.spyOn(fakeBrowser.tabs.onRemoved, 'addListener'),
  installed: vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener'),
  startup: vi.spyOn(fakeBrowser.runtime.onStartup, 'addListener'),
};

let tabId: number;

async function sessionKeys(id: number): Promise<string[]> {
  const stored = await fakeBrowser.storage.session.get(null);
  return Object.keys(stored).filter((key) => key === tabResultStorageKey(id) || key === `page:${id}`).sort();
}

beforeAll(() => {
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript: async (injection: unknown) => {
        injected.push(injection);
        return [{ result: 'started' }];
      },
      insertCSS: async () => undefined,
    },
    contextMenus: {
      removeAll: async () => void (menus.length = 0),
      create: (menu: unknown) => void menus.push(menu),
      onClicked: { addListener: () => undefined },
    },
    commands: { onCommand: { addListener: (listener: (typeof commandListeners)[number]) => void commandListeners.push(listener) } },
  });
  background.main();
}, 30_000);

beforeEach(async () => {
  injected.length = 0;
  toTabs.length = 0;
  tabId = (await fakeBrowser.tabs.create({ url: STORY_URL })).id!;
  await fakeBrowser.tabs.update(tabId, { status: 'complete' } as never);
  await clearErrorLog();
});

afterAll(() => {
  delete (globalThis as { self?: unknown }).self;
});

describe('the background wiring', () => {
  it('registers one listener for each event of the tab lifecycle, and one for the keyboard commands', () => {
    for (const spy of Object.values(listeners)) expect(spy).toHaveBeenCalledTimes(1);
    expect(commandListeners).toHaveLength(1);
  });

  it('answers every message of the protocol that is the background\'s', () => {
    const answeredElsewhere = ['scrollToMatch', 'stepMatch', 'clearHighlights', 'firstMatches', 'saveSelection'];
    for (const type of ['requestAnalyzer', 'analyzePage', 'getTabResult', 'setSitePaused', 'reportError', 'clearErrorLog']) expect(handlers.has(type)).toBe(true);
    for (const type of answeredElsewhere) expect(handlers.has(type)).toBe(false);
  });
});

describe('analysis handlers', () => {
  it('inject the analyzer into the frame that asked, unless the site is paused', async () => {
    expect(await ask('requestAnalyzer', { reason: 'precheck' }, { tab: { id: tabId, url: STORY_URL }, frameId: 0 })).toBe(true);
    expect(injected).toEqual([{ target: { tabId, frameIds: [0] }, files: ['/analyzer.js'] }]);
    await ask('setSitePaused', { url: STORY_URL, paused: true });
    expect(await ask('requestAnalyzer', { reason: 'precheck' }, { tab: { id: tabId, url: STORY_URL } })).toBe(false);
    await ask('setSitePaused', { url: STORY_URL, paused: false });
  });

  it('keep a story page\'s result and article for the tab, count it on the badge, and answer the matches to paint', async () => {
    const answer = await ask('analyzePage', story, { tab: { id: tabId, url: STORY_URL }, frameId: 0 });
    expect(answer.topic.topic).not.toBe('none');
    expect(answer.matches.length).toBeGreaterThan(0);
    expect(answer.items.facts.length + answer.items.quotes.length + answer.items.positions.length).toBeGreaterThan(0);

    // kept in memory before the answer; counted on the badge right after it, and written to storage.session a second later
    const kept = await ask('getTabResult', { tabId });
    expect(kept?.tabId).toBe(tabId);
    expect(kept?.analysis.matches).toEqual(answer.matches);
    const sentences = new Set(answer.matches.map((m) => m.sentenceIndex)).size;
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe(String(sentences)));
    await vi.waitFor(async () => expect(await sessionKeys(tabId)).toEqual([`page:${tabId}`, tabResultStorageKey(tabId)].sort()), { timeout: 3000 });
  });

  it('keep the result when the service worker restarts: a new session reads it from storage.session', async () => {
    await ask('analyzePage', story, { tab: { id: tabId, url: STORY_URL }, frameId: 0 });
    await vi.waitFor(async () => expect(await sessionKeys(tabId)).toHaveLength(2), { timeout: 3000 });
    const afterRestart = new TabSession();
    expect((await afterRestart.result(tabId))?.analysis.url).toBe(STORY_URL);
    expect((await afterRestart.page(tabId))?.text).toBe(story.text);
  });

  it('store nothing and count nothing for a tab that navigated as the answer went back', async () => {
    await fakeBrowser.action.setBadgeText({ tabId, text: '' });
    const answered = ask('analyzePage', story, { tab: { id: tabId, url: STORY_URL }, frameId: 0 });
    await answered;
    // the navigation is heard before the tasks that count the matches and write the result run
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading', url: 'https://elsewhere.example/' }, (await fakeBrowser.tabs.get(tabId))!);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(await sessionKeys(tabId)).toEqual([]);
    expect(await ask('getTabResult', { tabId })).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });

  it("send a long page's first matches ahead of the answer, to the frame that asked, under the request's id", async () => {
    // one long page of several stories' openings, as a reader meets a long article
    const long = { ...story, text: ['009-', '010-', '006-', '020-', '013-'].map((prefix) => fixtureText('devset', prefix).text).join('\n\n') };
    toTabs.length = 0;
    const answer = await ask('analyzePage', { ...long, requestId: 'run-1' }, { tab: { id: tabId, url: STORY_URL }, frameId: 2 });
    const sent = toTabs.filter((m) => m.type === 'firstMatches');
    expect(sent).toHaveLength(1);
    const first = sent[0]!.data as { requestId: string; matches: SentenceMatch[]; items: MatchedItems };
    expect(sent[0]!.tabId).toEqual({ tabId, frameId: 2 });
    expect(first.requestId).toBe('run-1');
    expect(first.matches.length).toBeGreaterThan(0);
    expect(first.matches.every((m) => m.sentenceIndex < FIRST_PART_SENTENCES)).toBe(true);
    // what the whole answer says of the same sentences, with the items the card needs
    for (const m of first.matches) expect(answer.matches).toContainEqual(m);
    expect(first.items.facts.length + first.items.quotes.length + first.items.positions.length).toBeGreaterThan(0);
    expect(answer.matches.some((m) => m.sentenceIndex >= FIRST_PART_SENTENCES)).toBe(true);

    // a page that gave no id (or a short one) gets its answer alone
    toTabs.length = 0;
    await ask('analyzePage', long, { tab: { id: tabId, url: STORY_URL }, frameId: 2 });
    await ask('analyzePage', { ...story, requestId: 'run-2' }, { tab: { id: tabId, url: STORY_URL }, frameId: 2 });
    expect(toTabs.filter((m) => m.type === 'firstMatches')).toEqual([]);
  });

  it('keep nothing for a frame other than the top one', async () => {
    await ask('analyzePage', story, { tab: { id: tabId, url: STORY_URL }, frameId: 3 });
    expect(await ask('getTabResult', { tabId })).toBeNull();
    expect(await sessionKeys(tabId)).toEqual([]);
  });

  it('refuse a page input that is not one, and say where', async () => {
    await expect(ask('analyzePage', { title: 3, text: 'x' } as never, { tab: { id: tabId, url: STORY_URL } })).rejects.toThrow(/Rejected page input: title/);
  });
});

describe('the tab lifecycle', () => {
  it('forgets what a tab kept, and clears its badge, when the tab loads a new address', async () => {
    await ask('analyzePage', story, { tab: { id: tabId, url: STORY_URL }, frameId: 0 });
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading', url: 'https://elsewhere.example/' }, (await fakeBrowser.tabs.get(tabId))!);
    await vi.waitFor(async () => expect(await sessionKeys(tabId)).toEqual([]));
    expect(await ask('getTabResult', { tabId })).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });

  it('keeps the result while the same page only finishes loading', async () => {
    await ask('analyzePage', story, { tab: { id: tabId, url: STORY_URL }, frameId: 0 });
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, (await fakeBrowser.tabs.get(tabId))!);
    expect(await ask('getTabResult', { tabId })).not.toBeNull();
  });

  it('forgets what a tab kept when it closes', async () => {
    await ask('analyzePage', story, { tab: { id: tabId, url: STORY_URL }, frameId: 0 });
    // (fakeBrowser's tabs.remove looks the tab's window up by the tab's id; the event is what the background hears)
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 0 });
    await vi.waitFor(async () => expect(await sessionKeys(tabId)).toEqual([]));
  });

  it('on install, creates the context menu item once and opens the first-run page', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.some((t) => t.url?.endsWith('/welcome.html'))).toBe(true);
    });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await vi.waitFor(() => expect(menus).toEqual([{ id: 'crosscheck-save-selection', title: 'Save selection to Crosscheck', contexts: ['selection'] }]));
    const welcomes = (await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html'));
    expect(welcomes).toHaveLength(1); // an update opens no first-run page
  });
});

describe('the keyboard commands', () => {
  it('send the step to the tab they were pressed in; a tab without the analyzer is no error', async () => {
    commandListeners[0]!('next-match', { id: tabId });
    commandListeners[0]!('previous-match', { id: tabId });
    commandListeners[0]!('not-a-command', { id: tabId });
    commandListeners[0]!('next-match', {});
    await vi.waitFor(() => expect(toTabs.map(({ type, data, tabId: to }) => [type, data, to])).toEqual([['stepMatch', { step: 1 }, tabId], ['stepMatch', { step: -1 }, tabId]]));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await errorLog()).toEqual([]);
  });

  it('save-selection puts the annotator into the tab and asks it to save', async () => {
    commandListeners[0]!('save-selection', { id: tabId });
    await vi.waitFor(() => expect(toTabs.map((m) => m.type)).toEqual(['saveSelection']));
    expect(injected).toEqual([{ target: { tabId, frameIds: [0] }, files: ['/annotator.js'] }]);
  });
});

describe('annotations in the tab lifecycle', () => {
  it('a page with a saved annotation gets the annotator when a tab shows it, also at a single-page app\'s new address', async () => {
    await ask('saveAnnotation', { url: STORY_URL, title: 'Story', exact: 'the attacker' }, {});
    injected.length = 0;
    const tab = (await fakeBrowser.tabs.get(tabId))!;
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, tab);
    await vi.waitFor(() => expect(injected).toEqual([{ target: { tabId, frameIds: [0] }, files: ['/annotator.js'] }]));
    injected.length = 0;
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { url: STORY_URL }, { ...tab, status: 'complete' });
    await vi.waitFor(() => expect(injected).toHaveLength(1));
    // another page, or one still loading, gets nothing
    injected.length = 0;
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, { ...tab, url: 'https://news.example/other' });
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { url: STORY_URL }, { ...tab, status: 'loading' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(injected).toEqual([]);
  });
});

describe('the site switch', () => {
  it('pausing a site clears its open tabs at once and leaves other sites\' tabs as they are', async () => {
    const other = (await fakeBrowser.tabs.create({ url: 'https://other.example/story' })).id!;
    await ask('analyzePage', story, { tab: { id: tabId, url: STORY_URL }, frameId: 0 });
    await ask('analyzePage', { ...story, url: 'https://other.example/story' }, { tab: { id: other, url: 'https://other.example/story' }, frameId: 0 });

    expect(await ask('setSitePaused', { url: STORY_URL, paused: true })).toEqual({ site: 'news.example', paused: true });
    const cleared = toTabs.filter((m) => m.type === 'clearHighlights').map((m) => m.tabId);
    expect(cleared).toContain(tabId);
    expect(cleared).not.toContain(other);
    expect(await ask('getTabResult', { tabId })).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
    expect(await ask('getTabResult', { tabId: other })).not.toBeNull();
    expect(await ask('getSiteState', { url: `${STORY_URL}?page=2` })).toEqual({ site: 'news.example', paused: true });
    expect(await ask('listPausedSites', undefined)).toEqual(['news.example']);

    // resuming analyses the site's tabs again
    expect(await ask('setSitePaused', { url: STORY_URL, paused: false })).toEqual({ site: 'news.example', paused: false });
    expect(injected).toContainEqual({ target: { tabId, frameIds: [0] }, files: ['/analyzer.js'] });
    // a tab without the analyzer did not answer "clear": expected, so nothing was logged
    expect(await errorLog()).toEqual([]);
  });

  it('a page that is not on the web has no site to pause', async () => {
    expect(await ask('setSitePaused', { url: 'chrome://extensions', paused: true })).toEqual({ site: null, paused: false });
  });
});

describe('the error log in the background', () => {
  it('records what a content script reports, and not a failure that is expected', async () => {
    await ask('reportError', { place: 'analyzer: analyse the page', message: 'Cannot read properties of undefined (reading \'text\')', stack: 'TypeError: ...\n    at run' });
    await ask('reportError', { place: 'precheck: request the analyzer', message: 'Extension context invalidated.' });
    await vi.waitFor(async () => expect(await errorLog()).toHaveLength(1));
    const [entry] = await errorLog();
    expect(entry).toMatchObject({ place: 'analyzer: analyse the page', message: 'Cannot read properties of undefined (reading \'text\')', stack: 'TypeError: ...\n    at run' });
    expect(Number.isNaN(Date.parse(entry!.time))).toBe(false);
    expect(await ask('clearErrorLog', undefined)).toBe(true);
    expect(await errorLog()).toEqual([]);
  });

  it('records a rejection nobody awaited in the background, with its stack', async () => {
    const reason = new TypeError('a bug nobody caught');
    self.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason }));
    self.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: new Error('No tab with id: 99.') }));
    await vi.waitFor(async () => expect(await errorLog()).toHaveLength(1));
    expect((await errorLog())[0]).toMatchObject({ place: 'background: unhandled rejection', message: 'a bug nobody caught' });
    expect((await errorLog())[0]!.stack).toContain('a bug nobody caught');
  });

  it('a lifecycle reaction that fails is logged and the others still run', async () => {
    const analysed = (await fakeBrowser.tabs.create({ url: STORY_URL })).id!;
    await ask('analyzePage', story, { tab: { id: analysed, url: STORY_URL }, frameId: 0 });
    const setBadgeText = fakeBrowser.action.setBadgeText;
    fakeBrowser.action.setBadgeText = async () => {
      throw new TypeError('badge broke');
    };
    try {
      await fakeBrowser.tabs.onUpdated.trigger(analysed, { status: 'loading', url: 'https://elsewhere.example/' }, (await fakeBrowser.tabs.get(analysed))!);
      await vi.waitFor(async () => expect((await errorLog()).map((e) => e.place)).toEqual(['background: navigated']));
      expect(await sessionKeys(analysed)).toEqual([]);
    } finally {
      fakeBrowser.action.setBadgeText = setBadgeText;
    }
  });
});
