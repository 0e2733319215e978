/** How the options page names a page's topic. */
import type { Topic } from '../../core/analysis';

export const TOPIC_NAMES: Record<Topic, string> = {
  attack: 'Westminster attack',
  encryption: 'Encryption debate',
  both: 'Attack and encryption',
  none: 'Other',
};
