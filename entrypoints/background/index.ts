/**
 * The background, wired top to bottom: the database, the tabs' session cache, each group of messages, the one
 * listener for the tabs' and the extension's life, and the one for the keyboard commands. What each part does
 * is in its own file.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { openDatabase } from '../../storage/db';
import { TabSession } from '../../storage/tabSession';
import { registerAnalysisHandlers } from './analysisHandlers';
import { annotationLifecycle, registerAnnotationHandlers, saveSelectionIn } from './annotationHandlers';
import { clearBadge } from './badge';
import { listenToCommands } from './commands';
import { registerCorpusHandlers } from './corpusHandlers';
import { buildIndexInBackground, corpusIndexLifecycle } from './corpusIndex';
import { registerFailureLog } from './failureLog';
import { registerHighlightHandlers, stepMatch } from './highlightHandlers';
import { registerPopupHandlers, welcomeLifecycle } from './popupHandlers';
import { registerSiteSwitch } from './siteSwitch';
import { listenToTabLifecycle } from './tabLifecycle';

export default defineBackground({
  main() {
    registerFailureLog();
    const db = openDatabase();
    const session = new TabSession();

    // The first page to analyse should not wait for the seed corpus: load it (and, for a database from before the
    // index was stored, build the index) as the worker starts.
    void buildIndexInBackground(db);

    registerAnalysisHandlers(db, session);
    registerSiteSwitch(db, session);
    registerHighlightHandlers();
    registerPopupHandlers(db, session);
    registerAnnotationHandlers(db, session);
    registerCorpusHandlers(db, session);

    listenToTabLifecycle([
      // what a tab kept for its page goes with the page
      { navigated: (tabId) => session.forget(tabId), closed: (tabId) => session.forget(tabId) },
      { navigated: clearBadge },
      annotationLifecycle(db),
      corpusIndexLifecycle(db),
      welcomeLifecycle,
    ]);

    listenToCommands({
      'next-match': (tabId) => stepMatch(tabId, 1),
      'previous-match': (tabId) => stepMatch(tabId, -1),
      'save-selection': (tabId) => saveSelectionIn(tabId),
    });
  },
});
