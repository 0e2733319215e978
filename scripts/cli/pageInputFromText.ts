/**
 * A plain-text page as the CLI and the tests read it: leading `URL:`, `TITLE:` and `LABEL:` lines are metadata
 * (the label is never read: it is the answer), otherwise the first line is the title and the rest the text.
 */
import type { PageInput } from '../../core/analysis';

const HEADER = /^(URL|TITLE|LABEL):[ \t]?(.*)$/;

export function pageInputFromText(raw: string): PageInput {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  let url: string | undefined;
  let title: string | undefined;
  let i = 0;
  for (; i < lines.length; i++) {
    const m = HEADER.exec(lines[i]!);
    if (!m) break;
    if (m[1] === 'URL') url = m[2]!.trim();
    if (m[1] === 'TITLE') title = m[2]!.trim();
  }
  if (title === undefined) {
    while (i < lines.length && !lines[i]!.trim()) i++;
    title = (lines[i] ?? '').trim();
    i++;
  }
  const text = lines.slice(i).join('\n').replace(/^\s*\n/, '');
  return { ...(url ? { url } : {}), title: stripEditorialTitle(title), text };
}

/** The devset marks titles it made up ("[derived from URL] ...", "[not in excerpt; ...] ..."): keep the words, drop the note. */
function stripEditorialTitle(title: string): string {
  return title.replace(/^\[[^\]]*\]\s*/, '');
}
