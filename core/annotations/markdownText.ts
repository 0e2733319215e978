/**
 * A reader's text as CommonMark that renders as exactly that text: nothing they typed becomes markup.
 * - Anywhere in a line, the characters that open inline syntax are backslash-escaped (CommonMark lets any ASCII
 *   punctuation be escaped): emphasis `*` `_`, code `` ` ``, links and images `[` `]`, raw HTML and autolinks
 *   `<` `>`, entities `&` ("&amp;" stays "&amp;"), the backslash itself, and `|` and `~` for the tables and
 *   strikethrough of common extensions.
 * - At the start of a line, the block markers are escaped too: headings `#`, lists `-` `+` `*` `1.` `1)`,
 *   block quotes `>`, thematic breaks and setext underlines `-` `=`. Leading and trailing spaces and tabs, which
 *   would indent a code block or be dropped, are written as character references.
 * - Line breaks stay line breaks: every line but the last ends with a backslash (a hard break), blank lines
 *   included, so the text keeps its lines as typed. Trailing blank lines, which render as nothing, are dropped.
 */
const INLINE = /[\\`*_[\]<>&|~]/g;
const BLOCK_START = /^([#>+=-])/;
const ORDERED = /^(\d{1,9})([.)])/;
const EDGE_SPACE = /^[ \t]+|[ \t]+$/g;

const reference = (spaces: string) => [...spaces].map((c) => (c === '\t' ? '&#9;' : '&#32;')).join('');

function escapeLine(line: string): string {
  const escaped = line.replace(INLINE, '\\$&').replace(BLOCK_START, '\\$1').replace(ORDERED, '$1\\$2');
  return escaped.replace(EDGE_SPACE, reference);
}

/** The text's lines, each escaped, each but the last ending in a hard break. */
export function markdownLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  return lines.map((line, i) => escapeLine(line) + (i < lines.length - 1 ? '\\' : ''));
}

/** One line of text (a title, a label): line breaks become spaces. */
export function markdownInline(text: string): string {
  return escapeLine(text.replace(/\s*[\r\n]+\s*/g, ' '));
}
