/**
 * How highlights look on the page. Backgrounds are translucent and the text keeps the page's own colour, so a
 * highlight reads on light and dark pages alike; each kind also has its own underline style, so the kinds stay
 * apart without colour. In forced-colours mode Chromium paints every highlight in its own system colours
 * (readable, kinds alike; the card names the kind); where author system colours apply, each kind has its pair.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from '../../core/highlight/matchedSentences';

export const HIGHLIGHT_PREFIX = 'crosscheck-';
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}active`;
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}flash`;
export const MARK_ATTRIBUTE = 'data-crosscheck';

/** Pairs a high-contrast theme keeps readable, used one way round or the other, one pair per kind. */
const FORCED: Record<HighlightKind, { background: string; text: string }> = {
  'fact-agrees': { background: 'Mark', text: 'MarkText' },
  'fact-differs': { background: 'Highlight', text: 'HighlightText' },
  quote: { background: 'ButtonText', text: 'ButtonFace' },
  position: { background: 'LinkText', text: 'Canvas' },
};

const LOOKS: Record<HighlightKind, { background: string; line: string; style: string }> = {
  'fact-agrees': { background: 'rgb(47 158 68 / 0.24)', line: '#2f9e44', style: 'solid' },
  'fact-differs': { background: 'rgb(240 62 62 / 0.24)', line: '#e03131', style: 'wavy' },
  quote: { background: 'rgb(76 110 245 / 0.24)', line: '#4c6ef5', style: 'double' },
  position: { background: 'rgb(245 159 0 / 0.3)', line: '#e8590c', style: 'dotted' },
};

function rule(selectors: string[], body: string): string {
  return selectors.map((selector) => `${selector} { ${body} }`).join('\n');
}

/**
 * ::highlight() rules for the Custom Highlight API, or <mark data-crosscheck> rules for browsers without it: a
 * page can read the sheet its document adopted, so it holds the rules of the painter in use and nothing more.
 */
export function highlightStyleSheet(painter: 'highlight' | 'mark'): string {
  const marks = painter === 'mark';
  const selectorsFor = (name: string, markKind: string) => [marks ? `mark[${MARK_ATTRIBUTE}="${markKind}"]` : `::highlight(${name})`];
  const rules = HIGHLIGHT_KINDS.map((kind) => {
    const { background, line, style } = LOOKS[kind];
    return rule(
      selectorsFor(HIGHLIGHT_PREFIX + kind, kind),
      `background-color: ${background}; color: inherit; text-decoration: underline ${style} ${line} 2px; text-underline-offset: 0.2em;`,
    );
  });
  const forced = HIGHLIGHT_KINDS.map((kind) =>
    rule(
      selectorsFor(HIGHLIGHT_PREFIX + kind, kind),
      `background-color: ${FORCED[kind].background}; color: ${FORCED[kind].text}; text-decoration: underline ${LOOKS[kind].style} ${FORCED[kind].text} 2px;`,
    ),
  );
  const active = [marks ? `mark[${MARK_ATTRIBUTE}][data-active]` : `::highlight(${ACTIVE_HIGHLIGHT})`];
  const flash = [marks ? `mark[${MARK_ATTRIBUTE}][data-flash]` : `::highlight(${FLASH_HIGHLIGHT})`];
  return [
    ...(marks ? [rule([`mark[${MARK_ATTRIBUTE}]`], 'color: inherit; border-radius: 2px;')] : []),
    ...rules,
    rule(active, 'background-color: rgb(255 212 59 / 0.55); color: inherit;'),
    rule(flash, 'background-color: #ffd43b; color: #1a1a1a;'),
    `@media (forced-colors: active) { ${[
      ...forced,
      rule(active, 'background-color: CanvasText; color: Canvas;'),
      rule(flash, 'background-color: CanvasText; color: Canvas;'),
    ].join(' ')} }`,
  ].join('\n');
}
