/**
 * The one listener for the keyboard commands (wxt.config.ts `commands`), dispatching each to what does it in
 * the tab it was pressed in. A reaction that fails is logged unless expected (a tab with no Crosscheck script).
 */
import { browser } from 'wxt/browser';
import { logFailure } from './failureLog';

export type CommandReaction = (tabId: number) => unknown;

export function listenToCommands(reactions: Readonly<Record<string, CommandReaction>>): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const react = Object.hasOwn(reactions, command) ? reactions[command] : undefined;
    const tabId = tab?.id;
    if (!react || tabId === undefined) return;
    Promise.resolve()
      .then(() => react(tabId))
      .catch(logFailure(`background: command ${command}`));
  });
}
