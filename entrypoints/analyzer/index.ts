/**
 * Injected by the background (scripting.executeScript) only into pages whose pre-check said "maybe": everything
 * heavy lives here, not in the content script that runs on every page. Injected again into the same frame (a
 * new address, the site resumed), it finds its handle and analyses again instead of registering twice.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { onMessage } from '../../messaging/protocol';
import { analyzerHandle, setAnalyzerHandle } from '../precheck/analyzerHandle';
import { createPageAnalyzer } from './pageAnalyzer';

export default defineUnlistedScript(() => {
  const existing = analyzerHandle();
  if (existing) return existing.reanalyze();
  const analyzer = createPageAnalyzer(document);
  setAnalyzerHandle(analyzer);
  onMessage('scrollToMatch', ({ data }) => analyzer.scrollToMatch(data.sentenceIndex));
  onMessage('stepMatch', ({ data }) => analyzer.step(data.step));
  onMessage('firstMatches', ({ data }) => analyzer.paintFirstMatches(data));
  onMessage('clearHighlights', () => {
    analyzer.stop();
    return true;
  });
  analyzer.reanalyze();
});
