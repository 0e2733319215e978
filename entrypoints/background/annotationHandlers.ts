/**
 * The background's side of annotations: storage requests from the popup, the options page and pages; saving a
 * selection from the context menu or the keyboard shortcut; exports through the browser's download; and putting
 * the annotator into pages that have annotations when they finish loading. Pages without annotations get
 * nothing: the background keeps the set of annotated URLs and only a URL in it costs an injection.
 */
import { browser } from 'wxt/browser';
import type { Topic } from '../../core/analysis';
import { exportFile, type ExportFile } from '../../core/annotations/exportFile';
import type { AnnotationListing } from '../../core/annotations/anchorState';
import { annotationPage } from '../../core/annotations/annotationPage';
import { annotationFacets, type AnnotationFacets } from '../../core/annotations/filterAnnotations';
import { toJsonLdAnnotation } from '../../core/annotations/jsonLd';
import {
  editAnnotationSchema,
  newAnnotation,
  parseOrThrow,
  saveAnnotationSchema,
} from '../../core/annotations/newAnnotation';
import { parseAnnotationItem } from '../../core/annotations/parseAnnotationCollection';
import { pageUrl } from '../../core/pageAddress';
import { onMessage, sendMessage } from '../../messaging/protocol';
import {
  annotatedUrls,
  deleteAllData,
  deleteAnnotation,
  importAnnotations,
  listAnnotationListings,
  listAnnotations,
  recordAnchoring,
  saveAnnotation,
  updateAnnotation,
} from '../../storage/annotationRepository';
import type { CrosscheckDB } from '../../storage/db';
import type { TabSession } from '../../storage/tabSession';
import { invalidateCorpusIndex } from './corpusIndex';
import { logFailure } from './failureLog';
import type { LifecycleReactions } from './tabLifecycle';

const SAVE_SELECTION_MENU = 'crosscheck-save-selection';
/** The highlight colour of saved annotations; inserted by the extension so no page CSP can block it. */
const ANNOTATION_CSS = '::highlight(crosscheck-annotation) { background-color: rgba(255, 200, 0, 0.45); }';

let urls: Promise<Set<string>> | undefined;
const annotated = (db: CrosscheckDB) => (urls ??= annotatedUrls(db).then((list) => new Set(list)));
/** Every listing with its facets, read once and kept until an annotation or its anchoring changes. */
let listings: Promise<{ all: AnnotationListing[]; facets: AnnotationFacets }> | undefined;
const allListings = (db: CrosscheckDB) =>
  (listings ??= listAnnotationListings(db).then((all) => ({ all, facets: annotationFacets(all) })));
const forgetAnnotationCaches = () => {
  urls = undefined;
  listings = undefined;
};

/** Puts the annotator into a frame, or has the one already there repaint; the colour goes in with the first. */
async function injectAnnotator(tabId: number, frameId = 0): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  const [injection] = await browser.scripting.executeScript({ target, files: ['/annotator.js'] });
  if (injection?.result === 'started') await browser.scripting.insertCSS({ target, css: ANNOTATION_CSS });
}

/** Repaints the annotations in every open tab showing one of `pages` (by default, every annotated page). */
async function repaintTabs(db: CrosscheckDB, pages?: Iterable<string>, exceptTabId?: number): Promise<void> {
  const wanted = new Set(pages ?? (await annotated(db)));
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.id === exceptTabId || !tab.url || !wanted.has(pageUrl(tab.url))) return;
      // tabs the extension may not script (store pages) stay as they are
      await injectAnnotator(tab.id).catch(logFailure('background: repaint annotations'));
    }),
  );
}

function toDataUrl(file: ExportFile): string {
  return `data:${file.mediaType},${encodeURIComponent(file.text)}`;
}

/** A Blob URL where the background can make one (Firefox); a data URL in Chrome's service worker. */
async function download(file: ExportFile): Promise<void> {
  const canBlob = typeof URL.createObjectURL === 'function';
  const url = canBlob ? URL.createObjectURL(new Blob([file.text], { type: file.mediaType })) : toDataUrl(file);
  try {
    await browser.downloads.download({ url, filename: file.fileName, conflictAction: 'uniquify', saveAs: false });
  } finally {
    if (canBlob) setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** The topic the page was found to be about, from the analysis of a tab showing it (the saving tab first). */
async function topicOfPage(session: TabSession, url: string, tabId?: number): Promise<Topic | undefined> {
  const tabIds = tabId !== undefined ? [tabId] : (await browser.tabs.query({})).filter((t) => t.url && pageUrl(t.url) === url).map((t) => t.id!);
  for (const id of tabIds) {
    const result = await session.result(id);
    if (result) return result.analysis.topic.topic;
  }
  return undefined;
}

/** Saves the reader's selection in a tab's frame, as the context menu item and the keyboard shortcut do. */
export async function saveSelectionIn(tabId: number, frameId = 0): Promise<boolean> {
  await injectAnnotator(tabId, frameId);
  return sendMessage('saveSelection', undefined, { tabId, frameId });
}

export function registerAnnotationHandlers(db: CrosscheckDB, session: TabSession): void {
  onMessage('saveAnnotation', async ({ data, sender }) => {
    const request = parseOrThrow(saveAnnotationSchema, data, 'annotation');
    const topic = request.topic ?? (await topicOfPage(session, pageUrl(request.url), sender.tab?.id));
    const annotation = await saveAnnotation(
      db,
      newAnnotation({ ...request, ...(topic ? { topic } : {}) }, new Date(), `urn:uuid:${crypto.randomUUID()}`),
    );
    forgetAnnotationCaches();
    // The page that saved it paints it itself; other tabs on the page repaint.
    await repaintTabs(db, [annotation.url], sender.tab?.id);
    return annotation;
  });

  onMessage('listAnnotations', ({ data }) => listAnnotationListings(db, data));

  onMessage('queryAnnotations', async ({ data }) => {
    const { all, facets } = await allListings(db);
    return annotationPage(all, data, facets);
  });

  onMessage('updateAnnotation', async ({ data }) => {
    const annotation = await updateAnnotation(db, parseOrThrow(editAnnotationSchema, data, 'edit'), new Date());
    forgetAnnotationCaches();
    return annotation;
  });

  onMessage('deleteAnnotation', async ({ data }) => {
    const deleted = await deleteAnnotation(db, data.id);
    forgetAnnotationCaches();
    if (deleted) await repaintTabs(db, [deleted.url]);
    return deleted ?? null;
  });

  onMessage('restoreAnnotation', async ({ data }) => {
    const parsed = parseAnnotationItem(toJsonLdAnnotation(data.annotation));
    if (!parsed.ok) throw new Error(`Invalid annotation: ${parsed.error}`);
    await saveAnnotation(db, parsed.annotation);
    forgetAnnotationCaches();
    await repaintTabs(db, [parsed.annotation.url]);
    return parsed.annotation;
  });

  onMessage('exportAnnotations', async ({ data }) => {
    const annotations = await listAnnotations(db);
    const file = exportFile(annotations, data.format, new Date(), data.backup ? 'backup' : 'annotations');
    await download(file);
    return { fileName: file.fileName, count: annotations.length };
  });

  onMessage('importAnnotations', async ({ data }) => {
    const result = await importAnnotations(db, data.text);
    if (result.ok) {
      forgetAnnotationCaches();
      await repaintTabs(db);
    }
    return result;
  });

  onMessage('deleteAllData', async () => {
    const painted = await annotated(db);
    await deleteAllData(db);
    forgetAnnotationCaches();
    invalidateCorpusIndex();
    await repaintTabs(db, painted); // their highlights go
    return true;
  });

  onMessage('saveSelectionInTab', ({ data }) => saveSelectionIn(data.tabId));

  onMessage('reportAnchoring', async ({ data }) => {
    await recordAnchoring(db, data.url, data.reports, new Date());
    forgetAnnotationCaches();
    return true;
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_SELECTION_MENU || tab?.id === undefined) return;
    void saveSelectionIn(tab.id, info.frameId ?? 0).catch(logFailure('background: save a selection'));
  });
}

/** The context menu item on install, and saved annotations painted again in the tabs that show their pages. */
export function annotationLifecycle(db: CrosscheckDB): LifecycleReactions {
  return {
    // A page with saved annotations gets them painted again once it has loaded, or once a single-page app shows it.
    async shown(tabId, url) {
      if (/^https?:/.test(url) && (await annotated(db)).has(pageUrl(url))) await injectAnnotator(tabId);
    },
    async installed() {
      // Menus survive updates in some browsers: clear them before creating ours again, or its id is a duplicate.
      // (This item is the extension's only menu item.)
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({ id: SAVE_SELECTION_MENU, title: 'Save selection to Crosscheck', contexts: ['selection'] });
      await repaintTabs(db);
    },
    // Tabs restored with the browser may finish loading before the service worker listens: paint them now.
    started: () => repaintTabs(db),
  };
}
