/**
 * What a message handler does after its answer has gone: `work` runs in a task of its own once the current one
 * ends (or `delayMs` later), and the reply the handler resolves with is sent in the current task
 * (@webext-core/messaging calls the browser's sendResponse as the handler's promise resolves). So what the answer
 * does not need (the toolbar badge, writing the tab's result to storage.session) no longer stands between a page
 * and its highlights. A failure of `work` is a rejection nobody awaits, which the background's failure log records.
 */
export function afterReply(work: () => Promise<unknown>, delayMs = 0): void {
  setTimeout(() => void work(), delayMs);
}
