/**
 * Gives the page its turn between two slices of the analyzer's work (core/slices.ts): scheduler.yield() where
 * the browser has it (the work then continues ahead of other queued tasks), else a new task.
 */
import type { YieldToPage } from '../../core/slices';

type WithScheduler = { scheduler?: { yield?: () => Promise<void> } };

export const yieldToPage: YieldToPage = () =>
  (globalThis as WithScheduler).scheduler?.yield?.() ?? new Promise((resume) => setTimeout(resume, 0));
