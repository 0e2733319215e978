/**
 * The text of an element with its block structure kept: paragraphs, headings, list items and the like are
 * separated by blank lines, so a headline without a full stop does not run into the next sentence.
 */
import { runAtOnce } from '../slices';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** how many nodes are read between two points where the walk may pause */
const NODES_PER_STEP = 200;

const isBlock = (node: Node) => node.nodeType === 1 && BLOCKS.has((node as Element).tagName.toUpperCase());

/** Spaces collapsed, none around line breaks, at most one blank line, none at the ends. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/^ | $/g, '');
}

/**
 * The walk behind blockText, pausing every NODES_PER_STEP nodes (core/slices.ts). Each block's text is tidied
 * when the block ends, so no step works on the whole text at once.
 */
export function* blockTextWork(root: Node): Generator<void, string> {
  const blocks: string[] = [];
  let current: string[] = [];
  const endBlock = () => {
    const text = tidy(current.join(''));
    if (text) blocks.push(text);
    current = [];
  };
  let visited = 0;
  let node: Node | null = root;
  while (node) {
    if (node.nodeType === 3) current.push(node.nodeValue ?? '');
    else if (
      (node.nodeType === 1 && !SKIPPED.has((node as Element).tagName.toUpperCase())) ||
      node.nodeType === 9 ||
      node.nodeType === 11
    ) {
      if (isBlock(node)) endBlock();
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    // Leave the node: up through the parents whose last child it was, ending their blocks.
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      if (isBlock(node)) endBlock();
    }
    if (node === root) break;
    node = node.nextSibling;
    if (++visited % NODES_PER_STEP === 0) yield;
  }
  endBlock();
  return blocks.join('\n\n').trim();
}

export function blockText(root: Node): string {
  return runAtOnce(blockTextWork(root));
}
