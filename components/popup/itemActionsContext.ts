/** What an item's action buttons need from the popup, handed down the tree instead of through globals. */
import { createContext } from 'preact';
import type { PopupApi } from './popupApi';

export interface ItemActionsValue {
  api: PopupApi;
  dismissed: ReadonlySet<string>;
  setDismissed(itemId: string, dismissed: boolean): Promise<void>;
}

export const ItemActionsContext = createContext<ItemActionsValue | null>(null);
