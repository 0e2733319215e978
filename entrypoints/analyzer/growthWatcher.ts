/**
 * Late-rendered pages: after the DOM has been quiet for a moment following changes, ask whether the page is
 * worth analysing again. Changes the analyzer makes itself (the card host, <mark> fallback) are not counted.
 */
const QUIET_MS = 1200;

export interface GrowthWatcher {
  /** forget the changes made so far (the analyzer's own painting) */
  discardPending(): void;
  stop(): void;
}

export function watchGrowth(root: Node, isOwn: (node: Node) => boolean, onQuiet: () => void): GrowthWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    const foreign = records.some((r) => !isOwn(r.target) && ![...r.addedNodes, ...r.removedNodes].every(isOwn));
    if (!foreign) return;
    clearTimeout(timer);
    timer = setTimeout(onQuiet, QUIET_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  return {
    discardPending() {
      observer.takeRecords();
    },
    stop() {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}
