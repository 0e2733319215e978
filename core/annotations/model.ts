/**
 * A saved annotation, shaped after the W3C Web Annotation Data Model
 * (https://www.w3.org/TR/annotation-model/): a target in a page, located by a TextQuoteSelector and a
 * TextPositionSelector, and bodies for the note (commenting), the tags (tagging) and the linked corpus
 * items (linking). Stored as is; exporters turn it into JSON-LD, Markdown and CSV.
 */
import type { CorpusItemKind } from '../corpus/model';
import type { Topic } from '../analysis';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export interface CorpusLink {
  kind: CorpusItemKind;
  itemId: string;
  /** a short label for display and export: the fact's statement or "Amber Rudd: “…”" */
  label: string;
}

export interface Annotation {
  /** urn:uuid:… */
  id: string;
  /** page URL without its fragment */
  url: string;
  title: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
  note: string;
  tags: string[];
  links: CorpusLink[];
  /** topic of the page when the annotation was saved */
  topic?: Topic;
  /** ISO date-times */
  created: string;
  modified: string;
}
