/** Where an annotation was last placed in its page: how it anchored, or that it is an orphan and why. */
import type { AnchorMethod } from './anchorQuote';

export interface AnchorState {
  /** the annotation's id */
  id: string;
  url: string;
  status: 'anchored' | 'orphan';
  method?: AnchorMethod;
  reason?: string;
  /** ISO date-time of the check */
  checked: string;
}
