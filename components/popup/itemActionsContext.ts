/** What an item's action buttons need from the popup, handed down the tree instead of through globals. */
import { createContext } from 'preact';
import type { Topic } from '../../core/analysis';
import type { PopupApi } from './popupApi';

export interface ItemActionsValue {
  api: PopupApi;
  /** the page's topic, kept with what is saved from it */
  topic: Topic;
  dismissed: ReadonlySet<string>;
  setDismissed(itemId: string, dismissed: boolean): Promise<void>;
}

export const ItemActionsContext = createContext<ItemActionsValue | null>(null);
